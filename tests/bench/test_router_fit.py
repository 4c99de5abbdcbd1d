"""The difficulty fit's parts: a length anchor that weak corrections cannot out-vote."""

from __future__ import annotations

import numpy as np
import pytest

from bench.fit_difficulty import N_BUCKETS, Setting, featurise, prior_column, sanity_orderings_hold
from bench.router_data import ReplayRow
from bench.router_fit_parts import SIGNAL_NAMES, PartWeights, escalation_gain, fit_parts


def _rows(n: int, seed: int) -> list[ReplayRow]:
    """Prompts whose weak model fails more often the longer they are, in two files.

    "tricky" appears in half the prompts of file a, where it marks prompts the
    strong model gets right and the weak one does not; in file b it means nothing.
    """
    rng = np.random.default_rng(seed)
    rows: list[ReplayRow] = []
    for i in range(n):
        file = "a" if i % 2 else "b"
        words = int(rng.integers(2, 60))
        tricky = file == "a" and rng.random() < 0.5
        text = ("tricky " if tricky else "") + " ".join(["word"] * words)
        p_fail = min(0.95, 0.1 + words / 70 + (0.4 if tricky else 0.0))
        weak = float(rng.random() >= p_fail)
        rows.append(ReplayRow(text, weak, 1.0, file=file, source=file, domain=file, lang="en"))
    return rows


def test_parts_learn_length_then_words_on_top() -> None:
    rows = _rows(600, seed=5)
    x, prior = featurise(rows), prior_column(rows)
    parts = fit_parts(x, prior, rows, np.arange(len(rows)), prior_weight=0.0, signal_strength=0.5)
    assert parts.length > 0.0
    lengths = np.array([len(r.prompt) for r in rows], dtype=float)
    # With both corrections off the score ranks exactly like prompt length.
    anchored = parts.logits(x, prior, 0.0, 0.0)
    assert np.array_equal(np.argsort(anchored, kind="stable"), np.argsort(lengths, kind="stable"))
    # The words part raises prompts with the marker word at equal length.
    probe = [
        ReplayRow(t, 0.0, 1.0, "a", "a", "a", "en")
        for t in ("tricky " + "word " * 20, "plain " + "word " * 20)
    ]
    z = parts.logits(featurise(probe), prior_column(probe), 0.5, 1.0)
    assert z[0] > z[1]


def test_escalation_gain_is_what_the_cloud_adds() -> None:
    rows = [
        ReplayRow("x", weak, strong, "f", "f", "f", "en")
        for weak, strong in ((0.0, 1.0), (1.0, 1.0), (0.0, 0.0), (1.0, 0.0), (0.2, 0.7))
    ]
    assert escalation_gain(rows).tolist() == pytest.approx([1.0, 0.0, 0.0, 0.0, 0.5])


def _length_and_prior_parts(korean_weight: float) -> PartWeights:
    signals = np.zeros(len(SIGNAL_NAMES) + 1)
    signals[SIGNAL_NAMES.index("korean")] = korean_weight
    return PartWeights(1.0, 2.0, signals, np.zeros(N_BUCKETS))


def test_sanity_orderings_ask_korean_above_its_english_twin() -> None:
    # A score that keeps every easy-below-hard ordering but gives Korean no weight
    # ranks a Korean request at or below the same request in English: refused.
    setting, platt, band = Setting(2.0, 1.0, 0.0), (1.0, 0.0), (-1.0, 1.0)
    assert not sanity_orderings_hold(_length_and_prior_parts(0.0), setting, platt, band)
    assert sanity_orderings_hold(_length_and_prior_parts(2.0), setting, platt, band)
