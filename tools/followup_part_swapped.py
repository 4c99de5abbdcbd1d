"""A change said of only part of a group ("그중 두 명은 5,000원짜리 순대로 바꾸면", "two of us
switch to the 6,000 won set") is no change of the whole.

After "떡볶이 1인분 4,500원인데 다섯 명이 1인분씩 먹으면 얼마야" that turn asks 3 × 4,500 +
2 × 5,000 = 23,500 won; the rule for a new unit price read it as all five at 5,000
(25,000), a wrong answer the twenty-first unseen set found. No rule here splits a group
between two prices, so such a turn was not resolved by the follow-up rules at all.

:func:`part_of_group_swapped` now splits the group when that is unambiguous: the
previous result was worked out as one price times a head count (``4500 * 5``), the turn
says how many of them (fewer than all) and one new price in the same currency; the new
total is the rest at the old price plus that part at the new one. Any other swap of a
part is still not resolved (a model, or an honest decline, takes it): wrong is worse
than unanswered. A part that leaves ("그중 둘은 못 온대") changes the count, not a
price, and is not this.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from core.lazy_regex import LazyPattern
from tools.followup_chain import run_chain

__all__ = ["part_of_group_swapped", "swaps_for_part_of_group"]

_COUNT = r"(?:\d+|한|두|세|네|다섯|여섯|일곱|여덟|아홉|열|둘|셋|넷|하나)"
_PART_KO = LazyPattern(
    rf"(?:그\s*중|이\s*중|그중에|그\s*중에|중에서?)\s*(?:에\s*)?(?P<count>{_COUNT})\s*"
    r"(?:명|사람|개|잔|인분|그릇)?\s*(?:은|는|이|가|만)?"
)
_PART_EN = LazyPattern(
    r"\b(?P<count>\d+|one|two|three|four|five|six|some|half)\s+of\s+(?:us|them|the\s+\w+)\b",
    re.IGNORECASE,
)
_COUNT_WORDS = {
    "한": 1, "하나": 1, "one": 1, "두": 2, "둘": 2, "two": 2, "세": 3, "셋": 3, "three": 3,
    "네": 4, "넷": 4, "four": 4, "다섯": 5, "five": 5, "여섯": 6, "six": 6, "일곱": 7,
    "여덟": 8, "아홉": 9, "열": 10,
}  # fmt: skip
# A price in the turn or a step: "5,000원", "$15", "15 dollars", "6,000 won".
_MONEY = LazyPattern(
    r"(?P<sign>\$)\s*(?P<a>\d[\d,]*(?:\.\d+)?)"
    r"|(?P<b>\d[\d,]*(?:\.\d+)?)\s*(?P<unit>원|달러|dollars?|bucks|won)(?![a-z])",
    re.IGNORECASE,
)
_FIGURE = LazyPattern(r"\d[\d,]*(?:\.\d+)?")
# How the calculator wrote one price times a head count.
_PRICE_TIMES_COUNT = LazyPattern(r"^(?P<x>\d+(?:\.\d+)?) \* (?P<y>\d+(?:\.\d+)?)$")
_SWAP = LazyPattern(
    r"바꾸|바꿔|바꾼|변경|대신|교체|\bswitch|\bswap|\bchange|\binstead\b|\bupgrade", re.IGNORECASE
)


def swaps_for_part_of_group(text: str) -> bool:
    """Whether a turn swaps something for only part of the group (no rule splits a group)."""
    part = _PART_KO.search(text) or _PART_EN.search(text)
    return part is not None and _SWAP.search(text) is not None


def _currency(money: re.Match[str]) -> str:
    unit = (money["unit"] or "").lower()
    return "$" if money["sign"] or unit in {"달러", "dollar", "dollars", "bucks"} else "원"


def _money_in(text: str) -> list[tuple[float, str, str]]:
    """Every price a text names: (value, currency, the price as written with its unit)."""
    found = []
    for money in _MONEY.finditer(text):
        figure = money["a"] or money["b"]
        currency = _currency(money)
        written = f"${figure}" if currency == "$" else f"{figure}원"
        found.append((float(figure.replace(",", "")), currency, written))
    return found


def part_of_group_swapped(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """``그중 두 명은 5,000원짜리 순대로 바꾸면?``: the rest at the old price, that part at the new.

    Args:
        text: The follow-up turn.
        steps: The previous turn's step texts.

    Returns:
        One step working out the split total and a line for the trace, or ``None`` when
        the turn swaps no part of the group or the previous result was no single price
        times a head count.
    """
    part = _PART_KO.search(text) or _PART_EN.search(text)
    if part is None or _SWAP.search(text) is None or not steps:
        return None
    count_word = part["count"].lower()
    part_count = int(count_word) if count_word.isdigit() else _COUNT_WORDS.get(count_word)
    new_prices = _money_in(text)
    # The turn's figures are the part's count and the one new price, nothing else.
    other_figures = len(_FIGURE.findall(text)) - (1 if count_word.isdigit() else 0)
    if part_count is None or len(new_prices) != 1 or other_figures != 1:
        return None
    previous = run_chain(steps)
    product = _PRICE_TIMES_COUNT.match(previous.detail or "") if previous is not None else None
    if product is None:
        return None
    factors = (float(product["x"]), float(product["y"]))
    old_prices = [m for m in _money_in(steps[-1]) if m[0] in factors]
    if len({m[0] for m in old_prices}) != 1 or factors[0] == factors[1]:
        return None  # which factor is the price is not plain
    old_value, currency, old_written = old_prices[0]
    group = factors[1] if factors[0] == old_value else factors[0]
    _, new_currency, new_written = new_prices[0]
    if new_currency != currency or not group.is_integer() or not 0 < part_count < group:
        return None
    rest = int(group) - part_count
    step = f"{old_written} * {rest} + {new_written} * {part_count}"
    return [step], f"{rest} at {old_written}, {part_count} at {new_written}"
