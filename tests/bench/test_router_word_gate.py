"""The words' gate in the fit: nearness per file, and the fit scoring as the runtime does."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from bench import fit_difficulty
from bench.fit_difficulty import Setting, Union
from bench.router_word_gate import NearnessTable
from core.difficulty import difficulty_breakdown, load_model

VOCABULARY = [
    *("river", "market", "bridge", "lantern", "copper", "orchard", "harbor", "violin"),
    *("glacier", "tunnel", "meadow", "compass", "ledger", "falcon", "quarry", "saddle"),
    *("thimble", "walnut", "beacon", "canyon", "ferry", "garnet", "hollow", "island"),
    *("jasper", "kettle", "lagoon", "mortar", "nectar", "oyster"),
]


def _write_sources(folder: Path) -> list[Path]:
    """Two training files and an MMLU-named one (two rows in three never fitted on),
    prompts of random words so that most pairs of prompts share little."""
    rng = np.random.default_rng(5)
    paths = []
    for name in ("alpha", "beta", "mmlu"):
        lines = []
        for _ in range(60):
            n = int(rng.integers(3, 40))
            words = " ".join(rng.choice(VOCABULARY, size=n))
            weak = float(rng.random() >= min(0.9, n / 45))
            lines.append(json.dumps({"prompt": f"{name} {words}", "weak": weak, "strong": 1.0}))
        path = folder / f"{name}_replay.jsonl"
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        paths.append(path)
    return paths


def test_nearness_is_taken_over_the_files_a_fit_saw() -> None:
    texts = [
        "copper lantern over the harbor bridge at night",
        "glacier canyon ferry to the island lagoon",
        "copper lantern over the harbor bridge at dawn",
    ]
    table = NearnessTable(texts, {"a": [0], "b": [1]})
    assert table.nearness([0], held=()) == pytest.approx([1.0])
    assert table.nearness([2], held=())[0] > 0.4
    # With file a held out, its prompt and its near twin are far from what is left.
    assert table.nearness([0, 2], held={"a"}).max() < 0.2
    assert table.nearness([0], held={"a", "b"}) == pytest.approx([0.0])


def test_the_fitted_file_scores_every_row_as_the_fit_did(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # One setting only, with a gate, so the file written is known.
    monkeypatch.setattr(fit_difficulty, "PRIOR_WEIGHTS", (1.0,))
    monkeypatch.setattr(fit_difficulty, "WORD_STRENGTHS", (1.0,))
    monkeypatch.setattr(fit_difficulty, "TAUS", (0.5,))
    paths = _write_sources(tmp_path)
    out = tmp_path / "model.json"
    fit_difficulty.run(paths, out)
    model = load_model(out)
    assert model.word_gate_tau == 0.5 and model.prior_scoped

    data = Union(paths)
    setting = Setting(1.0, fit_difficulty.SIGNAL_STRENGTHS[0], 1.0, 0.5)
    z = data.logits(data.fit(frozenset(), (1.0, setting.signals)), setting, frozenset())
    expected = model.calibration_text.slope * z + model.calibration_text.intercept
    runtime = np.array([difficulty_breakdown(r.prompt, model).logit for r in data.rows])
    assert np.allclose(runtime, expected, atol=0.02)
    # Both paths occur: MMLU's unseen rows far from every training prompt lose their words.
    near = data.near.nearness(np.arange(len(data.rows)), ())
    gated = near < 0.5
    assert gated.any() and (~gated).any()
    words = np.array(
        [difficulty_breakdown(r.prompt, model).contributions["wording"] for r in data.rows]
    )
    assert np.all(words[gated] == 0.0) and np.abs(words[~gated]).max() > 0.05
