"""The shared ending of the follow-up rules that change the previous request: put the new
words in place of the old ones and keep the change only when code still reads it.

A rule finds which words of the previous request the turn changes (a count, a rate, a
span, a service dropped) and what they become; the rewritten request is run again
(:func:`tools.followup_chain.run_chain`) and kept only when a reader takes it, so a
rewrite no reader takes falls to the next rule rather than to an answer of another
question. Some rules also ask that the answer moves: a turn that changes nothing the
reading uses is not the change they read.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tools.handlers import HandlerResult

__all__ = [
    "Changed",
    "kept_if_answer_moves",
    "kept_if_read",
    "kept_if_runs",
    "replaced",
    "spliced",
    "with_step",
]

#: The new steps of a follow-up with one line saying what changed.
Changed = tuple[list[str], str]


def spliced(text: str, swaps: Iterable[tuple[tuple[int, int], str]]) -> str:
    """``text`` with each ``(start, end)`` span replaced by its value.

    The spans are of ``text`` as given and must not overlap; they are replaced from the
    last to the first, so each replacement leaves the earlier offsets valid.
    """
    for (start, end), value in sorted(swaps, key=lambda swap: swap[0], reverse=True):
        text = f"{text[:start]}{value}{text[end:]}"
    return text


def with_step(steps: Sequence[str], index: int, changed: str) -> list[str]:
    """``steps`` with the one at ``index`` made ``changed``, the others as they were."""
    return [*steps[:index], changed, *steps[index + 1 :]]


def _run(steps: Sequence[str]) -> HandlerResult | None:
    # Imported at call time: the chain runs the handlers, and some rules are imported on
    # the handlers' own import path (tools.followups), which would make a cycle.
    from tools.followup_chain import run_chain

    return run_chain(steps)


def kept_if_runs(steps: list[str], note: str) -> Changed | None:
    """``(steps, note)`` when code runs every one of the new ``steps``, else ``None``."""
    if _run(steps) is None:
        return None
    return steps, note


def kept_if_read(changed: str, note: str) -> Changed | None:
    """``([changed], note)`` when code reads the rewritten request ``changed``, else ``None``."""
    return kept_if_runs([changed], note)


def replaced(step: str, span: tuple[int, int], value: str, note: str) -> Changed | None:
    """The request ``step`` with ``span`` replaced by ``value``, kept only when read.

    Args:
        step: The previous request.
        span: The ``(start, end)`` offsets of the words the turn changes.
        value: What they become ("" drops them).
        note: One line for the trace saying what changed.
    """
    return kept_if_read(spliced(step, [(span, value)]), note)


def kept_if_answer_moves(step: str, changed: str, note: str) -> Changed | None:
    """``([changed], note)`` when code reads both requests and their answers differ.

    Args:
        step: The previous request as asked.
        changed: The request rewritten by the turn.
        note: One line for the trace saying what changed.
    """
    before, after = _run([step]), _run([changed])
    if before is None or after is None or after.answer == before.answer:
        return None
    return [changed], note
