"""``switchyard bench router``: how well the difficulty score routes a replay set.

A replay row is ``{"prompt": str, "weak": float, "strong": float}``: the quality
of the small and the large model on that prompt. Routing the highest-scored
prompts to the strong model traces a curve of mean quality against the share
of prompts sent to it; the numbers below summarise that curve, next to a random
router, an oracle and a length-only score measured in the same run.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
import zlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
from numpy.typing import NDArray

from core.difficulty import difficulty

TARGET = 0.95
# One prompt in five, chosen by a hash of its text, is never used for fitting
# (bench/fit_difficulty.py); the bench reports it separately as held-out.
HELDOUT_MODULUS = 5

FloatArray = NDArray[np.float64]


def is_heldout(prompt: str) -> bool:
    """Whether a prompt belongs to the held-out split (stable across runs and machines)."""
    return zlib.crc32(prompt.encode("utf-8")) % HELDOUT_MODULUS == 0


@dataclass(frozen=True)
class Replay:
    """A replay set as arrays."""

    prompts: list[str]
    weak: FloatArray
    strong: FloatArray

    def subset(self, keep: Sequence[bool]) -> Replay:
        """The rows where ``keep`` is true."""
        mask = np.asarray(keep, dtype=bool)
        return Replay(
            [p for p, k in zip(self.prompts, keep, strict=True) if k],
            self.weak[mask],
            self.strong[mask],
        )


def load_replay(path: Path) -> Replay:
    """Read a replay JSONL file (blank lines ignored).

    Raises:
        ValueError: A row lacks ``prompt``, ``weak`` or ``strong``, or the file is empty.
    """
    prompts: list[str] = []
    weak: list[float] = []
    strong: list[float] = []
    with path.open(encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip():
                continue
            row = json.loads(line)
            try:
                prompts.append(str(row["prompt"]))
                weak.append(float(row["weak"]))
                strong.append(float(row["strong"]))
            except (KeyError, TypeError, ValueError) as exc:
                raise ValueError(f"{path}:{lineno}: bad replay row ({exc})") from exc
    if not prompts:
        raise ValueError(f"{path}: no replay rows")
    return Replay(prompts, np.array(weak, dtype=float), np.array(strong, dtype=float))


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


def _time_decisions(score: Callable[[str], float], prompts: Sequence[str]) -> list[float]:
    """Time one call per prompt, after a warm-up; returns milliseconds per call."""
    for prompt in prompts[:50]:
        score(prompt)  # warm-up: lazy model load, regex caches
    times: list[float] = []
    for prompt in prompts:
        t0 = time.perf_counter()
        score(prompt)
        times.append((time.perf_counter() - t0) * 1000.0)
    return times


def _percentile(values: Sequence[float], q: float) -> float:
    return float(np.percentile(np.asarray(values, dtype=float), q))


def run_router_bench(replay: Path) -> dict[str, Any]:
    """Score every prompt of a replay file and summarise the routing curve.

    Args:
        replay: JSONL file of ``{"prompt", "weak", "strong"}`` rows.

    Returns:
        The contract keys (``n``, ``strong_share_at_95``, ``random_strong_share_at_95``,
        ``oracle_strong_share_at_95``, ``apgr``, ``decision_p50_ms``,
        ``decision_p95_ms``) computed on the whole file, plus references, the
        held-out split's figures and a length-only baseline from the same run.
    """
    data = load_replay(replay)
    scores = np.array([difficulty(p) for p in data.prompts], dtype=float)
    times = _time_decisions(difficulty, data.prompts)
    result: dict[str, Any] = {"n": len(data.prompts)}
    result.update(routing_metrics(scores, data.weak, data.strong))
    result["decision_p50_ms"] = _percentile(times, 50)
    result["decision_p95_ms"] = _percentile(times, 95)
    result["decision_mean_ms"] = statistics.fmean(times)

    heldout = [is_heldout(p) for p in data.prompts]
    result["n_heldout"] = int(sum(heldout))
    if result["n_heldout"]:
        mask = np.asarray(heldout, dtype=bool)
        held = routing_metrics(scores[mask], data.weak[mask], data.strong[mask])
        for key in ("strong_share_at_95", "apgr", "random_strong_share_at_95"):
            result[f"{key}_heldout"] = held[key]
        result["oracle_strong_share_at_95_heldout"] = held["oracle_strong_share_at_95"]

    lengths = np.array([len(p) for p in data.prompts], dtype=float)
    base = routing_metrics(lengths, data.weak, data.strong)
    result["baseline_length_only"] = {
        "strong_share_at_95": base["strong_share_at_95"],
        "apgr": base["apgr"],
    }
    return result


def main(argv: Sequence[str] | None = None) -> int:
    """``switchyard bench router --replay FILE.jsonl [--json]``; returns the exit code."""
    parser = argparse.ArgumentParser(prog="switchyard bench router", description=__doc__)
    parser.add_argument("--replay", type=Path, required=True, help="replay JSONL file")
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    args = parser.parse_args(argv)
    if not args.replay.is_file():
        print(f"replay file not found: {args.replay}", file=sys.stderr)
        return 2
    try:
        result = run_router_bench(args.replay)
    except ValueError as exc:
        print(str(exc), file=sys.stderr)
        return 2
    if args.json:
        print(json.dumps(result, indent=2, sort_keys=True))
    else:
        for key, value in result.items():
            print(f"{key:36s} {value}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
