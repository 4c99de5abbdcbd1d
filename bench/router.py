"""``switchyard bench router``: how well the difficulty score routes replay sets.

A replay row is ``{"prompt": str, "weak": float, "strong": float}``: the quality
of the small and the large model on that prompt. Every prompt is scored with
the router's own difficulty score (text path, as when no embedding is at hand)
and timed; the routing curve is summarised next to a length-only score, a random
router and an oracle on the same rows, and a cascade is simulated. With several
files the figures come per file (``files``) and pooled (``pooled``), with the
leave-one-source-out folds the shipped model was validated on (``folds``): the
plain folds, which also chose the setting, and the nested ones
(``leave_one_source_out_nested``, ``bench.router_nested``; in model files fitted
since router16), where the setting was chosen without the held-out source: the
honest figure for a source never seen.
Where the e5 embeddings of a file's subset are cached, the embedding path is
scored too. ``--embed-latency N`` also times N decisions that compute the
embedding themselves (``bench.router_embed_latency``), keys ``embed_yourself_*``;
``embed_yourself_fits_budget`` says whether their CPU p95 is within 30 ms.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from bench.router_cascade import cascade_report
from bench.router_data import ReplayRow, embedding_rows, in_training_union, read_rows
from bench.router_embed_latency import embed_yourself_report
from bench.router_embeddings import cached_embeddings
from bench.router_metrics import (
    TARGET,
    FloatArray,
    apgr,
    quality_curve,
    routing_metrics,
    share_at,
)
from core.difficulty import MODEL_PATH, default_model, difficulty

__all__ = [
    "TARGET",
    "apgr",
    "is_heldout",
    "main",
    "quality_curve",
    "routing_metrics",
    "run_router_bench",
    "share_at",
]


def is_heldout(row: ReplayRow) -> bool:
    """Whether a row was left out of the shipped model's training union."""
    return not in_training_union(row)


def _percentile(values: Sequence[float], q: float) -> float:
    return round(float(np.percentile(np.asarray(values, dtype=float), q)), 4)


# Each decision is timed this many times in a row; the fastest is its cost. On this
# shared 2-core machine (load often above 10) a single wall-clock reading mostly
# measures how long the thread waited for a core, not the decision.
REPEATS = 3


@dataclass
class Timings:
    """Per-decision milliseconds: best of ``REPEATS`` wall-clock, first wall-clock, thread CPU.

    ``decision_p50_ms``/``decision_p95_ms`` are the best-of-``REPEATS`` wall clock
    (the decision's own cost with any wait for a core removed); the first reading
    and the thread's CPU time are reported next to them.
    """

    wall: list[float] = field(default_factory=list)
    first: list[float] = field(default_factory=list)
    cpu: list[float] = field(default_factory=list)

    def extend(self, other: Timings) -> None:
        """Add another set of readings (for pooled figures)."""
        self.wall.extend(other.wall)
        self.first.extend(other.first)
        self.cpu.extend(other.cpu)

    def summary(self) -> dict[str, float]:
        """p50/p95 of each clock."""
        return {
            "decision_p50_ms": _percentile(self.wall, 50),
            "decision_p95_ms": _percentile(self.wall, 95),
            "decision_first_call_p50_ms": _percentile(self.first, 50),
            "decision_first_call_p95_ms": _percentile(self.first, 95),
            "decision_cpu_p50_ms": _percentile(self.cpu, 50),
            "decision_cpu_p95_ms": _percentile(self.cpu, 95),
        }


def time_decision(
    timings: Timings, decide: Callable[[], float], cpu_clock: Callable[[], float] = time.thread_time
) -> float:
    """Run ``decide`` ``REPEATS`` times, recording its timings; returns its (same) value.

    ``cpu_clock`` is the thread's CPU time unless the decision runs work on other
    threads (the e5 encoder), where the process's is the honest one.
    """
    walls: list[float] = []
    value = 0.0
    for attempt in range(REPEATS):
        w0, c0 = time.perf_counter(), cpu_clock()
        value = decide()
        wall = (time.perf_counter() - w0) * 1000.0
        if attempt == 0:
            timings.cpu.append((cpu_clock() - c0) * 1000.0)
            timings.first.append(wall)
        walls.append(wall)
    timings.wall.append(min(walls))
    return value


