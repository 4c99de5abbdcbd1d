"""Questions that ask two figures of one list or one share-out (set 37): both are the answer.

- The total and the mean of a bare list of amounts: "이번달 축의금 5만 10만 5만 7만 냈는데 총
  얼마고 평균 얼마야" is 270,000원 in all and 67,500원 on average. A total alone (or a mean
  alone) is half the answer, so the turn was declined.
- Whole shares and what is left over: "got 3 large pizzas, 8 slices each, 7 kids at the
  party. how many slices does each kid get and how many are left over" is 24 slices, 3 each
  and 3 left over, never 3.43 each (a slice is not cut further).
- Who sends whom how much after costs paid by different people (:mod:`tools.settle_up_52b`);
  a bill where one has none of a part (:mod:`tools.split_part_not_shared_52b`).

:func:`tools.handler_money.read_two_figures` asks :func:`two_figures_52b` after its own
readers. Each reader takes only a question whose every figure it places.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from core.lazy_regex import LazyPattern
from tools.korean_numbers import format_number, normalize_numerals
from tools.settle_up_52b import settle_up
from tools.split_part_not_shared_52b import part_not_shared_by_one, part_shared_by_fewer_ko

__all__ = [
    "TwoFigures",
    "listed_amounts_total_and_mean",
    "listed_span",
    "one_left_out_of_a_part",
    "settled_transfers",
    "two_figures_52b",
    "whole_shares_and_left",
]

_N = r"\d+(?:\.\d+)?"
_FIGURE = re.compile(rf"(?<![\d.]){_N}")
_TOTAL_AND_MEAN_KO = LazyPattern(
    r"(?:총|전부|다\s*합쳐서|합계는?|합하면)\s*(?:얼마(?:고|이고|야|예요)?|몇)\s*,?\s*(?:그리고\s*)?"
    r"(?:1회\s*|한\s*번에\s*)?평균(?:은|이)?\s*(?:얼마|몇)"
)
_TOTAL_AND_MEAN_EN = LazyPattern(
    r"\b(?:the\s+)?total\s+and\s+(?:the\s+)?(?:average|mean)\b"
    r"|\bhow\s+much\s+(?:in\s+total|altogether)\s+and\s+(?:what'?s\s+)?(?:the\s+)?(?:average|mean)\b",
    re.IGNORECASE,
)
# Amounts listed bare, side by side: "5만 10만 5만 7만", "82, 91 and 76".
_ITEM = rf"(?<![\d.]){_N}\s*(?:만|천)?(?:\s*원)?"
_BARE_LIST = LazyPattern(rf"{_ITEM}(?:\s*(?:,|and|랑|하고)?\s*{_ITEM})+")
_ITEM_VALUE = re.compile(rf"(?P<n>{_N})\s*(?P<unit>만|천)?")
_UNIT_VALUE = {"만": 10000, "천": 1000}

_PIECES_EACH = LazyPattern(
    rf"(?<![\d.])(?P<a>{_N})\s+(?:[a-z]+\s+){{0,2}}[a-z]+s?\s*,?\s+(?:with\s+)?(?P<b>\d+)\s+"
    r"(?P<piece>[a-z]+?)s?\s+(?:each|in\s+each|per\s+[a-z]+|a\s+[a-z]+)\b",
    re.IGNORECASE,
)
_GROUP = LazyPattern(
    r"(?<![\d.])(?P<k>\d+)\s+(?P<who>kids|children|people|guests|friends|students|players"
    r"|of\s+us|boys|girls|adults)\b",
    re.IGNORECASE,
)
_EACH_ASKED = LazyPattern(
    r"\bhow\s+many\s+(?:[a-z]+\s+)?(?:does|do|can|will|would|should)\s+each\b"
    r"|\bhow\s+many\s+(?:[a-z]+\s+)?each\b",
    re.IGNORECASE,
)
_LEFT_ASKED = LazyPattern(
    r"\bleft\s*over\b|\bleftover\b|\bleft\b|\bremain(?:s|ing)?\b|\bspare\b", re.I
)


@dataclass(frozen=True)
class TwoFigures:
    """Both figures asked, said as a person reads them, and one to carry on with."""

    answer: str
    value: Decimal
    korean: bool
    detail: str


def two_figures_52b(text: str) -> TwoFigures | None:
    """Both figures of a question that asks two of one list or share-out, or ``None``.

    Args:
        text: The request as asked.
    """
    return (
        listed_amounts_total_and_mean(text)
        or whole_shares_and_left(text)
        or settled_transfers(text)
        or one_left_out_of_a_part(text)
        or _told(part_shared_by_fewer_ko(text), korean=True)  # "택시비는 셋이서만" (56k)
    )


def one_left_out_of_a_part(text: str) -> TwoFigures | None:
    """Both shares when one has none of a part of the bill
    (:func:`tools.split_part_not_shared_52b.part_not_shared_by_one`)."""
    return _told(part_not_shared_by_one(text), korean=False)


def settled_transfers(text: str) -> TwoFigures | None:
    """Who sends whom how much after shared costs (:func:`tools.settle_up_52b.settle_up`)."""
    return _told(settle_up(text), korean=True)


def _told(read: tuple[str, Decimal, str] | None, *, korean: bool) -> TwoFigures | None:
    """A reader's ``(answer, figure, detail)`` as both figures told, or ``None``."""
    if read is None:
        return None
    answer, value, detail = read
    return TwoFigures(answer=answer, value=value, korean=korean, detail=detail)


