"""Shared household amounts split evenly, one's own share asked, in English (opens52c).

Blind set 52: "rent is 2,400 plus about 180 utilities, its me and 3 roommates splitting
evenly. my share?" went to the cloud: no reader took "me and 3 roommates" for four people,
nor an amount with its label after it ("180 utilities") or hedged ("about 180").

Read by slots: two to four amounts joined by plus/and/commas, each bare or labelled (before:
"rent is 2,400"; after: "180 utilities", "180 for utilities"; hedged: "about", "around",
"~"); one group said as "me and N roommates" (N + 1 people), "N of us", "split N ways" or
"between N (people)"; an even split said (split, splitting, share, evenly, divide); and one's
own share asked ("my share", "each", "per person", "what do i pay"). Any other figure, or a
part someone pays alone ("i pay the internet"), leaves the sentence unread.
"""

from __future__ import annotations

import re
from itertools import pairwise
from typing import NamedTuple

from core.lazy_regex import LazyPattern
from tools.thousands_commas import without_thousands_commas

__all__ = ["SharedBill", "shared_bill", "shared_bill_expression"]

_N = r"\d+(?:\.\d+)?"
_FIGURE = re.compile(rf"(?<![\d.]){_N}")
_HEDGE = r"(?:(?:about|around|roughly|approx(?:imately|\.)?|like|~)\s*)?"
_AMOUNT = LazyPattern(
    rf"(?:\b(?P<label>(?!(?:plus|and|with|its|it)\b)[a-z]+)\s*(?:(?:is|are|was|of|costs?|runs?|=|:)\s*)?\s)?"
    rf"{_HEDGE}\$?\s*(?P<v>{_N})"
    r"(?:\s*(?:dollars|bucks))?(?:\s+(?:for\s+|in\s+)?(?P<after>(?!(?:plus|and|with|its|it)\b)[a-z]+))?",
    re.IGNORECASE,
)
_HEDGED = re.compile(r"\b(?:about|around|roughly|approx)|~", re.IGNORECASE)
_JOINS = re.compile(r"^\s*(?:,\s*)?(?:plus|and|\+|with|,)\s*(?:another\s+|then\s+)?$", re.I)
_WHO = r"roommates?|flatmates?|housemates?|friends?|others|coworkers|colleagues|people|guys"
_GROUP = LazyPattern(
    rf"\b(?:it'?s\s+|its\s+|there'?s\s+|theres\s+)?me\s+and\s+(?:my\s+)?(?P<k>\d+)\s+(?:other\s+)?(?:{_WHO})\b"
    rf"|\b(?:there\s+are\s+|its\s+|it'?s\s+)?(?P<n>\d+)\s+of\s+us\b"
    rf"|\bsplit(?:ting)?\s+(?:it\s+|that\s+|everything\s+)?(?P<w>\d+)\s+ways\b"
    rf"|\bbetween\s+(?:the\s+)?(?P<b>\d+)(?:\s+(?:of\s+us|{_WHO}))?\b",
    re.IGNORECASE,
)
_EVEN = LazyPattern(r"\bsplit|\bshar(?:e|ing)\b|\bevenly\b|\bdivid|\bequally\b", re.IGNORECASE)
_ASKED = LazyPattern(
    r"\bmy\s+(?:share|part|cut|portion|bit)\b|\beach\b|\bper\s+(?:person|head)\b|\ba\s+head\b"
    r"|\bwhat\s+do\s+i\s+(?:pay|owe)\b|\bhow\s+much\s+(?:do|would|will|should)\s+i\s+(?:pay|owe)\b",
    re.IGNORECASE,
)
# Someone paying a part alone, or a part not shared: another question.
_NOT_EVEN = LazyPattern(
    r"\b(?:i|he|she|they)\s+(?:pay|cover|covers|pays)\s+(?:for\s+)?(?:the|all)\b|\bexcept\b"
    r"|\bnot\s+(?:shared|split)\b|\bmore\b|\bless\b|\bbigger\b|\bsmaller\b|%|\bpercent\b",
    re.IGNORECASE,
)
_PERIOD_WORDS = frozenset(
    {"a", "per", "each", "month", "months", "week", "weeks", "year", "years", "day", "days"}
)


class SharedBill(NamedTuple):
    """The amounts shared, the people sharing them, and where the group is said."""

    amounts: tuple[str, ...]
    people: int
    group: tuple[int, int]


def shared_bill(digits: str) -> SharedBill | None:
    """The amounts and the people of an even split with one's share asked, or ``None``.

    Args:
        digits: The question with numerals as digits (thousands commas allowed).
    """
    text = without_thousands_commas(digits)
    if not _EVEN.search(text) or not _ASKED.search(text) or _NOT_EVEN.search(text):
        return None
    groups = list(_GROUP.finditer(text))
    if len(groups) != 1:
        return None
    group = groups[0]
    said = group["k"] or group["n"] or group["w"] or group["b"]
    people = int(said) + (1 if group["k"] else 0)
    before = text[: group.start()]
    amounts = [m for m in _AMOUNT.finditer(before)]
    if not 2 <= len(amounts) <= 4 or people < 2:
        return None
    for left, right in pairwise(amounts):
        if not _JOINS.match(before[left.end() : right.start()]):
            return None
    if any((m["after"] or "").lower() in _PERIOD_WORDS for m in amounts):
        return None  # "180 a month" beside a one-off: amounts of other spans
    if not group["k"] and not any(m["after"] for m in amounts) and not _HEDGED.search(before):
        return None  # "water was 42.10, power 88.30 and wifi 55, split 4 ways": the list's reader
    figures = _FIGURE.findall(text)
    if len(figures) != len(amounts) + 1:
        return None  # a figure that is neither an amount shared nor the group
    return SharedBill(tuple(m["v"] for m in amounts), people, group.span())


def shared_bill_expression(digits: str) -> str | None:
    """``"(a + b) / n"`` for :func:`shared_bill`, or ``None``."""
    bill = shared_bill(digits)
    if bill is None:
        return None
    return f"({' + '.join(bill.amounts)}) / {bill.people}"
