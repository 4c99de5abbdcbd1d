"""The e5 part of the difficulty score: a linear correction on top of the text logit.

Fitted only on the cached embedding subset (``bench.router_embeddings``; about
1,800 prompts, since embedding all 21k on the shared machine takes hours). Its
L2 strength is chosen by leave-one-source-out on that subset: for each held-out
source the correction is fitted on top of the text logit of the fit that held
the same source out, and scored on the held-out rows next to the text logit
alone. Left at zero when nothing is cached, and unless at some strength it
routes no held-out source worse than the text logit alone and some better: a
correction that loses on a source it never saw is not shipped (the sets kept
aside are exactly such sources), however much it gains on the others, and one
that changes nothing held out is not worth its weights. "Worse" is judged on
both the strong-call share at 95% quality (one point of the cost-quality curve)
and APGR (the whole curve): a gain at the one point paid for by a loss along
the curve on another source is noise, not a signal that carries. (2026-12-01,
20-token heads: at strength .3 the correction saved one MMLU row of 393 at 95%
and lowered llmrouter_mix's held-out APGR .6317 -> .6314; not shipped. 2026-12-03,
router35, 16-token heads, 1,829 prompts: at .3 it saved one routerarena row of 406
(.6872 -> .6847 strong calls) and lowered llmrouter_mix's held-out APGR .6931 ->
.6926; not shipped, and every other weight of the model came out as shipped.)
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from bench.logistic import Design, FloatArray, IntArray, fit_logistic
from bench.router_data import ReplayRow, embedding_rows
from bench.router_embeddings import cached_embeddings
from bench.router_fit_parts import (
    LAM_FILE_EFFECT,
    calibrate_within_sources,
    escalation_gain,
    file_weights,
)
from bench.router_metrics import fold_metrics
from core.difficulty_embedding import EMBED_DIM

LAM_EMBED_GRID = (3e-3, 3e-2, 3e-1)
_EMPTY = np.zeros(0, dtype=np.int64)


@dataclass(frozen=True)
class EmbedFit:
    """The e5 correction, its calibration (None when not fitted) and its fold figures."""

    intercept: float = 0.0
    weights: FloatArray = field(default_factory=lambda: np.zeros(EMBED_DIM))
    calibration: tuple[float, float] | None = None
    report: dict[str, Any] = field(default_factory=dict)


def embedding_table(replays: Sequence[Path], rows: Sequence[ReplayRow]) -> tuple[IntArray, Any]:
    """Indices into ``rows`` of the embedded subset and their vectors (empty if not cached)."""
    index = {(r.file, r.prompt): i for i, r in enumerate(rows)}
    idx: list[int] = []
    vectors: list[Any] = []
    for replay in replays:
        subset = embedding_rows(replay)
        cached = cached_embeddings([r.prompt for r in subset])
        if cached is None:
            print(f"no cached embeddings for {replay.name}", file=sys.stderr)
            continue
        idx.extend(index[(r.file, r.prompt)] for r in subset)
        vectors.append(cached)
    if not idx:
        return _EMPTY, np.zeros((0, EMBED_DIM))
    return np.array(idx), np.concatenate(vectors).astype(float)


def _fit(
    rows: Sequence[ReplayRow], vectors: Any, offset: FloatArray, lam: float
) -> tuple[float, FloatArray]:
    """The correction fitted on top of ``offset``, with per-file intercepts (dropped)."""
    files = sorted({r.file for r in rows})
    effects = np.array([[float(r.file == f) for f in files] for r in rows], dtype=float)
    design = Design(np.c_[vectors, effects], _EMPTY, _EMPTY, np.zeros(0), 0)
    fit = fit_logistic(
        design,
        escalation_gain(rows),
        weights=file_weights(rows),
        lam_dense=np.r_[np.full(EMBED_DIM, lam), np.full(len(files), LAM_FILE_EFFECT)],
        lam_hash=0.0,
        offset=offset,
    )
    return fit.intercept, fit.w_dense[:EMBED_DIM]


def fit_embedding(
    replays: Sequence[Path],
    rows: Sequence[ReplayRow],
    z_text: FloatArray,
    fold_logits: dict[str, FloatArray],
) -> EmbedFit:
    """Choose the L2 strength by held-out source, then fit on the whole cached subset.

    Args:
        replays: The replay files (their cached subsets are used).
        rows: Every row of the union, as ``z_text`` is indexed.
        z_text: The final text logit of every row.
        fold_logits: Per source file, the text logit of the fit that held it out.
    """
    e_idx, vectors = embedding_table(replays, rows)
    if not len(e_idx):
        return EmbedFit()
    sub = [rows[i] for i in e_idx]
    folds = {name: logits[e_idx] for name, logits in fold_logits.items()}
    return fit_embedding_on(sub, vectors, z_text[e_idx], folds)


def heldout_gaps(folds: dict[str, Any]) -> tuple[float, float, float]:
    """Per held-out source, text + e5 against text alone: the worst and the mean gap in
    strong-call share at 95% (positive: more cloud calls), and the worst APGR drop.

    Args:
        folds: Per source, ``{"text_only": metrics, "text_and_e5": metrics}``.
    """
    gaps = [
        f["text_and_e5"]["strong_share_at_95"] - f["text_only"]["strong_share_at_95"]
        for f in folds.values()
    ]
    drops = [f["text_only"]["apgr"] - f["text_and_e5"]["apgr"] for f in folds.values()]
    return max(gaps), float(np.mean(gaps)), max(drops)


def correction_carries(worst_gap: float, mean_gap: float, worst_apgr_drop: float) -> bool:
    """Whether a correction is worth shipping: no held-out source worse at 95% quality or
    along the curve (APGR), and fewer cloud calls on average."""
    return worst_gap <= 0.0 and mean_gap < 0.0 and worst_apgr_drop <= 0.0


def fit_embedding_on(
    sub: Sequence[ReplayRow],
    vectors: Any,
    z_text: FloatArray,
    fold_logits: dict[str, FloatArray],
) -> EmbedFit:
    """The e5 correction on embedded rows ``sub``, or none if it loses on a held-out source.

    Args:
        sub: The embedded rows.
        vectors: Their e5 vectors, one row each.
        z_text: The final text logit of each row of ``sub``.
        fold_logits: Per source file, the text logit of each row of ``sub`` from the
            fit that held that file out.
    """
    files = sorted({r.file for r in sub})
    if len(files) < 2:
        # No source to hold out against another: the correction cannot be judged.
        return EmbedFit(report={"embedding_sources": files, "embedding_shipped": False})
    held_masks = {f: np.array([r.file == f for r in sub]) for f in files}
    per_lam: dict[str, Any] = {}
    # (loses APGR somewhere, worst held-out gap to text only, mean gap, APGR drop,
    # strength): the first three, lower is better.
    best: tuple[bool, float, float, float, float] | None = None
    for lam in LAM_EMBED_GRID:
        folds: dict[str, Any] = {}
        for name, held in held_masks.items():
            z_fold = fold_logits[name]
            b, w = _fit(
                [sub[int(i)] for i in np.flatnonzero(~held)], vectors[~held], z_fold[~held], lam
            )
            held_rows = [sub[int(i)] for i in np.flatnonzero(held)]
            folds[name] = {
                "text_only": fold_metrics(z_fold[held], held_rows),
                "text_and_e5": fold_metrics(z_fold[held] + b + vectors[held] @ w, held_rows),
            }
        per_lam[str(lam)] = folds
        worst, mean_gap, apgr_drop = heldout_gaps(folds)
        candidate = (apgr_drop > 0.0, worst, mean_gap, apgr_drop, lam)
        if best is None or candidate[:3] < best[:3]:
            best = candidate
    assert best is not None
    _, worst, mean_gap, apgr_drop, lam = best
    report = {
        "embedding_leave_one_source_out": per_lam[str(lam)],
        "lambda_embed": lam,
        "embedding_worst_heldout_gap_to_text": round(worst, 4),
        "embedding_mean_heldout_gap_to_text": round(mean_gap, 4),
        "embedding_worst_heldout_apgr_drop": round(apgr_drop, 4),
        "embedding_sources": files,
    }
    if not correction_carries(worst, mean_gap, apgr_drop):
        return EmbedFit(report={**report, "embedding_shipped": False})
    b, w = _fit(sub, vectors, z_text, lam)
    z = z_text + b + vectors @ w
    return EmbedFit(
        intercept=b,
        weights=w,
        calibration=calibrate_within_sources(z, sub),
        report={**report, "embedding_shipped": True},
    )
