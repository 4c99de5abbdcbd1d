"""An amount split evenly except that one person pays a stated amount more (or less).

Blind set 38: "rent is 1450 split 3 ways but i have the big room so i pay 100 more than the
other two. what do we each pay" went to a model. With n people and one paying d more,
the others pay (total − d) / n and that one (total − d) / n + d: 450 each for the other
two and 550 for the asker. Both shares are the answer (either alone would be half of it).
Read in English ("split 3 ways", "between 3 of us", "3 of us") and Korean ("3명이 나누는데
… 10만원 더 내"), with one total, one count and one difference.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from core.lazy_regex import LazyPattern
from tools.korean_numbers import format_number, normalize_numerals

__all__ = ["UnevenSplit", "split_one_pays_more"]

_NUM = r"\d[\d,]*(?:\.\d+)?"
_EN = LazyPattern(
    rf"(?<![\d.])(?P<t>{_NUM})\s*(?:dollars|bucks|pounds|euros)?\s*,?\s*(?:is\s+|gets\s+)?"
    rf"(?:split|shared|divided)\s+(?:(?P<n>\d+)\s+ways|between\s+(?:the\s+)?(?P<n2>\d+)\s+of\s+us"
    rf"|(?:between|among)\s+(?P<n3>\d+)(?:\s+people)?)\b.*?\b(?:pay|pays|paid|paying|put\s+in|puts\s+in)\s+"
    rf"(?P<d>{_NUM})\s+(?P<dir>more|less)\s+than\s+(?:each\s+of\s+)?(?:the\s+)?(?:other\s+(?:two|three|four|\d+|ones?)|others|everyone\s+else)",
    re.IGNORECASE,
)
_KO = LazyPattern(
    rf"(?P<t>{_NUM})\s*원\s*(?:을|를)?\s*.*?(?P<n>\d+)\s*명(?:이|이서)?\s*(?:똑같이\s*)?(?:나누는데|나눠\s*내는데|나누면|나눠내면)"
    rf".*?(?P<d>{_NUM})\s*원\s*(?P<dir>더|덜)\s*(?:내|낸)"
)
_FIGURE = LazyPattern(r"(?<![\d.,])\d[\d,]*(?:\.\d+)?")


@dataclass(frozen=True)
class UnevenSplit:
    """The share of the others and of the one who pays the difference."""

    others: Decimal
    one: Decimal
    korean: bool
    # The one pays the difference more (or, when said so, less).
    more: bool = True

    @property
    def answer(self) -> str:
        """Both shares, as a person reads them."""
        if self.korean:
            others = self.others.quantize(Decimal(1), rounding=ROUND_HALF_UP)
            one = self.one.quantize(Decimal(1), rounding=ROUND_HALF_UP)
            who = "더" if self.more else "덜"
            return (
                f"나머지 사람은 각자 {format_number(others)}원, "
                f"{who} 내는 사람은 {format_number(one)}원"
            )
        who_en = "more" if self.more else "less"
        return (
            f"the others pay {format_number(self.others, 2)} each and the one paying {who_en} "
            f"pays {format_number(self.one, 2)}"
        )


def _number(text: str) -> Decimal:
    return Decimal(text.replace(",", ""))


def split_one_pays_more(text: str) -> UnevenSplit | None:
    """The two shares of an even split where one pays a stated difference, or ``None``.

    Args:
        text: The request as asked.
    """
    text = normalize_numerals(text)
    korean = re.search(r"[가-힣]", text) is not None
    found = (_KO if korean else _EN).search(text)
    if found is None or len(_FIGURE.findall(text)) != 3:
        return None
    count = int(found.groupdict().get("n") or found.groupdict().get("n2") or found["n3"])
    if count < 2:
        return None
    total, difference = _number(found["t"]), _number(found["d"])
    sign = Decimal(-1) if found["dir"].lower() in ("less", "덜") else Decimal(1)
    others = (total - sign * difference) / count
    if others <= 0:
        return None
    return UnevenSplit(others=others, one=others + sign * difference, korean=korean, more=sign > 0)
