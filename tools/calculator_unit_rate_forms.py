"""A price per unit of measure, a wage per hour over days, an installment per month.

The twentieth unseen set asked these everyday sums in words the calculator did not read,
and each went to the cloud (then the follow-up changing one figure had nothing to change):

- "휘발유 리터당 1,685원인데 45리터 넣으면": a price per unit ("리터당", "kg당"), then a
  quantity in that same unit;
- "쌀 1kg에 4,300원이면 20kg는": the price of so much, then a quantity in that unit;
- "시급 10,030원으로 하루 6시간씩 5일 일하면": an hourly wage, hours a day, days;
- "a 1,440,000 won TV on a 12-month installment, how much per month": the price over
  the months.

Read from the whole request (the calculator's own clean-up drops "휘발유 리터당" as a
topic), numerals already digits. The unit must be the same word on both sides, so a
price per litre is never multiplied by a count of something else.
"""

from __future__ import annotations

import re
import unicodedata

from tools.calculator_forms import NUMBER
from tools.calculator_rate_over_clock_span import rate_over_clock_span
from tools.calculator_rate_times_count_en import rate_times_count_en
from tools.korean_numbers import normalize_numerals

__all__ = ["asked_measure_span", "unit_rate_expression"]

_P = rf"(?P<p>{NUMBER})"
_Q = rf"(?P<q>{NUMBER})"
_WON = r"\s*(?:원|won)?"
_TOPIC = r"(?:[가-힣A-Za-z]{1,6}\s+){0,2}"
_UNIT = r"(?P<u>리터|L|l|kWh|kwh|kg|킬로|g|그램|km|m|미터|ml|개|장|시간)"
_JOIN = r"\s*(?:인데|이면|이고|이라|에|,)\s*"
_ASK = (
    r"\s*(?:는|은|이면|면)?\s*(?:넣으면|사면|주유하면|충전하면|타면|쓰면|하면|달리면)?\s*"
    r"(?:총\s*)?(?:얼마(?:야|예요|에요|지|일까|임|나\s*(?:돼|들어|나와)|\s*나와요?)?|몇\s*원)?\s*[?.!]*$"
)
_FORMS: tuple[tuple[re.Pattern[str], str], ...] = (
    # "휘발유 리터당 1685원인데 45리터 넣으면 얼마야"
    (re.compile(rf"^{_TOPIC}{_UNIT}\s*당\s*{_P}{_WON}{_JOIN}{_Q}\s*(?P=u){_ASK}"), "{p} * {q}"),
    # "쌀 1kg에 4300원이면 20kg는 얼마야", "소고기 100g에 9800원이면 600g는"
    (
        re.compile(
            rf"^{_TOPIC}(?P<b>{NUMBER})\s*{_UNIT}\s*(?:에|당|이)\s*{_P}{_WON}{_JOIN}{_Q}\s*(?P=u){_ASK}"
        ),
        "{p} * {q} / {b}",
    ),
    # "시급 10030원으로 하루 6시간씩 5일 일하면 얼마 받아"
    (
        re.compile(
            rf"^(?:시급|시간당)\s*{_P}{_WON}\s*(?:으로|이면|인데|에|씩|,)\s*하루(?:에)?\s*"
            r"(?P<h>\d+(?:\.\d+)?)\s*시간\s*(?:씩)?\s*(?P<d>\d+)\s*일\s*(?:동안|간)?\s*"
            r"(?:일하면|근무하면|알바하면|하면)\s*(?:총\s*)?(?:얼마(?:\s*받아|\s*벌어)?\S*)?\s*[?.!]*$"
        ),
        "{p} * {h} * {d}",
    ),
    # "a 1440000 won TV on a 12-month installment, how much per month"
    (
        re.compile(
            rf"^(?:an?\s+|the\s+|my\s+)?{_P}{_WON}\s+[a-z ]{{1,20}}?\s*on\s+an?\s+"
            r"(?P<m>\d+)[- ]month\s+(?:installment|instalment|payment\s+plan)s?\s*,?\s*"
            r"how\s+much\s+(?:is\s+it\s+|would\s+it\s+be\s+)?(?:per|a|each)\s+month\s*[?.!]*$",
            re.IGNORECASE,
        ),
        "{p} / {m}",
    ),
)


