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

from collections.abc import Iterable

from tools.followup_chain import run_chain

__all__ = ["Changed", "kept_if_answer_moves", "kept_if_read", "replaced", "spliced"]

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


def kept_if_read(changed: str, note: str) -> Changed | None:
    """``([changed], note)`` when code reads the rewritten request ``changed``, else ``None``."""
    if run_chain([changed]) is None:
        return None
    return [changed], note


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
    before, after = run_chain([step]), run_chain([changed])
    if before is None or after is None or after.answer == before.answer:
        return None
    return [changed], note
