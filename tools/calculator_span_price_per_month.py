"""A price paid for several months, asked per month: "헬스장 3개월 18만원이면 한달에 얼마꼴".

Blind set 32's gym membership went to the cloud: the readers divide a yearly amount by 12
("연봉 …", "1년에 60만원이면 한달에") but not a price for N months by N. With exactly the
count of months and the price (in either order: "3개월 18만원", "3개월에 18만원", "180 for 3
months"), and a month asked ("한달에", "월", "a month", "per month"), the share of one month
is the price over the months.
"""

from __future__ import annotations

import re

from tools.priced_figures import NUMBER

__all__ = ["span_price_per_month"]

# ("두달치가 팔만사천원 나왔어", set 51: the months in native words, 치 with a particle.)
_NATIVE_MONTHS = {"두": 2, "세": 3, "석": 3, "네": 4, "넉": 4, "다섯": 5, "여섯": 6}
_NATIVE_MONTH_COUNT = re.compile(
    rf"(?<![가-힣])(?P<w>{'|'.join(sorted(_NATIVE_MONTHS, key=len, reverse=True))})\s*(?=달)"
)
_MONTHS_THEN_PRICE = re.compile(
    rf"(?P<n>{NUMBER})\s*(?:개월|달)\s*(?:에|동안|치|분|짜리|권)?\s*(?:이|가|은|는|에|로)?\s*"
    rf"(?P<p>{NUMBER})\s*(?:원|만원)?(?:이면|인데|이고|짜리|면|이래|래)?",
)
_PRICE_FOR_MONTHS = re.compile(
    rf"(?P<p>{NUMBER})\s*(?:dollars?\s+)?(?:for|per|every)\s+(?P<n>{NUMBER})\s+months?\b",
    re.IGNORECASE,
)
_ASKS_A_MONTH = re.compile(
    r"한\s*달에?|1\s*달에?|월\s*(?:평균|얼마)|매달|\b(?:a|per|each)\s+month\b|\bmonthly\b",
    re.IGNORECASE,
)
_FIGURE = re.compile(rf"(?<![\d.]){NUMBER}")


def span_price_per_month(text: str, original: str) -> tuple[str, None] | None:
    """``("180000 / 3", None)`` for a price of N months asked per month, or ``None``.

    Args:
        text: The normalised request ("헬스장 3개월 180000이면 한달에 얼마꼴임").
        original: The request as asked.
    """
    text = _NATIVE_MONTH_COUNT.sub(lambda m: str(_NATIVE_MONTHS[m["w"]]), text)
    found = _MONTHS_THEN_PRICE.search(text) or _PRICE_FOR_MONTHS.search(text)
    if found is None or not _ASKS_A_MONTH.search(text, found.end()):
        return None
    asked = _ASKS_A_MONTH.search(text, found.end())
    assert asked is not None
    # "한달에" asked carries a figure only as "1달": the figures are the two read, and "1".
    figures = [m.span() for m in _FIGURE.finditer(text) if m.start() < asked.start()]
    if sorted(figures) != sorted([found.span("n"), found.span("p")]):
        return None  # another figure (a sign-up fee, a discount): not this form alone
    if re.search(r"\d", text[asked.end() :]) or found["n"] in ("0", "1"):
        return None
    return f"{found['p']} / {found['n']}", None
