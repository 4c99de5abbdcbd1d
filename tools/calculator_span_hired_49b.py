"""A span that says what a hire's price buys, not a count to multiply: "2시간 대관 12만원".

Set 31: "풋살장 2시간 대관 십이만원인데 열두명이 나눠내면 한명당 얼마" went to the cloud: the
price reader found a count of hours with no rate per hour to go with it, and declined. Said
right before the hire word that the price follows ("2시간 대관 12만원", "3일 렌트 비용 24만원"),
the span is the size of what was hired: the price is the whole hire's. Without the span the
sentence reads plainly: 120,000 / 12 = 10,000원.

Only when the span is glued to the hire word and the price, and no other figure in the
sentence is in the span's unit (a later "3시간 하면" would be a count the price does not
cover, and declines).
"""

from __future__ import annotations

import re

from tools.korean_numbers import normalize_numerals
from tools.price_total import price_total

__all__ = ["span_hired_whole"]

_N = r"\d+(?:\.\d+)?"
_SPAN = re.compile(
    rf"(?<![\d.])(?P<n>{_N})\s*(?P<u>시간|일|박|분)\s*"
    r"(?=(?:대관|대여|렌트|렌탈|이용|사용)\s*(?:료|비|비용|요금)?\s*(?:은|는|이|가|이|에)?\s*\d)"
)


def span_hired_whole(original: str) -> tuple[str, str | None] | None:
    """The request read without the span its hire's price covers, or ``None``.

    Args:
        original: The request as asked.
    """
    s = normalize_numerals(original).replace(",", "")
    spans = list(_SPAN.finditer(s))
    if len(spans) != 1:
        return None
    span = spans[0]
    rest = s[: span.start()] + s[span.end() :]
    if re.search(rf"(?<![\d.]){_N}\s*{span['u']}", rest):
        return None  # another figure in the span's unit: the span may be a count after all
    return price_total(rest)
