"""What a routing decision costs when the router must embed the step itself.

The difficulty score takes the step's e5 query embedding when document search
already computed it (then the decision is the text score plus one dot product).
A step with no search has none, and the router would have to embed the head of
the text itself (``core.difficulty_embedding.truncate_for_embedding``) with the
same embedder the documents use. This measures that whole decision, embedding
included, on a spread of the replay prompts, so the bench can say whether the
"embed it yourself" path fits the decision budget (issue 16, part 2: 30 ms p95).

The same decisions are also timed with a shorter head (``SHORT_HEAD_CHARS``,
keys ``embed_yourself_short_*``), each prompt at both lengths one after the
other, so that both figures see the same load on the shared machine: the
question is whether a shorter head would fit the budget, and what it saves.
Measured 2026-12-01 (router19, 200 prompts, load ~14 on 2 cores): decision
CPU p95 103 ms at 256 characters, 57 ms at 128 (wall p95 343 / 210 ms); the
text-only decision p95 was 0.7 ms. Neither head fits 30 ms here, so
``EMBED_CHARS`` stays at 256 and the router keeps reusing the search's vector.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from functools import partial
from typing import TYPE_CHECKING

from core.difficulty import difficulty
from core.difficulty_embedding import EMBED_CHARS

if TYPE_CHECKING:
    from bench.router import Timings
    from bench.router_data import ReplayRow


def spread(rows: Sequence[ReplayRow], n: int) -> list[str]:
    """``n`` prompts taken at even steps through ``rows`` (all of them if fewer)."""
    if n >= len(rows):
        return [r.prompt for r in rows]
    step = len(rows) / n
    return [rows[int(i * step)].prompt for i in range(n)]


# The shorter head compared with ``EMBED_CHARS`` in the same run.
SHORT_HEAD_CHARS = 128


def embed_yourself_timings(
    prompts: Sequence[str], heads: Sequence[int] = (EMBED_CHARS,)
) -> list[Timings]:
    """Time embedding each prompt's head and scoring it with that embedding, per head length.

    The embedder is loaded (and warmed) before timing: loading happens once per
    process, not per decision. Each prompt is decided at every head length in
    turn, so the lengths share the machine's load.
    """
    from bench.router import Timings, time_decision
    from tools.rag.dense import E5Embedder

    embedder = E5Embedder()
    embedder.warm_up()
    timings = [Timings() for _ in heads]

    def decide(prompt: str, chars: int) -> float:
        vector = embedder.embed_query(prompt[:chars])
        return difficulty(prompt, embedding=vector.tolist())

    for prompt in prompts:
        for chars, timing in zip(heads, timings, strict=True):
            time_decision(timing, partial(decide, prompt, chars), cpu_clock=time.process_time)
    return timings


def embed_yourself_report(rows: Sequence[ReplayRow], n: int) -> dict[str, float]:
    """The decision timings with the embedding computed here, keys prefixed ``embed_yourself_``
    (the shipped head, ``EMBED_CHARS``) and ``embed_yourself_short_`` (``SHORT_HEAD_CHARS``)."""
    current, short = embed_yourself_timings(spread(rows, n), (EMBED_CHARS, SHORT_HEAD_CHARS))
    report: dict[str, float] = {
        "embed_yourself_n": float(min(n, len(rows))),
        "embed_yourself_head_chars": float(EMBED_CHARS),
        "embed_yourself_short_head_chars": float(SHORT_HEAD_CHARS),
    }
    report.update({f"embed_yourself_{k}": v for k, v in current.summary().items()})
    report.update({f"embed_yourself_short_{k}": v for k, v in short.summary().items()})
    return report
