"""Routing-curve metrics: strong-call share at 95% of strong quality, APGR, references.

Routing the highest-scored prompts to the strong model traces a curve of mean
quality against the share of prompts sent to it; these functions summarise it,
next to a random router, an oracle and a length-only score on the same rows.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

import numpy as np
from numpy.typing import NDArray

if TYPE_CHECKING:
    from bench.router_data import ReplayRow

TARGET = 0.95
FloatArray = NDArray[np.float64]


def quality_curve(order_key: FloatArray, weak: FloatArray, strong: FloatArray) -> FloatArray:
    """Mean quality after sending the k highest-keyed prompts to strong, k = 0..n.

    Ties in the key get their expected value under a random tie-break (the gain
    is spread evenly over the tied prompts), so a constant score is exactly the
    random router instead of depending on file order.
    """
    n = len(weak)
    order = np.argsort(-order_key, kind="stable")
    key = order_key[order]
    gain = (strong - weak)[order]
    # Start of every run of equal keys, then each prompt gets its run's mean gain.
    starts = np.flatnonzero(np.r_[True, key[1:] != key[:-1]])
    sums = np.add.reduceat(gain, starts)
    lengths = np.diff(np.r_[starts, n])
    smoothed = np.repeat(sums / lengths, lengths)
    return np.asarray((weak.sum() + np.r_[0.0, np.cumsum(smoothed)]) / n, dtype=float)


def share_at(curve: FloatArray, target_quality: float) -> float:
    """Smallest share k/n whose quality reaches ``target_quality`` (1.0 if never)."""
    n = len(curve) - 1
    # A tiny tolerance so that exact hits are not lost to float rounding.
    reached = np.flatnonzero(curve >= target_quality - 1e-12)
    return float(reached[0] / n) if reached.size else 1.0


def apgr(curve: FloatArray, w_mean: float, s_mean: float) -> float:
    """Average performance gap recovered: the PGR curve integrated over share 0..1."""
    if s_mean == w_mean:
        return 0.0
    pgr = (curve - w_mean) / (s_mean - w_mean)
    n = len(curve) - 1
    # Trapezoid rule over the n + 1 equally spaced shares.
    return float((pgr.sum() - 0.5 * (pgr[0] + pgr[-1])) / n)


def routing_metrics(scores: FloatArray, weak: FloatArray, strong: FloatArray) -> dict[str, float]:
    """Strong share at 95% and APGR for a score, with the random and oracle references."""
    w_mean, s_mean = float(weak.mean()), float(strong.mean())
    target = TARGET * s_mean
    if s_mean > w_mean:
        random_share = min(1.0, max(0.0, (target - w_mean) / (s_mean - w_mean)))
    else:
        random_share = 0.0 if w_mean >= target else 1.0
    return {
        "strong_share_at_95": share_at(quality_curve(scores, weak, strong), target),
        "apgr": apgr(quality_curve(scores, weak, strong), w_mean, s_mean),
        "random_strong_share_at_95": random_share,
        "random_apgr": 0.5 if s_mean != w_mean else 0.0,
        "oracle_strong_share_at_95": share_at(quality_curve(strong - weak, weak, strong), target),
        "oracle_apgr": apgr(quality_curve(strong - weak, weak, strong), w_mean, s_mean),
        "weak_mean": w_mean,
        "strong_mean": s_mean,
    }


def fold_metrics(scores: FloatArray, rows: Sequence[ReplayRow]) -> dict[str, Any]:
    """A score's figures on some rows, with length, random and oracle on the same rows."""
    weak = np.array([r.weak for r in rows], dtype=float)
    strong = np.array([r.strong for r in rows], dtype=float)
    lengths = np.array([len(r.prompt) for r in rows], dtype=float)
    m = routing_metrics(np.asarray(scores, dtype=float), weak, strong)
    base = routing_metrics(lengths, weak, strong)
    return {
        "n": len(rows),
        "strong_share_at_95": round(m["strong_share_at_95"], 4),
        "apgr": round(m["apgr"], 4),
        "length_strong_share_at_95": round(base["strong_share_at_95"], 4),
        "length_apgr": round(base["apgr"], 4),
        "random_strong_share_at_95": round(m["random_strong_share_at_95"], 4),
        "oracle_strong_share_at_95": round(m["oracle_strong_share_at_95"], 4),
    }
