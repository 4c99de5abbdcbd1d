"""The e5 correction ships only when it beats the text logit on every held-out source."""

from __future__ import annotations

import numpy as np

from bench.router_data import ReplayRow
from bench.router_fit_embedding import correction_carries, fit_embedding_on, heldout_gaps
from core.difficulty_embedding import EMBED_DIM

FILES = ("a", "b", "c")


def _rows(marker_helps: dict[str, bool], n: int = 90) -> tuple[list[ReplayRow], np.ndarray]:
    """Rows of three files whose first embedding dimension marks half the prompts.

    Where ``marker_helps[file]``, the marked prompts are the ones the strong model
    gains on (the weak one fails them) and the unmarked ones both models answer;
    otherwise the other way round.
    """
    rng = np.random.default_rng(7)
    rows: list[ReplayRow] = []
    vectors = np.zeros((n * len(FILES), EMBED_DIM))
    for k, file in enumerate(FILES):
        for i in range(n):
            marked = i % 2 == 0
            gains = marked == marker_helps[file]
            weak = 0.0 if gains else 1.0
            rows.append(ReplayRow(f"{file} {i}", weak, 1.0, file, file, file, "en"))
            vectors[k * n + i, 0] = 1.0 if marked else -1.0
            vectors[k * n + i, 1:4] = rng.normal(0.0, 0.1, 3)
    return rows, vectors


def _fit(marker_helps: dict[str, bool]) -> tuple[np.ndarray, dict[str, object]]:
    rows, vectors = _rows(marker_helps)
    # The text logit knows nothing: every prompt scores the same.
    z = np.zeros(len(rows))
    fit = fit_embedding_on(rows, vectors, z, {f: z for f in FILES})
    return np.asarray(fit.weights), fit.report


def test_a_correction_that_holds_on_every_source_is_shipped() -> None:
    weights, report = _fit({"a": True, "b": True, "c": True})
    assert report["embedding_shipped"] is True
    assert weights[0] > 0.0


def test_a_correction_that_flips_on_one_source_is_not_shipped() -> None:
    # Learnt on a and b, the marker sends c's prompts that gain nothing to the cloud first.
    weights, report = _fit({"a": True, "b": True, "c": False})
    assert report["embedding_shipped"] is False
    assert float(report["embedding_worst_heldout_gap_to_text"]) > 0.0  # type: ignore[arg-type]
    assert not np.any(weights)


def test_one_source_alone_cannot_be_judged() -> None:
    rows, vectors = _rows({"a": True, "b": True, "c": True})
    only_a = [i for i, r in enumerate(rows) if r.file == "a"]
    z = np.zeros(len(only_a))
    fit = fit_embedding_on([rows[i] for i in only_a], vectors[only_a], z, {"a": z})
    assert fit.report["embedding_shipped"] is False
    assert not np.any(fit.weights)


def test_a_correction_that_changes_nothing_held_out_is_not_shipped() -> None:
    rows, vectors = _rows({"a": True, "b": True, "c": True})
    # Every vector the same: no prompt is told apart from another.
    same = np.zeros_like(vectors)
    same[:, 0] = 1.0
    z = np.zeros(len(rows))
    fit = fit_embedding_on(rows, same, z, {f: z for f in FILES})
    assert fit.report["embedding_mean_heldout_gap_to_text"] == 0.0
    assert fit.report["embedding_shipped"] is False


def _fold(
    share_text: float, share_e5: float, apgr_text: float, apgr_e5: float
) -> dict[str, dict[str, float]]:
    return {
        "text_only": {"strong_share_at_95": share_text, "apgr": apgr_text},
        "text_and_e5": {"strong_share_at_95": share_e5, "apgr": apgr_e5},
    }


def test_a_gain_at_95_paid_for_along_the_curve_elsewhere_is_not_shipped() -> None:
    # One source saves a row at 95% quality; another loses a little APGR.
    folds = {"a": _fold(0.51, 0.50, 0.58, 0.58), "b": _fold(0.72, 0.72, 0.6317, 0.6314)}
    worst, mean_gap, apgr_drop = heldout_gaps(folds)
    assert worst == 0.0 and mean_gap < 0.0 and apgr_drop > 0.0
    assert not correction_carries(worst, mean_gap, apgr_drop)
    # Without the APGR loss the same gain is shipped.
    folds["b"] = _fold(0.72, 0.72, 0.6317, 0.6317)
    assert correction_carries(*heldout_gaps(folds))
