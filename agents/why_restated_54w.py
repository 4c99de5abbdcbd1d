"""A "why" follow-up answered by saying the previous answer again gives no reason.

After "is it open on sundays" → "Sundays and public holidays: closed [1]", "why not?" went
to the local model, which said "Sundays and public holidays: closed" once more: under
a cited answer it reads as the documents' reply, and it answers nothing. The repeat check
of :mod:`agents.output_guard` lets it pass (a "why" adds no new content word). A reply to
a question asking for a reason (왜, 이유, why, how come) that is the previous answer
again, citation markers aside, fails the guard like any repeat.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher

from agents.output_guard import GuardFailure, PreviousTurn

__all__ = ["restated_for_why"]

_ASKS_WHY = re.compile(r"왜|이유|\bwhy\b|\bhow\s+come\b|\breason", re.IGNORECASE)
_MARKER = re.compile(r"\[\d{1,3}\]")
_NON_WORD = re.compile(r"[\W_]+")
# The reply and the previous answer this alike (after markers and punctuation) is a repeat.
_SAME = 0.85


def _plain(text: str) -> str:
    return _NON_WORD.sub(" ", _MARKER.sub(" ", text)).strip().lower()


def restated_for_why(
    text: str, question: str, previous: PreviousTurn | None
) -> GuardFailure | None:
    """The failure of a reply that only restates the previous answer to a "why" question.

    Args:
        text: The model's reply.
        question: This turn's question ("why not?").
        previous: The previous question and answer.
    """
    if previous is None or not _ASKS_WHY.search(question):
        return None
    said, before = _plain(text), _plain(previous.answer)
    if not said or not before:
        return None
    alike = said in before or SequenceMatcher(None, said, before, autojunk=False).ratio() >= _SAME
    if not alike:
        return None
    return GuardFailure("repeats_previous", "restated the previous answer to a 'why' question")
