"""What a routing decision costs when the router must embed the step itself.

The difficulty score takes the step's e5 query embedding when document search
already computed it (then the decision is the text score plus one dot product).
A step with no search has none, and the router would have to embed the head of
the text itself with the same embedder the documents use. This measures that
whole decision on a spread of the replay prompts: cutting the head to
``EMBED_TOKENS`` of the encoder's tokens (``core.difficulty_embedding``), encoding
it, and scoring; so the bench can say whether the "embed it yourself" path fits
the decision budget (issue 16, part 2: 30 ms p95, ``EMBED_BUDGET_MS``).

The head used to be 256 characters: measured 2026-12-01 (router19, 200 prompts,
load ~14 on 2 cores) its decision CPU p95 was 103 ms (57 ms at 128 characters),
because the encoder's cost grows with tokens and a Korean head of 256 characters
is 130+ tokens. With the 20-token head (2026-12-01, router21, 100 prompts, load
13-18): CPU p50 25.8 / p95 28.6 ms, inside the budget but with little margin;
wall best-of-3 p95 196 ms on that load. 2026-12-03 (router35) the head is
encoded on one OpenMP thread and cut at 16 tokens: CPU p95 19.8 ms against 32.8
for two threads at 20, same prompts in one run (figures in
``core.difficulty_embedding``). The budget holds only when both the CPU p95
(all the process's threads: a second encoder thread is paid for) and the wall
p95 are within it (``budget_verdict``); on this shared machine the wall clock is
mostly the wait for a core, so it fits only when the machine is quiet.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from functools import partial
from typing import TYPE_CHECKING

from core.difficulty import difficulty
from core.difficulty_embedding import EMBED_TOKENS, truncate_for_embedding

if TYPE_CHECKING:
    from bench.router import Timings
    from bench.router_data import ReplayRow


def spread(rows: Sequence[ReplayRow], n: int) -> list[str]:
    """``n`` prompts taken at even steps through ``rows`` (all of them if fewer)."""
    if n >= len(rows):
        return [r.prompt for r in rows]
    step = len(rows) / n
    return [rows[int(i * step)].prompt for i in range(n)]


# Issue 16, part 2: a decision that must compute the embedding itself, p95.
EMBED_BUDGET_MS = 30.0


def embed_yourself_timings(prompts: Sequence[str]) -> tuple[Timings, list[int]]:
    """Time cutting each prompt's head, embedding it and scoring it with that embedding.

    The embedder is loaded (and warmed) before timing: loading happens once per
    process, not per decision. Returns the timings and the tokens each head fed.
    """
    from bench.router import Timings, time_decision
    from tools.rag.dense import E5Embedder

    embedder = E5Embedder()
    embedder.warm_up()
    embedder.embed_query_single_thread("warm up")
    timings = Timings()
    tokens: list[int] = []

    def decide(prompt: str) -> float:
        head = truncate_for_embedding(prompt, embedder.count_query_tokens)
        vector = embedder.embed_query_single_thread(head)
        return difficulty(prompt, embedding=vector.tolist())

    for prompt in prompts:
        time_decision(timings, partial(decide, prompt), cpu_clock=time.process_time)
        head = truncate_for_embedding(prompt, embedder.count_query_tokens)
        tokens.append(embedder.count_query_tokens(head))
    return timings, tokens


def budget_verdict(
    summary: dict[str, float], budget_ms: float = EMBED_BUDGET_MS
) -> dict[str, float]:
    """Whether a decision's p95 fits ``budget_ms`` on each clock, and on both (1.0 or 0.0).

    Both clocks must fit: the CPU p95 (all the process's threads, so a second encoder
    thread is paid for) and the wall p95 (best of ``REPEATS``, what the step waits).
    Either alone flatters: two threads can halve the wall time while the CPU adds up,
    and on one thread a CPU figure hides nothing but a wall figure shows the load.
    """
    cpu = summary["decision_cpu_p95_ms"] <= budget_ms
    wall = summary["decision_p95_ms"] <= budget_ms
    return {
        "cpu_fits_budget": float(cpu),
        "wall_fits_budget": float(wall),
        "fits_budget": float(cpu and wall),
    }


def embed_yourself_report(rows: Sequence[ReplayRow], n: int) -> dict[str, float]:
    """The decision timings with the embedding computed here, keys prefixed ``embed_yourself_``;
    ``embed_yourself_fits_budget`` is 1.0 when both its CPU and its wall p95 are within
    ``EMBED_BUDGET_MS`` (``budget_verdict``)."""
    timings, tokens = embed_yourself_timings(spread(rows, n))
    summary = timings.summary()
    report: dict[str, float] = {
        "embed_yourself_n": float(min(n, len(rows))),
        "embed_yourself_head_tokens": float(EMBED_TOKENS),
        "embed_yourself_head_tokens_max": float(max(tokens, default=0)),
        "embed_yourself_budget_ms": EMBED_BUDGET_MS,
    }
    report.update({f"embed_yourself_{k}": v for k, v in budget_verdict(summary).items()})
    report.update({f"embed_yourself_{k}": v for k, v in summary.items()})
    return report