# A price for an amount of a measure, another amount of it asked, each spelled its own way
# ("삼겹살 100g에 2980원이면 600그램 사면 얼마", "1키로에 32000원인데 300그램이면", opens52c):
# the amounts put in one unit first. 키로 is a kilogram beside grams, a kilometre beside
# metres.
_MEASURES = {
    "g": ("mass", 1), "그램": ("mass", 1), "kg": ("mass", 1000), "킬로그램": ("mass", 1000),
    "ml": ("volume", 1), "밀리": ("volume", 1), "l": ("volume", 1000), "리터": ("volume", 1000),
    "m": ("length", 1), "미터": ("length", 1), "km": ("length", 1000),
}  # fmt: skip
_KILO = ("키로", "킬로")
_MEASURE = r"킬로그램|kg|그램|g|ml|밀리|리터|l|km|미터|m|키로|킬로"
_SPELLED_APART = re.compile(
    rf"^{_TOPIC}(?P<b>{NUMBER})\s*(?P<u>{_MEASURE})\s*(?:에|당|이)\s*{_P}{_WON}{_JOIN}"
    rf"{_Q}\s*(?P<u2>{_MEASURE}){_ASK}",
    re.IGNORECASE,
)


# The amount one serving takes, its cost asked ("원두 1키로에 32000원인데 한잔에 20그램 쓰면 한잔
# 원가 얼마임", "밀가루 1kg 2500원인데 한판에 300g 들어가면 한판에 얼마"): the same proportion.
_SERVING = r"(?:1\s*(?P<s>잔|컵|그릇|판|개|인분|번|봉지|통))"
_PER_SERVING = re.compile(
    rf"^{_TOPIC}(?P<b>{NUMBER})\s*(?P<u>{_MEASURE})\s*(?:에|당|이|,)?\s*{_P}{_WON}{_JOIN}"
    rf"{_SERVING}\s*(?:에|당)\s*{_Q}\s*(?P<u2>{_MEASURE})\s*(?:씩\s*)?"
    r"(?:쓰면|들어가면|넣으면|내리면|쓰는데|들어가는데|넣는데|이면|면)\s*,?\s*"
    r"(?:1\s*(?P=s)\s*(?:에|당)?\s*(?:원가|값|가격|비용|재료비)?\s*(?:는|은|이|가)?\s*)?"
    r"(?:얼마(?:야|이야|임|예요|에요|지|나\s*(?:돼|들어|나와))?|몇\s*원)\s*[?.!]*$",
    re.IGNORECASE,
)


def _measure(unit: str, other: str) -> tuple[str, int] | None:
    if unit in _KILO:
        kind = _MEASURES.get(other, ("", 0))[0] if other not in _KILO else ""
        return {"mass": ("mass", 1000), "length": ("length", 1000)}.get(kind)
    return _MEASURES.get(unit)


def _priced_measure_spelled_apart(s: str) -> str | None:
    m = _PER_SERVING.match(s)
    if m is None:
        m = _SPELLED_APART.match(s)
        if m is None or m["u"].lower() == m["u2"].lower():
            return None  # one spelling: the form above reads it
    if "." in m["q"]:
        return None  # "0.65kg", "2.5키로": left to the readers of a weight in kilos
    said, asked = (
        _measure(m["u"].lower(), m["u2"].lower()),
        _measure(m["u2"].lower(), m["u"].lower()),
    )
    if said is None or asked is None or said[0] != asked[0]:
        return None
    scale = f" * {asked[1]}" if asked[1] != 1 else ""
    base = f"({m['b']} * {said[1]})" if said[1] != 1 else m["b"]
    return f"{m['p']} * {m['q']}{scale} / {base}"


def asked_measure_span(digits: str) -> tuple[int, int] | None:
    """Where the amount asked (with its unit) stands in a price for an amount of a measure
    ("… 100g에 2980원이면 600그램 사면 얼마": "600그램"), or ``None``; ``digits`` as
    :func:`normalize_numerals` gives it (for a follow-up that asks another amount)."""
    s = unicodedata.normalize("NFKC", digits)
    m = _PER_SERVING.match(s) or _SPELLED_APART.match(s)
    if m is not None and _priced_measure_spelled_apart(s) is not None:
        return m.start("q"), m.end("u2")
    m = _FORMS[1][0].match(s)
    if m is None:
        return None
    unit = re.match(rf"\s*{re.escape(m['u'])}", s[m.end("q") :])
    return None if unit is None else (m.start("q"), m.end("q") + unit.end())


def unit_rate_expression(text: str) -> str | None:
    """The expression of a per-unit price, a day-by-day wage or an installment, or None.

    Args:
        text: The request as typed.
    """
    s = normalize_numerals(unicodedata.normalize("NFKC", text)).strip()
    for form, template in _FORMS:
        m = form.match(s)
        if m:
            return template.format(**{k: v for k, v in m.groupdict().items() if k != "u"})
    apart = _priced_measure_spelled_apart(s)
    if apart is not None:
        return apart
    # "19 an hour from 8:45 to 5:15", "62 per head and 85 guests"
    return rate_over_clock_span(text) or rate_times_count_en(text)
