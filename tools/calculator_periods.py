"""A figure per period asked over another period ("하루에 7,500보 걸으면 일주일이면 몇 보?").

The rule: a figure stated per period (하루에, 매달, "a week") and asked for a span of
periods (일주일이면, 30일이면, "after a year") is multiplied by how many of the first
period the span holds: 7 days a week, 12 months or 52 weeks or 365 days a year. A
month is taken as 30 days only when the request counts days in it ("한 달(30일)"),
since a month has no single length in days; a week in a month likewise stays with a
model. ``tools.calculator`` calls :func:`period_expression` before its other forms.
"""

from __future__ import annotations

import re
from decimal import Decimal

from core.lazy_regex import LazyPattern
from tools.calculator_forms import NUMBER

__all__ = ["period_expression"]

# How many of the first period one of the second holds (only the fixed lengths).
_PER: dict[tuple[str, str], int] = {
    ("day", "day"): 1,
    ("day", "week"): 7,
    ("day", "year"): 365,
    ("week", "week"): 1,
    ("week", "year"): 52,
    ("month", "month"): 1,
    ("month", "year"): 12,
    ("year", "year"): 1,
    ("hour", "hour"): 1,
    ("hour", "day"): 24,
}
# A period said once: "하루", "일주일", "한 달", "1년", "a week". The count of a span
# ("30일", "3년", "30 weeks") is read separately.
_KO_ONE = {
    "day": r"하루|1\s*일|매일|날마다",
    "week": r"일주일|1\s*주일?|한\s*주|매주|주마다",
    "month": r"한\s*달|1\s*달|1\s*개월|매달|매월|달마다",
    "year": r"1\s*년|일\s*년|한\s*해|매년|1년",
    "hour": r"1\s*시간|한\s*시간|시간마다|시간당",
}
_KO_COUNTED = {"day": r"일", "week": r"주일?", "month": r"개월|달", "year": r"년", "hour": r"시간"}


def _alternatives(table: dict[str, str]) -> str:
    return "|".join(f"(?P<{name}>{form})" for name, form in table.items())


_NUM = NUMBER
# "하루에 7500보 걸으면 일주일이면 몇 보야", "하루에 물 1.5리터씩 마시면 일주일에 몇 리터".
_KO_RATE = LazyPattern(
    rf"^(?P<per>{'|'.join(_KO_ONE.values())})\s*(?:에|마다|당)?\s+[^\d]{{0,12}}?"
    rf"(?P<a>{_NUM})\s*[^\d]{{0,16}}?\s+"
    rf"(?:(?P<n>{_NUM})\s*(?P<nunit>{'|'.join(_KO_COUNTED.values())})|(?P<span>{'|'.join(_KO_ONE.values())}))"
    r"\s*(?:\(\s*\d+\s*일\s*\))?\s*(?:이면|에|동안|이면은|면|간|이라면)\s*(?:총\s*)?"
    # "2년 동안 원금이 얼마": what the total is may be named before it is asked.
    r"(?:[가-힣]{1,4}(?:이|가|은|는)?\s*)?"
    r"(?:몇\s*[가-힣A-Za-z]{0,4}|얼마)?\s*(?:야|예요|이야|일까|인가요|나와|돼)?$"
)
# "호텔 1박에 120000이면 3박에 얼마", "1시간에 15000인데 4시간이면": a price for one of
# something asked for N of it.
_KO_ONE_OF = LazyPattern(
    rf"^(?:[가-힣]{{1,6}}\s+)?1\s*(?P<u>박스|상자|봉지|팩|캔|세트|박|시간|일|개|장|잔|병|권|회|번|달|개월|주|근|돈|냥|평|판|인분)\s*"
    rf"(?:에|당|요금이|요금은|가격이|은|는|이|가)?\s*(?P<a>{_NUM})\s*(?:이면|인데|일\s*때|라면)?\s*,?\s*"
    # "2근 값은": the price of N may be named.
    r"(?P<n>\d+(?:\.\d+)?)\s*(?P=u)\s*(?:값|가격|요금)?\s*(?:에|이면|은|는|동안|면|이면은)?\s*(?:총\s*)?(?:얼마)?"
    r"\s*(?:야|예요|이야|인가요)?$"
)
# "If I save 250 a week, how much will I have after a year", "30 a day ... in 2 weeks".
_EN_RATE = LazyPattern(
    rf"^(?P<pre>[^\d]*?)(?P<a>{_NUM})\s*(?:a|per|each|every)\s+(?P<per>day|week|month|year|hour)\b"
    r"[^\d?]*?\b(?:after|in|over|for|within)\s+(?:only\s+)?"
    rf"(?:(?:a|one|1)\s+(?P<span>day|week|month|year)|(?P<n>{_NUM})\s+(?P<nunit>day|week|month|year)s?)$",
    re.IGNORECASE,
)
# "한 달(30일)": the request counts the days of its month.
_MONTH_DAYS = re.compile(r"\(\s*(?P<d>\d+)\s*일\s*\)")


def _ko_kind(word: str, table: dict[str, str]) -> str | None:
    for name, form in table.items():
        if re.fullmatch(form, word.strip()):
            return name
    return None


def _times(per: str, span: str, count: Decimal) -> Decimal | None:
    ratio = _PER.get((per, span))
    return None if ratio is None else ratio * count


def asks_its_own_period(per: str, span: str, count: Decimal) -> bool:
    """Whether the span asked is one of the figure's own period ("한달에 4번 … 한달에 얼마").

    Then the figure (there a count of times) is no amount of the span, and times 1 it
    answered '4' for what four charges cost a month (blind set 34): nothing to work out.
    """
    return per == span and count == 1


def period_expression(text: str) -> str | None:
    """The arithmetic of a figure per period asked over a span, or None.

    Args:
        text: A normalised request (numerals as digits, currency markers removed).

    Returns:
        For example ``"7500 * 7"``, or ``None`` when the request is not of this form or
        the span has no fixed number of the first period (weeks in a month).
    """
    one_of = _KO_ONE_OF.match(text)
    if one_of is not None:
        return f"{one_of['a']} * {one_of['n']}"
    match = _KO_RATE.match(text)
    if match is not None:
        per = _ko_kind(match["per"], _KO_ONE)
        days = _MONTH_DAYS.search(text)
        if match["span"] is not None:
            span, count = _ko_kind(match["span"], _KO_ONE), Decimal(1)
        else:
            span, count = _ko_kind(match["nunit"], _KO_COUNTED), Decimal(match["n"])
        if per == "day" and span == "month" and days is not None:
            span, count = "day", count * Decimal(days["d"])
        if per is None or span is None:
            return None
        if asks_its_own_period(per, span, count):
            return None
        factor = _times(per, span, count)
        return None if factor is None else f"{match['a']} * {factor}"
    match = _EN_RATE.match(text)
    if match is None or re.search(r"\d", match["pre"]):
        return None
    per = match["per"].lower()
    if match["span"] is not None:
        span, count = match["span"].lower(), Decimal(1)
    else:
        span, count = match["nunit"].lower(), Decimal(match["n"])
    factor = _times(per, span, count)
    return None if factor is None else f"{match['a']} * {factor}"