def _timed(timings: Timings, text: str, embedding: Sequence[float] | None = None) -> float:
    """One decision score, timed ``REPEATS`` times (the result is the same each time)."""
    return time_decision(timings, lambda: difficulty(text, embedding=embedding))


def score_and_time(rows: Sequence[ReplayRow]) -> tuple[FloatArray, Timings]:
    """Score every prompt once (timed), after a warm-up on the first 50."""
    for row in rows[:50]:
        difficulty(row.prompt)  # warm-up: lazy model load, regex caches
    timings = Timings()
    scores = [_timed(timings, row.prompt) for row in rows]
    return np.array(scores, dtype=float), timings


def threshold_at(scores: FloatArray, share: float) -> float:
    """The score threshold that sends ``share`` of the prompts (the highest) to strong."""
    k = round(share * len(scores))
    return 1.0 if k == 0 else float(np.sort(scores)[::-1][k - 1])


def _arrays(rows: Sequence[ReplayRow]) -> tuple[FloatArray, FloatArray, FloatArray]:
    weak = np.array([r.weak for r in rows], dtype=float)
    strong = np.array([r.strong for r in rows], dtype=float)
    lengths = np.array([len(r.prompt) for r in rows], dtype=float)
    return weak, strong, lengths


def summarise(
    rows: Sequence[ReplayRow], scores: FloatArray, timings: Timings, target: float
) -> dict[str, Any]:
    """Contract keys, length baseline, threshold at ``target``, held-out part and cascade."""
    weak, strong, lengths = _arrays(rows)
    result: dict[str, Any] = {"n": len(rows)}
    result.update({k: round(v, 4) for k, v in routing_metrics(scores, weak, strong).items()})
    base = routing_metrics(lengths, weak, strong)
    result["length_strong_share_at_95"] = round(base["strong_share_at_95"], 4)
    result["length_apgr"] = round(base["apgr"], 4)
    result["baseline_length_only"] = {
        "strong_share_at_95": result["length_strong_share_at_95"],
        "apgr": result["length_apgr"],
    }
    result.update(timings.summary())
    curve = quality_curve(scores, weak, strong)
    share = share_at(curve, target * float(strong.mean()))
    result["target"] = target
    result["strong_share_at_target"] = round(share, 4)
    result["threshold_at_target"] = round(threshold_at(scores, share), 4)
    held = np.array([is_heldout(r) for r in rows])
    result["n_heldout"] = int(held.sum())
    if held.any():
        m = routing_metrics(scores[held], weak[held], strong[held])
        for key in ("strong_share_at_95", "apgr", "random_strong_share_at_95"):
            result[f"{key}_heldout"] = round(m[key], 4)
        result["oracle_strong_share_at_95_heldout"] = round(m["oracle_strong_share_at_95"], 4)
    result["cascade"] = cascade_report(scores, lengths, weak, strong, default_model().quality_bar)
    return result


def embedding_path(replay: Path) -> dict[str, Any] | None:
    """Text-only vs. text + e5 on the file's cached embedding subset, with decision times."""
    subset = embedding_rows(replay)
    vectors = cached_embeddings([r.prompt for r in subset])
    if vectors is None:
        return None
    weak, strong, _ = _arrays(subset)
    text_scores = np.array([difficulty(r.prompt) for r in subset])
    timings = Timings()
    as_lists: list[list[float]] = vectors.tolist()
    scores = [
        _timed(timings, row.prompt, vector) for row, vector in zip(subset, as_lists, strict=True)
    ]
    with_e5 = routing_metrics(np.array(scores), weak, strong)
    text = routing_metrics(text_scores, weak, strong)
    return {
        "n": len(subset),
        "strong_share_at_95": round(with_e5["strong_share_at_95"], 4),
        "apgr": round(with_e5["apgr"], 4),
        "text_only_strong_share_at_95": round(text["strong_share_at_95"], 4),
        "text_only_apgr": round(text["apgr"], 4),
        **timings.summary(),
    }


