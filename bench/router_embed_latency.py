"""What a routing decision costs when the router must embed the step itself.

The difficulty score takes the step's e5 query embedding when document search
already computed it (then the decision is the text score plus one dot product).
A step with no search has none, and the router would have to embed the head of
the text itself (``core.difficulty_embedding.truncate_for_embedding``) with the
same embedder the documents use. This measures that whole decision, embedding
included, on a spread of the replay prompts, so the bench can say whether the
"embed it yourself" path fits the decision budget (issue 16, part 2: 30 ms p95).
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from functools import partial
from typing import TYPE_CHECKING

from core.difficulty import difficulty
from core.difficulty_embedding import truncate_for_embedding

if TYPE_CHECKING:
    from bench.router import Timings
    from bench.router_data import ReplayRow


def spread(rows: Sequence[ReplayRow], n: int) -> list[str]:
    """``n`` prompts taken at even steps through ``rows`` (all of them if fewer)."""
    if n >= len(rows):
        return [r.prompt for r in rows]
    step = len(rows) / n
    return [rows[int(i * step)].prompt for i in range(n)]


def embed_yourself_timings(prompts: Sequence[str]) -> Timings:
    """Time embedding each prompt's head and scoring it with that embedding.

    The embedder is loaded (and warmed) before timing: loading happens once per
    process, not per decision.
    """
    from bench.router import Timings, time_decision
    from tools.rag.dense import E5Embedder

    embedder = E5Embedder()
    embedder.warm_up()
    timings = Timings()

    def decide(prompt: str) -> float:
        vector = embedder.embed_query(truncate_for_embedding(prompt))
        return difficulty(prompt, embedding=vector.tolist())

    for prompt in prompts:
        time_decision(timings, partial(decide, prompt), cpu_clock=time.process_time)
    return timings


def embed_yourself_report(rows: Sequence[ReplayRow], n: int) -> dict[str, float]:
    """The decision timings with the embedding computed here, keys prefixed ``embed_yourself_``."""
    summary = embed_yourself_timings(spread(rows, n)).summary()
    report: dict[str, float] = {"embed_yourself_n": float(min(n, len(rows)))}
    report.update({f"embed_yourself_{k}": v for k, v in summary.items()})
    return report