def listed_amounts_total_and_mean(text: str) -> TwoFigures | None:
    """The total and the mean of amounts listed bare, both asked, or ``None``."""
    digits = normalize_numerals(text)
    korean = re.search(r"[가-힣]", digits) is not None
    span = listed_span(digits)
    if span is None:
        return None
    amounts = [
        Decimal(m["n"]) * _UNIT_VALUE.get(m["unit"] or "", 1)
        for m in _ITEM_VALUE.finditer(digits[span[0] : span[1]])
    ]
    if len(amounts) < 2 or len(_FIGURE.findall(digits)) != len(amounts):
        return None  # a figure besides the list (a count, a date) is another question
    total = sum(amounts, Decimal(0))
    mean = total / len(amounts)
    if korean:
        answer = f"총 {format_number(total)}원, 평균 {format_number(mean)}원"
    else:
        answer = f"total {format_number(total, 2)}, average {format_number(mean, 2)}"
    detail = f"total {' + '.join(str(a) for a in amounts)}; mean over {len(amounts)}"
    return TwoFigures(answer=answer, value=mean, korean=korean, detail=detail)


def listed_span(digits: str) -> tuple[int, int] | None:
    """Where the one bare list of amounts stands before the total and mean asked, or ``None``.

    Args:
        digits: The question with numerals as digits.
    """
    korean = re.search(r"[가-힣]", digits) is not None
    asked = (_TOTAL_AND_MEAN_KO if korean else _TOTAL_AND_MEAN_EN).search(digits)
    listed = list(_BARE_LIST.finditer(digits[: asked.start()])) if asked else []
    return listed[0].span() if len(listed) == 1 else None


def whole_shares_and_left(text: str) -> TwoFigures | None:
    """Whole pieces each and the pieces left over, both asked, or ``None``."""
    digits = normalize_numerals(text)
    pieces, group = _PIECES_EACH.search(digits), list(_GROUP.finditer(digits))
    if pieces is None or len(group) != 1:
        return None
    if not _EACH_ASKED.search(digits) or not _LEFT_ASKED.search(digits[group[0].end() :]):
        return None
    if len(_FIGURE.findall(digits)) != 3 or "." in pieces["a"]:
        return None  # a figure more than the things, their pieces and the group
    total, sharers = int(pieces["a"]) * int(pieces["b"]), int(group[0]["k"])
    if sharers < 2 or total < sharers:
        return None
    each, left = divmod(total, sharers)
    piece = pieces["piece"].lower()
    answer = f"{each} {piece}{'s' if each != 1 else ''} each, {left} left over"
    detail = f"{pieces['a']} x {pieces['b']} = {total} {piece}s // {sharers}; {left} left over"
    return TwoFigures(answer=answer, value=Decimal(each), korean=False, detail=detail)
