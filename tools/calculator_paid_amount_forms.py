"""Amounts paid or earned that people state in words: a wage over weeks, one of a pack.

Found by the twenty-first unseen set, each of which went to the cloud or declined:

- an hourly wage times the hours worked a week, and times the weeks when given ("시급
  12,000원에 주 20시간 일하면 4주면", "I make 23.50 an hour and work 37.5 hours a week,
  what's my weekly pay");
- the price of a pack of N, per one of them ("a 12-pack of soda is 9.48, what's that per
  can", "24개입 한 박스 19,200원이면 개당").

(A discount and then another, "10% off and then another 5% off the sale price", the
calculator already reads as 0.9 × 0.95 of the price once tools.planner keeps it one step.)

Each form reads the whole request (numerals as digits) and must place every figure in it;
a sentence with a figure more (a second price, a fee, overtime) is no match. The answer
is money: in the currency the request names, or a plain number (the hours of "37.5
hours" are not the answer's unit).
"""

from __future__ import annotations

import re
import unicodedata

from core.lazy_regex import LazyPattern
from tools.calculator_english_buys import english_buy_expression
from tools.korean_numbers import normalize_numerals

__all__ = ["paid_amount_expression", "weekly_wage_week_end"]

_N = r"\d+(?:\.\d+)?"
_WON = LazyPattern(r"(?<=\d)\s*(?:원|won\b)|₩\s*(?=\d)", re.IGNORECASE)
_DOLLAR = LazyPattern(r"(?<=\d)\s*(?:달러|dollars?|bucks)\b|\$\s*(?=\d)", re.IGNORECASE)
_CURRENCY_MARK = LazyPattern(
    r"(?<=\d)\s*(?:원|won\b|달러|dollars?\b|bucks\b)|[₩$]\s*(?=\d)", re.IGNORECASE
)
_ANY_FIGURE = LazyPattern(r"\d+(?:\.\d+)?")

# --- a wage over hours a week (and weeks) ---------------------------------------------------
_WAGE_KO = LazyPattern(
    rf"^(?:시급|시간당)\s*(?P<p>{_N})\s*(?:으로|로|에|이면|인데|이고|,)?\s*"
    rf"(?:주|일주일|한\s*주|1\s*주)\s*(?:에)?\s*(?P<h>{_N})\s*시간\s*(?:씩)?\s*"
    r"(?:(?:일하면|근무하면|알바하면|일하고|근무하고|알바하고)\s*,?\s*)?"
    rf"(?:(?P<w>{_N})\s*주\s*(?:면|이면|동안|간|동안이면|하면)?\s*"
    r"(?:일하면|근무하면|알바하면)?\s*(?:총\s*)?|(?P<weekly>주급(?:은|이)?\s*))"
    r"(?:얼마(?:야|예요|에요|지|일까|임|\s*(?:받아|벌어|나와))?|몇\s*원)?\s*[?.!]*$"
)
_HOUR = r"(?:(?:an|a|per|each)\s+(?:hour|hr)|\s*/\s*(?:hour|hr|h))\b"
_WAGE_EN = LazyPattern(
    rf"^(?:i|we|you)\s+(?:make|earn|get(?:\s+paid)?|am\s+paid|are\s+paid)\s+(?P<p>{_N})\s*"
    rf"{_HOUR}\s*,?\s*(?:and\s+)?(?:i\s+|we\s+|you\s+)?(?:work\s+|working\s+)?"
    rf"(?P<h>{_N})\s*(?:hours?|hrs?)\s+(?:a|per|each)\s+week"
    rf"(?:\s+for\s+(?P<w>{_N})\s+weeks)?\s*[,.]?\s*"
    r"(?P<ask>(?:so\s+)?(?:what(?:'s|\s+is|s)\s+)?(?:my|our|your|the)?\s*(?:weekly\s+|total\s+)?"
    # ("weekly pay before tax?": the gross pay is the wage times the hours, opens52c)
    r"(?:pay|wage|earnings|income)(?:\s+(?:before|pre)\s*-?\s*(?:tax|taxes|deductions)|\s+gross)?"
    r"|how\s+much\s+(?:do|will|would)\s+(?:i|we|you)\s+"
    r"(?:make|earn|get)(?:\s+(?:a|per|each)\s+week|\s+in\s+total)?|how\s+much\s+(?:a|per|each)"
    r"\s+week|what\s+do\s+(?:i|we|you)\s+(?:make|earn)(?:\s+(?:a|per|each)\s+week)?)?\s*[?.!]*$",
    re.IGNORECASE,
)
_ASKS_A_WEEK = LazyPattern(r"\bweekly\b|\b(?:a|per|each)\s+week\s*[?.!]*$", re.IGNORECASE)

