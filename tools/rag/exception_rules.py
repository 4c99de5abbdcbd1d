"""Something to eat or drink the documents never name, covered by their rule for all but one.

"Can I have coffee before the blood test?" over a guide saying "Do not eat or drink
anything except water for 8 hours before the blood test": coffee is in no document, yet
the rule answers for it, since "anything except water" is every food and drink but
water. Without this, the unknown drink made the question "not in the documents".

Kept narrow, as :mod:`tools.rag.elsewhere` is for places: only an English question asking
permission to have, eat or drink something ("can i have", "am I allowed a", "is it ok to
drink"; not "take", which asks of a medicine), only the thing it names (and the
permission word "allowed") is excused, and only against a retrieved sentence that
forbids eating or drinking anything but one named thing. The answer is then read from the
passages stating that rule, and must be its sentence: any other one (a time, a price)
says nothing of the thing asked about, and the question is declined.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tools.rag.models import Passage
from tools.rag.textutil import english_tokens

__all__ = ["consumables_an_exception_covers", "exception_passages", "exception_unstated"]

# The permission asked and the thing it is asked for: "can i have coffee", "am I allowed
# a coffee", "is it ok to drink juice", "may we eat a snack".
_PERMISSION = re.compile(
    r"\b(?:(?:can|could|may)\s+(?:i|we)\s+(?:have|eat|drink)|"
    r"(?:am|are)\s+(?:i|we)\s+allowed(?:\s+to\s+(?:have|eat|drink))?|"
    r"is\s+it\s+(?:ok|okay|fine|alright|all\s+right)\s+to\s+(?:have|eat|drink))"
    r"\s+(?:(?:a|an|some|any|my|the)\s+)?(?P<thing>[a-z]+(?:\s+[a-z]+)?)",
    re.IGNORECASE,
)
# "Do not eat or drink anything except water", "drink nothing but water".
_EXCEPT_RULE = re.compile(
    r"\b(?:eat|drink|consume|have)\b[^.;]*?\b(?:anything|nothing)\s+"
    r"(?:except|but|other\s+than|apart\s+from|besides)\s+(?:for\s+)?[a-z]+",
    re.IGNORECASE,
)
_PERMISSION_WORDS = frozenset(english_tokens("allowed allow"))
# "that morning": the day of what the rule is before (the test), the question's scene.
_THAT_TIME = re.compile(r"\bthat\s+(?:morning|afternoon|evening|day|night)\b", re.IGNORECASE)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")


def _states_exception(passages: Sequence[Passage]) -> bool:
    return any(
        _EXCEPT_RULE.search(sentence) for p in passages for sentence in _SENTENCE_END.split(p.text)
    )


def consumables_an_exception_covers(
    question: str, unknown: Sequence[str], passages: Sequence[Passage]
) -> list[str]:
    """The unknown terms naming what an "anything except X" rule of the passages covers.

    Args:
        question: The user's question as typed.
        unknown: Its terms the collection holds in neither language.
        passages: The retrieved passages.

    Returns:
        The thing asked to be had (and "allowed"), when unknown and a retrieved sentence
        forbids eating or drinking anything but one thing, with a "that morning" the
        asker's day of it; else nothing.
    """
    asked = _PERMISSION.search(question)
    if asked is None or not unknown or not _states_exception(passages):
        return []
    thing = set(english_tokens(asked["thing"]))
    excused = [t for t in unknown if t in thing or t in _PERMISSION_WORDS]
    if not excused:
        return []
    when = [t for m in _THAT_TIME.finditer(question) for t in english_tokens(m.group())]
    return [*excused, *(t for t in dict.fromkeys(when) if t not in excused and t != "that")]


def exception_passages(excused: Sequence[str], passages: Sequence[Passage]) -> list[Passage]:
    """The passages stating such a rule when words were excused by it, else all of them."""
    if not excused:
        return list(passages)
    return [p for p in passages if _states_exception([p])] or list(passages)


def exception_unstated(excused: Sequence[str], best_sentence: str) -> bool:
    """Whether words excused by such a rule got an answer other than the rule's sentence."""
    return bool(excused) and bool(best_sentence) and not _EXCEPT_RULE.search(best_sentence)
