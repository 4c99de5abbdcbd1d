"""Weighted L2 logistic regression in numpy (no scikit-learn), for the difficulty fit.

Dense columns plus a sparse hashed block in COO form; labels may be soft (in
[0, 1]); an optional per-row offset lets one model be fitted on top of another.
Full-batch Adam, so the result does not depend on any sampling order.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from numpy.typing import NDArray

FloatArray = NDArray[np.float64]
IntArray = NDArray[np.int64]


@dataclass(frozen=True)
class Design:
    """Feature matrix: dense columns plus a sparse hashed part in COO form."""

    dense: FloatArray
    rows: IntArray
    cols: IntArray
    vals: FloatArray
    n_buckets: int

    @property
    def n_rows(self) -> int:
        """Number of rows."""
        return int(self.dense.shape[0])

    def matvec(self, w_dense: FloatArray, w_hash: FloatArray) -> FloatArray:
        """Linear predictor without intercept."""
        sparse = np.bincount(self.rows, self.vals * w_hash[self.cols], minlength=self.n_rows)
        return np.asarray(self.dense @ w_dense + sparse, dtype=float)

    def rmatvec(self, r: FloatArray) -> tuple[FloatArray, FloatArray]:
        """Transpose product, split into the dense and the hashed parts."""
        g_hash = np.bincount(self.cols, self.vals * r[self.rows], minlength=self.n_buckets)
        return np.asarray(self.dense.T @ r, dtype=float), np.asarray(g_hash, dtype=float)

    def take(self, idx: IntArray) -> Design:
        """The rows ``idx``, renumbered."""
        remap = np.full(self.n_rows, -1, dtype=np.int64)
        remap[idx] = np.arange(len(idx))
        keep = remap[self.rows] >= 0
        rows, cols, vals = remap[self.rows[keep]], self.cols[keep], self.vals[keep]
        return Design(self.dense[idx], rows, cols, vals, self.n_buckets)


def sparse_design(dense: FloatArray, hashed: Sequence[dict[int, float]], n_buckets: int) -> Design:
    """Assemble a design from dense rows and one sparse dict per row."""
    rows = [i for i, h in enumerate(hashed) for _ in h]
    cols = [c for h in hashed for c in h]
    vals = [v for h in hashed for v in h.values()]
    return Design(
        dense,
        np.asarray(rows, dtype=np.int64),
        np.asarray(cols, dtype=np.int64),
        np.asarray(vals, dtype=float),
        n_buckets,
    )


@dataclass(frozen=True)
class Fit:
    """Fitted weights."""

    intercept: float
    w_dense: FloatArray
    w_hash: FloatArray

    def logit(self, x: Design, offset: FloatArray | None = None) -> FloatArray:
        """Linear predictor, plus ``offset`` when the model was fitted on top of another."""
        z = self.intercept + x.matvec(self.w_dense, self.w_hash)
        return z if offset is None else z + offset


def fit_logistic(
    x: Design,
    y: FloatArray,
    *,
    weights: FloatArray,
    lam_dense: float | FloatArray,
    lam_hash: float,
    offset: FloatArray | None = None,
    iters: int = 300,
    nonnegative: Sequence[int] = (),
    lam_intercept: float = 0.0,
) -> Fit:
    """Minimise weighted mean log-loss + L2 penalties by full-batch Adam (convex).

    Args:
        x: Features.
        y: Labels in [0, 1] (soft labels allowed).
        weights: Per-row weights (normalised here to sum to one).
        lam_dense: L2 strength on the dense weights (one for all, or one per column).
        lam_hash: L2 strength on the hashed weights.
        offset: Fixed per-row logit added before the sigmoid.
        iters: Adam steps.
        nonnegative: Dense columns whose weight is kept >= 0 (projected after each
            step), so a feature known to raise difficulty cannot be fitted to lower it.
        lam_intercept: L2 strength on the intercept (0: free).
    """
    d = x.dense.shape[1]
    params = np.zeros(1 + d + x.n_buckets)
    penalty = np.r_[lam_intercept, np.broadcast_to(lam_dense, (d,)), np.full(x.n_buckets, lam_hash)]
    w = weights / weights.sum()
    base = np.zeros(x.n_rows) if offset is None else offset
    clamp = 1 + np.asarray(nonnegative, dtype=np.int64)
    m = np.zeros_like(params)
    v = np.zeros_like(params)
    lr, b1, b2, eps = 0.05, 0.9, 0.999, 1e-8
    for t in range(1, iters + 1):
        z = base + params[0] + x.matvec(params[1 : 1 + d], params[1 + d :])
        p = 1.0 / (1.0 + np.exp(-np.clip(z, -30, 30)))
        r = (p - y) * w
        g_dense, g_hash = x.rmatvec(r)
        grad = np.r_[r.sum(), g_dense, g_hash] + penalty * params
        m = b1 * m + (1 - b1) * grad
        v = b2 * v + (1 - b2) * grad * grad
        params -= lr * (m / (1 - b1**t)) / (np.sqrt(v / (1 - b2**t)) + eps)
        params[clamp] = np.maximum(params[clamp], 0.0)
    return Fit(float(params[0]), params[1 : 1 + d].copy(), params[1 + d :].copy())


# Ridge on the slope in standardised units: it keeps the slope finite when the
# logits separate the labels perfectly (the unpenalised optimum is then infinite).
_PLATT_RIDGE = 1e-4


def _platt_loss(a: float, b: float, u: FloatArray, y: FloatArray, w: FloatArray) -> float:
    """Weighted log-loss of ``sigmoid(a * u + b)`` plus the slope ridge (stable form)."""
    t = a * u + b
    # log(1 + e^t) - y * t, computed without overflow.
    loss = np.logaddexp(0.0, t) - y * t
    return float(np.sum(w * loss) + 0.5 * _PLATT_RIDGE * a * a)


def fit_platt(z: FloatArray, y: FloatArray, weights: FloatArray) -> tuple[float, float]:
    """Slope and intercept of ``sigmoid(a * z + b)`` fitted to ``y`` by damped Newton steps.

    Damped so that it converges for logits of any scale or offset (a large prior
    weight multiplies the logits' spread): the logits are standardised first, the
    search starts from the constant model (slope 0, the base rate), and each
    Newton step is halved until the loss goes down. Undamped Newton from slope 1
    diverged to slopes of 1e8 and more on logits far from the labels' scale.

    Args:
        z: Uncalibrated logits.
        y: Labels in [0, 1].
        weights: Per-row weights (normalised here).

    Returns:
        ``(a, b)`` on the scale of ``z``.
    """
    w = weights / weights.sum()
    mu = float(np.sum(w * z))
    sd = float(np.sqrt(np.sum(w * (z - mu) ** 2)))
    sd = sd if sd > 0 else 1.0
    u = (z - mu) / sd
    base_rate = min(1.0 - 1e-6, max(1e-6, float(np.sum(w * y))))
    a, b = 0.0, float(np.log(base_rate / (1.0 - base_rate)))
    loss = _platt_loss(a, b, u, y, w)
    for _ in range(100):
        p = 1.0 / (1.0 + np.exp(-np.clip(a * u + b, -30, 30)))
        r = (p - y) * w
        h = p * (1 - p) * w
        grad = np.array([np.sum(r * u) + _PLATT_RIDGE * a, np.sum(r)])
        hess = np.array(
            [[np.sum(h * u * u) + _PLATT_RIDGE, np.sum(h * u)], [np.sum(h * u), np.sum(h) + 1e-12]]
        )
        step = np.linalg.solve(hess, grad)
        scale = 1.0
        while scale > 1e-6:
            a_new, b_new = a - scale * float(step[0]), b - scale * float(step[1])
            new_loss = _platt_loss(a_new, b_new, u, y, w)
            if new_loss <= loss:
                break
            scale *= 0.5
        else:
            break
        a, b, loss = a_new, b_new, new_loss
        if scale * np.abs(step).max() < 1e-10:
            break
    return a / sd, b - a * mu / sd