# --- one of a pack ---------------------------------------------------------------------------
_PER_ONE_EN = (
    r"\s*[,.]?\s*(?:so\s+)?(?:what(?:'s|\s+is|s)\s+(?:that|it|the\s+price)\s+|"
    r"how\s+much\s+(?:is\s+(?:that|it)\s+|does\s+(?:that|it)\s+come\s+to\s+)?)?"
    r"(?:per|a|each|for\s+one|for\s+each)\s*(?:[a-z]+)?\s*[?.!]*$"
)
_PACK_EN = LazyPattern(
    # "a 12-pack of soda is 9.48", "a pack of 12 eggs is 4.20"
    rf"^(?:an?\s+|the\s+|one\s+)?(?:(?P<n>\d+)[- ]?(?:pack|pk|count|ct)\s+(?:of\s+)?"
    rf"|(?:pack|box|bag|carton)\s+of\s+(?P<n2>\d+)\s+)(?:[a-z]+\s+){{0,3}}?"
    rf"(?:is|costs?|was|for|at|sells\s+for|goes\s+for)\s+(?P<p>{_N}){_PER_ONE_EN}"
    # "9.48 for a 12 pack"
    rf"|^(?P<p2>{_N})\s+for\s+(?:an?\s+|the\s+)?(?P<n3>\d+)[- ]?(?:pack|pk|count|ct)"
    rf"(?:\s+of\s+(?:[a-z]+\s+){{0,2}}?[a-z]+)?{_PER_ONE_EN}",
    re.IGNORECASE,
)
_PACK_KO = LazyPattern(
    rf"^(?:[가-힣]{{1,8}}\s*)?(?P<n>\d+)\s*(?:개입|개들이|입|구)\s*(?:[가-힣]{{1,6}}\s+)?"
    r"(?:(?:한|1)\s*(?:박스|팩|상자|묶음|봉지|판|세트)\s*)?"
    rf"(?:에|이|가|은|는)?\s*(?P<p>{_N})\s*"
    r"(?:이면|인데|이니까|이라면|짜리면)\s*,?\s*"
    r"(?:개당|한\s*개(?:에|당)|1\s*개(?:에|당)|하나(?:에|당))\s*"
    r"(?:얼마(?:야|예요|에요|지|일까|임|꼴이야|꼴)?|몇\s*원)?\s*[?.!]*$"
)


def _currency(text: str) -> str | None:
    won, dollar = _WON.search(text) is not None, _DOLLAR.search(text) is not None
    if won and dollar:
        return "mixed"
    return "원" if won else "$" if dollar else None


def _wage(s: str) -> str | None:
    korean = _WAGE_KO.match(s)
    if korean is not None:
        weeks = f" * {korean['w']}" if korean["w"] else ""  # none: 주급, a week's pay
        return f"{korean['p']} * {korean['h']}{weeks}"
    english = _WAGE_EN.match(s)
    if english is None:
        return None
    if english["w"] is None:
        return f"{english['p']} * {english['h']}"
    if english["ask"] and _ASKS_A_WEEK.search(english["ask"]):
        return None  # weeks given and a week's pay asked: which one is meant is unclear
    return f"{english['p']} * {english['h']} * {english['w']}"


def weekly_wage_week_end(text: str) -> int | None:
    """Where "… 32 hrs a week" ends in an English wage over hours a week with no weeks said
    (one week's pay read), or ``None`` (for a follow-up that says the weeks)."""
    s = unicodedata.normalize("NFKC", text).strip()
    english = _WAGE_EN.match(s)
    if english is None or english["w"] is not None:
        return None
    unit = re.compile(r"\s*(?:hours?|hrs?)", re.IGNORECASE).match(s, english.end("h"))
    if unit is None:
        return None
    week = re.compile(r"\s+(?:a|per|each)\s+week", re.IGNORECASE).match(s, unit.end())
    return None if week is None else week.end()


def _pack(s: str) -> str | None:
    found = _PACK_EN.match(s) or _PACK_KO.match(s)
    if found is None:
        return None
    figures = found.groupdict()
    count = figures.get("n") or figures.get("n2") or figures.get("n3")
    price = figures.get("p") or figures.get("p2")
    if count is None or price is None or int(count) < 2:
        return None
    return f"{price} / {count}"


def paid_amount_expression(text: str) -> tuple[str, str | None] | None:
    """The expression and currency of a wage over hours and weeks, or a pack's unit price.

    Args:
        text: The request as typed.

    Returns:
        ``("23.5 * 37.5", None)``, ``("9.48 / 12", "$")``, or None when no form reads
        the whole request.
    """
    s = normalize_numerals(unicodedata.normalize("NFKC", text)).strip()
    currency = _currency(s)
    if currency == "mixed":
        return None
    s = re.sub(r"\s+", " ", _CURRENCY_MARK.sub("", s)).strip()
    for read in (_wage, _pack):
        expression = read(s)
        if expression is not None:
            return expression, currency
    return english_buy_expression(text)  # "2.05 a gallon, what's 12 gallons", "split … 3 ways"