def _label(path: Path) -> str:
    return path.name.removesuffix(".jsonl")


def run_router_bench(
    replay: Path, target: float = TARGET, embed_latency: int = 0
) -> dict[str, Any]:
    """Score one replay file and summarise the routing curve (the single-file contract).

    Args:
        replay: JSONL file of ``{"prompt", "weak", "strong"}`` rows.
        target: Quality share for ``threshold_at_target``.
        embed_latency: Also time this many decisions that embed the prompt themselves
            (``bench.router_embed_latency``); 0: not measured.

    Returns:
        ``n``, ``strong_share_at_95``, ``random_strong_share_at_95``,
        ``oracle_strong_share_at_95``, ``apgr``, ``decision_p50_ms``,
        ``decision_p95_ms``, plus the length baseline, the cascade simulation and
        the embedding path where cached.
    """
    rows = read_rows(replay)
    scores, timings = score_and_time(rows)
    result = summarise(rows, scores, timings, target)
    if embed_latency > 0:
        result.update(embed_yourself_report(rows, embed_latency))
    embedded = embedding_path(replay)
    if embedded is not None:
        result["with_embedding"] = embedded
    return result


def run_many(
    replays: Sequence[Path], target: float = TARGET, embed_latency: int = 0
) -> dict[str, Any]:
    """Per-file and pooled figures, plus the shipped model's validation folds."""
    files: dict[str, Any] = {}
    all_rows: list[ReplayRow] = []
    all_scores: list[FloatArray] = []
    all_times = Timings()
    for replay in replays:
        rows = read_rows(replay)
        scores, timings = score_and_time(rows)
        all_times.extend(timings)
        files[_label(replay)] = summarise(rows, scores, timings, target)
        embedded = embedding_path(replay)
        if embedded is not None:
            files[_label(replay)]["with_embedding"] = embedded
        all_rows.extend(rows)
        all_scores.append(scores)
    model = default_model()
    pooled = summarise(all_rows, np.concatenate(all_scores), all_times, target)
    if embed_latency > 0:
        pooled.update(embed_yourself_report(all_rows, embed_latency))
    return {
        "files": files,
        "pooled": pooled,
        "folds": model.meta.get("folds", {}),
        "model_file": str(MODEL_PATH),
        "model_bytes": MODEL_PATH.stat().st_size,
    }


def main(argv: Sequence[str] | None = None) -> int:
    """``switchyard bench router --replay FILE... [--json] [--target Q]``; returns the exit code."""
    parser = argparse.ArgumentParser(prog="switchyard bench router", description=__doc__)
    parser.add_argument("--replay", type=Path, nargs="+", required=True, help="replay JSONL files")
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    parser.add_argument(
        "--target", type=float, default=TARGET, help="quality share for threshold_at_target"
    )
    parser.add_argument(
        "--embed-latency",
        type=int,
        default=0,
        metavar="N",
        help="also time N decisions that compute the e5 embedding themselves",
    )
    args = parser.parse_args(argv)
    missing = [p for p in args.replay if not p.is_file()]
    if missing:
        print(f"replay file not found: {missing[0]}", file=sys.stderr)
        return 2
    if not 0.0 < args.target <= 1.0:
        print("--target must be in (0, 1]", file=sys.stderr)
        return 2
    try:
        if len(args.replay) == 1:
            result = run_router_bench(args.replay[0], args.target, args.embed_latency)
        else:
            result = run_many(args.replay, args.target, args.embed_latency)
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
