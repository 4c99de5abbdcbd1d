"""A whole shared by a head count said as "there are N of us": "we're chipping in for a
farewell gift, it's 270 and there are 6 of us, how much each".

Set 31: the sentence went to the cloud. One amount, the people who share it, each one's
part asked: 270 / 6 = 45.

"tickets are 45 and there are 6 of us, how much each" could mean the price of one ticket,
so the sentence must say the amount is shared (chipping in, splitting, sharing, going
halves, clubbing together), and the amount must not be priced per anything (each, a head,
a ticket). Exactly the two figures, the amount and the head count.
"""

from __future__ import annotations

import re

__all__ = ["chipped_in_share"]

_NUM = r"\d+(?:\.\d+)?"
_SHARED = re.compile(
    r"\b(?:chip(?:ping|ped)?\s+in|split(?:ting)?|shar(?:e|ing)|club(?:bing)?\s+together"
    r"|go(?:ing)?\s+halves|pool(?:ing)?)\b",
    re.IGNORECASE,
)
_HEADS = re.compile(
    r"\bthere(?:\s+are|'re|\s+is|'s)\s+(?P<n>\d+)\s+of\s+us\b|\bwe(?:'re|\s+are)\s+(?P<n2>\d+)\b",
    re.IGNORECASE,
)
_EACH_ASKED = re.compile(
    r"how\s+much\s+(?:is\s+(?:that|it)\s+)?(?:each|per\s+person|a\s+head|per\s+head|apiece)\b"
    r"|what(?:'s|\s+is|\s+do(?:es)?)\s+(?:each|every)\s+(?:one|person|of\s+us)",
    re.IGNORECASE,
)
_PRICED_PER = re.compile(
    r"^\s*(?:each|apiece|a\s+head|per\s+\w+|a\s+(?:ticket|person|piece|night|day|month|week|year|hour))\b",
    re.IGNORECASE,
)
_FIGURE = re.compile(_NUM)


def chipped_in_share(digits: str) -> str | None:
    """``amount / heads`` for a shared amount and "there are N of us", or ``None``.

    Args:
        digits: The question with its numerals as digits.
    """
    text = digits.replace(",", "")
    heads = list(_HEADS.finditer(text))
    if not _SHARED.search(text) or len(heads) != 1 or not _EACH_ASKED.search(text):
        return None
    head = heads[0]
    amounts = [m for m in _FIGURE.finditer(text) if not head.start() <= m.start() < head.end()]
    if len(amounts) != 1 or len(_FIGURE.findall(text)) != 2:
        return None
    amount = amounts[0]
    if _PRICED_PER.match(text[amount.end() :].lstrip(" $")):
        return None  # "45 each", "45 a ticket": a price of one, not a whole to share
    count = head["n"] or head["n2"]
    if int(count) < 2:
        return None
    return f"{amount.group(0)} / {count}"
