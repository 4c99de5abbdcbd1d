"""Nested leave-one-source-out: the held-out source takes no part in choosing or fitting."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from bench import fit_difficulty
from bench.fit_difficulty import Union, compare_settings
from bench.router_data import ReplayRow
from bench.router_fit_parts import PartWeights, fit_parts
from bench.router_nested import nested_leave_one_source_out

TOPICS = ("recipe", "poem", "theorem", "invoice", "garden", "engine")


def _write_sources(folder: Path) -> list[Path]:
    """Three small replay files whose weak model fails more on longer prompts."""
    rng = np.random.default_rng(11)
    paths = []
    for name in ("alpha", "beta", "gamma"):
        lines = []
        for i in range(40):
            words = int(rng.integers(2, 40))
            prompt = f"{name} {TOPICS[i % len(TOPICS)]} " + "detail " * words
            weak = float(rng.random() >= min(0.9, words / 45))
            lines.append(json.dumps({"prompt": prompt, "weak": weak, "strong": 1.0}))
        path = folder / f"{name}_replay.jsonl"
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        paths.append(path)
    return paths


@pytest.fixture()
def fitted_files(monkeypatch: pytest.MonkeyPatch) -> list[set[str]]:
    """Record the files of the rows every fit is given."""
    seen: list[set[str]] = []
    real = fit_parts

    def recording(
        x: object, prior: object, rows: list[ReplayRow], idx: object, *anchor: float
    ) -> PartWeights:
        seen.append({rows[int(i)].file for i in np.asarray(idx)})
        return real(x, prior, rows, idx, *anchor)  # type: ignore[arg-type]

    monkeypatch.setattr(fit_difficulty, "fit_parts", recording)
    return seen


def test_outer_source_is_never_fitted_on_nor_scored_in_the_choice(
    tmp_path: Path, fitted_files: list[set[str]]
) -> None:
    data = Union(_write_sources(tmp_path))
    _, table, _, _ = compare_settings(data, outer=frozenset({"beta"}), log=False)
    assert fitted_files and all("beta" not in files for files in fitted_files)
    for figures in table.values():
        assert set(figures["leave_one_source_out"]) == {"alpha", "gamma"}
        assert set(figures["whole_files"]) == {"alpha", "gamma"}


def test_nested_folds_score_each_source_once_with_a_setting_chosen_without_it(
    tmp_path: Path, fitted_files: list[set[str]]
) -> None:
    data = Union(_write_sources(tmp_path))
    folds = nested_leave_one_source_out(data, log=False)
    assert set(folds) == {"alpha", "beta", "gamma"}
    for figures in folds.values():
        assert figures["n"] == 40
        assert "setting" in figures
        assert 0.0 <= figures["strong_share_at_95"] <= 1.0
    # Each (held-out files, anchor) is fitted once: each file held out (the
    # outer fits), each pair held out (the inner ones, shared by two outer folds).
    n_anchors = len(fit_difficulty.PRIOR_WEIGHTS) * len(fit_difficulty.SIGNAL_STRENGTHS)
    assert len(fitted_files) == (3 + 3) * n_anchors
