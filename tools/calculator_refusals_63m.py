"""Two readings the calculator refuses (blind set 55's first run answered both wrong).

- An extra one person pays on top of an equal share is never added to the total:
  "월세 120만원인데 큰방 쓰는 내가 20만원 더 내고 나머지는 셋이 똑같이 나누면 나는 얼마 내"
  was read as (1,200,000 + 200,000) / 3 = 466,667원. Who pays the extra and whom the rest
  is split among ("셋": with the payer or without?) is the question's own; a reading that
  adds the extra to the amount shared answers neither side (:func:`refuse_extra_added`).
- Two questions asked in one turn are never answered with one figure: "KTX 편도 59,800원인데
  왕복이면 얼마고 4명이 왕복하면 총 얼마야" was answered 478,400원, the second alone, as
  if it were the answer to the turn (:func:`refuse_one_of_two_asked`).

Both raise :class:`~core.errors.ToolInputError`; the step goes on to a tier that reads the
words (a decline is honest, a figure that answers another question is not).
"""

from __future__ import annotations

import re

from core.errors import ToolInputError
from core.lazy_regex import LazyPattern

__all__ = [
    "USE_EXTRA_ADDED_GUARD",
    "USE_TWO_ASKED_GUARD",
    "refuse_extra_added",
    "refuse_one_of_two_asked",
]

#: Switches for tests (tests/tools/test_wrongs_55.py).
USE_EXTRA_ADDED_GUARD = True
USE_TWO_ASKED_GUARD = True

_N = r"\d+(?:\.\d+)?"
# An extra paid by one on top of a share: "20만원 더 내고" (numerals as digits: "200000원 더
# 내고"), "5천원씩 더 부담하고", "he pays 40 more", "pays an extra 15", "40 more than the rest".
_EXTRA = LazyPattern(
    rf"(?P<ko>{_N})\s*원?\s*(?:씩\s*)?더\s*(?:내|낼|냄|부담|쏘|보태|얹)"
    rf"|\b(?:pays?|paying|cover(?:s|ing)?|put(?:s|ting)?\s+in)\s+(?:an\s+)?(?:extra\s+)?\$?"
    rf"(?P<en>{_N})\s*(?:more|extra)\b"
    rf"|\b(?:pays?|paying)\s+(?:an\s+)?extra\s+\$?(?P<en2>{_N})\b",
    re.IGNORECASE,
)
# The amount is shared: split, the rest, each one's part ("4명이 3만원씩 내고 2만원 더 내면 총
# 얼마" adds the extra to a total asked, with nothing shared: no refusal).
_SHARED = LazyPattern(
    r"나누|나눠|엔빵|n빵|똑같이|나머지|반반|각자|한\s*명당|인당|얼마씩|나는\s*얼마|내\s*몫"
    r"|\bsplit|\bshare|\beach\b|\bthe\s+rest\b|\bthe\s+others\b|\bper\s+person\b",
    re.IGNORECASE,
)
# Two asks joined in one turn: "왕복이면 얼마고 4명이면 얼마야", "얼마이고 … 얼마",
# "how much is it one way and how much for all of us".
_TWO_ASKED = LazyPattern(
    # (Money asked twice: "15캔 사려면 몇팩이고 얼마야" asks a count with its price, one sum.)
    r"얼마\s*(?:이)?고\b(?=.*얼마)"
    r"|\bhow\s+much\b[^?]*?\band\s+how\s+much\b"
    r"|\bhow\s+many\b[^?]*?\band\s+how\s+many\b",
    re.IGNORECASE,
)


def _added(part: str, expression: str) -> bool:
    """Whether ``expression`` adds the figure ``part`` (``+ 200000`` or ``200000 +``)."""
    figure = re.escape(part)
    return (
        re.search(rf"\+\s*\(?{figure}(?![\d.])|(?<![\d.]){figure}\)?\s*\+", expression) is not None
    )


def refuse_extra_added(question: str, expression: str) -> None:
    """Refuse a reading that adds to the total an extra one person pays on top of a share.

    Args:
        question: The question with its numerals as digits.
        expression: The arithmetic a form read from it.

    Raises:
        ToolInputError: The question says one pays an amount more than the others and the
            reading adds that amount to the total.
    """
    if not USE_EXTRA_ADDED_GUARD or not _SHARED.search(question):
        return
    for said in _EXTRA.finditer(question.replace(",", "")):
        part = said["ko"] or said["en"] or said["en2"]
        if part and _added(part, expression):
            raise ToolInputError(
                f"{question!r} says one pays {part} more than the others; it is not added to "
                "the amount shared"
            )


def refuse_one_of_two_asked(question: str) -> None:
    """Refuse one figure for a turn that asks two questions.

    Args:
        question: The question as asked (or with its numerals as digits).

    Raises:
        ToolInputError: The turn joins two asks ("얼마고 … 얼마야", "how much … and how
            much"); one figure answers one of them.
    """
    if USE_TWO_ASKED_GUARD and _TWO_ASKED.search(question):
        raise ToolInputError(
            f"{question!r} asks two questions in one turn; one figure answers only one of "
            "them: ask them one at a time"
        )
