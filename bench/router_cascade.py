"""Cascade simulation on a replay: local first for borderline prompts, escalate when it fails.

Prompts sorted by score (hardest first) fall in three bands: the top share goes
straight to the strong model; the next share is borderline and runs on the weak
model first, escalating to the strong one when the weak answer does not pass
(``weak < quality bar``, standing in for the output guard); the rest stays
local. Every pair of band edges on a 1% grid is tried (prefix sums make each
O(1)) and the one reaching the quality target with the fewest strong calls is
reported, next to score-only, length, random and oracle routing.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from bench.router_metrics import TARGET, FloatArray, quality_curve, share_at

GRID = 100


def _rounded(values: dict[str, float]) -> dict[str, float]:
    return {k: round(v, 4) for k, v in values.items()}


def simulate_cascade(
    scores: FloatArray, weak: FloatArray, strong: FloatArray, quality_bar: float
) -> dict[str, float]:
    """Best cascade bands for ``scores``: strong-call share, quality reached, band edges.

    Args:
        scores: Router scores (higher: harder).
        weak: Weak model quality per prompt.
        strong: Strong model quality per prompt.
        quality_bar: A weak answer passes the check when its quality reaches this.

    Returns:
        ``strong_share`` (direct plus escalated calls over prompts), ``quality`` (mean,
        as a share of the strong model's), ``local_share`` (prompts the weak model
        ran on), ``direct_share``, ``borderline_share`` and the score thresholds of
        the band edges (``direct_threshold``, ``borderline_threshold``).
    """
    n = len(scores)
    order = np.argsort(-scores, kind="stable")
    s, w, sc = strong[order], weak[order], scores[order]
    passes = w >= quality_bar
    fallback = np.where(passes, w, s)
    cum = {
        name: np.r_[0.0, np.cumsum(arr)]
        for name, arr in (("s", s), ("w", w), ("f", fallback), ("fail", (~passes).astype(float)))
    }
    target = TARGET * float(strong.mean())
    edges = np.unique(np.round(np.linspace(0, n, GRID + 1)).astype(int))
    best: tuple[float, float, int, int] | None = None
    for a in edges:
        for b in edges[edges >= a]:
            quality = (cum["s"][a] + (cum["f"][b] - cum["f"][a]) + (cum["w"][n] - cum["w"][b])) / n
            if quality < target - 1e-12:
                continue
            calls = (a + cum["fail"][b] - cum["fail"][a]) / n
            if best is None or calls < best[0] - 1e-12:
                best = (calls, quality, int(a), int(b))
    if best is None:  # even the strong model alone misses the target (cannot happen)
        best = (1.0, float(strong.mean()), n, n)
    calls, quality, a, b = best
    return _rounded(
        {
            "strong_share": calls,
            "quality": quality / float(strong.mean()) if strong.mean() else 1.0,
            "local_share": (n - a) / n,
            "direct_share": a / n,
            "borderline_share": (b - a) / n,
            "direct_threshold": float(sc[a - 1]) if a else 1.0,
            "borderline_threshold": float(sc[b - 1]) if b else 1.0,
        }
    )


def _score_only(scores: FloatArray, weak: FloatArray, strong: FloatArray) -> dict[str, float]:
    target = TARGET * float(strong.mean())
    curve = quality_curve(scores, weak, strong)
    share = share_at(curve, target)
    quality = float(curve[round(share * len(weak))]) / float(strong.mean())
    return _rounded({"strong_share": share, "quality": quality})


def cascade_report(
    scores: FloatArray,
    lengths: FloatArray,
    weak: FloatArray,
    strong: FloatArray,
    quality_bar: float,
) -> dict[str, Any]:
    """Strong-call share and quality at the 95% target for every strategy, in one run."""
    rng = np.random.default_rng(0)
    random_scores = rng.random(len(weak))
    return {
        "quality_bar": quality_bar,
        "score_only": _score_only(scores, weak, strong),
        "cascade": simulate_cascade(scores, weak, strong, quality_bar),
        "length": _score_only(lengths, weak, strong),
        "cascade_length": simulate_cascade(lengths, weak, strong, quality_bar),
        "random": _score_only(random_scores, weak, strong),
        "oracle": _score_only(strong - weak, weak, strong),
    }
