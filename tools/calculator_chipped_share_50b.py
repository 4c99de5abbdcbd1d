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

__all__ = ["chipped_in_share", "part_of_fare_ridden"]

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


# A fraction of a shared ride's fare for the part ridden (opens56e, set 47): "uber came to
# 38 and i was in it for 2/3 of the ride, what should i chip in" is 38 x 2 / 3. The fare is
# the one amount said; the fraction is of the ride, trip or way; the asker's part is asked.
_FRACTION_WORDS = {
    "half": "1 / 2",
    "a half": "1 / 2",
    "a third": "1 / 3",
    "one third": "1 / 3",
    "two thirds": "2 / 3",
    "a quarter": "1 / 4",
    "one quarter": "1 / 4",
    "three quarters": "3 / 4",
}
_PART_RIDDEN = re.compile(
    r"\b(?:i\s+was|i\s+rode|i\s+was\s+only|i\s+only\s+rode|i\s+only\s+was|i\s+stayed)\s+"
    r"(?:in\s+(?:it|the\s+(?:car|cab|taxi|uber|lyft))\s+|along\s+)?(?:for\s+)?(?:only\s+)?"
    r"(?:(?P<p>\d+)\s*/\s*(?P<q>\d+)|(?P<w>half|a\s+half|a\s+third|one\s+third|two\s+thirds"
    r"|a\s+quarter|one\s+quarter|three\s+quarters))\s+(?:of\s+)?(?:the|that)\s+"
    r"(?:ride|trip|way|journey|distance|drive)\b",
    re.IGNORECASE,
)
_FARE = re.compile(
    rf"\b(?:uber|lyft|cab|taxi|ride|fare|trip)\s+(?:came\s+to|was|cost|costs|is|comes\s+to)\s+"
    rf"\$?(?P<a>{_NUM})\b",
    re.IGNORECASE,
)
_OWN_PART_ASKED = re.compile(
    r"\b(?:what|how\s+much)\s+(?:should|do|would|shall)\s+i\s+(?:chip\s+in|pay|owe|put\s+in|"
    r"cover|give|send|venmo)\b|\bmy\s+(?:share|part|cut)\b|\bwhat\s+do\s+i\s+owe\b",
    re.IGNORECASE,
)


def part_of_fare_ridden(digits: str) -> str | None:
    """``fare * p / q`` for the fraction of a ride's fare one rode, or ``None``."""
    text = digits.replace(",", "")
    fare, part = _FARE.search(text), _PART_RIDDEN.search(text)
    if fare is None or part is None or not _OWN_PART_ASKED.search(text):
        return None
    fraction = (
        f"{part['p']} / {part['q']}"
        if part["p"]
        else _FRACTION_WORDS[" ".join(part["w"].lower().split())]
    )
    if len(_FIGURE.findall(text)) != (3 if part["p"] else 1):
        return None  # another figure (a tip, the others' count) this reading leaves out
    if part["p"] and not 0 < int(part["p"]) < int(part["q"]):
        return None
    return f"{fare['a']} * {fraction}"
