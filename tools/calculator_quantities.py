"""Quantities in proportion, read when no sentence form of the calculator did.

Three rules, each over an already normalised request (numerals as digits, currency
markers removed):

- a price for a quantity, asked for one unit of it, is the price over the quantity
  ("5개 묶음이 4350이면 1개에 얼마꼴", "a 2.5 kg bag costs 9800, what's that per kilo");
- an amount for so many of something, asked for another count of the same thing, scales
  by the ratio, whichever order the sentence gives them in ("A recipe for 4 people needs
  300 of flour. How much for 10 people");
- a distance at a stated speed, asked how long, is the distance over the speed
  ("400인데 시속 80로 달리면 몇 시간");
- a pay per hour and the hours worked multiply ("I make 28 an hour and work 37.5 hours");
- counts at a price each, with the total asked, add up ("3 notebooks at 4.5 each and 2
  pens at 1.25 each").

Found by the fifth unseen set. ``tools.calculator`` calls :func:`quantity_expression`
only on a request no other form read.
"""

from __future__ import annotations

import re

from core.lazy_regex import LazyPattern
from tools.calculator_forms import NUMBER

__all__ = ["HOURS", "quantity_expression", "volume_of_glasses"]

#: The unit of a duration worked out from a distance and a speed, in Korean.
HOURS = "시간"
_NUM = NUMBER
_PER_ONE_KO = LazyPattern(
    # "30개 1판이 9000이면": the pack may be named, as one of its own kind. A measure
    # counts too ("3kg 1박스에 14400이면 1kg에"), and a word may point back at the seller
    # ("5kg에 22000이던데 거긴 kg당").
    # ("6병 묶음이 4200이면 한병 단가", set 51: the one piece said 한, its price 단가 or 값
    # with no 에/당 between.)
    rf"^(?P<n>{_NUM})\s*(?P<c>[가-힣]{{1,2}}|kg|g|l|ml|m)\s*(?:(?:1\s*)?[가-힣]{{1,4}}\s*)?"
    rf"(?:이|가|은|는|에|짜리)?\s*(?P<p>{_NUM})\s*(?:이면|인데|이고|이라면|이던데|이라는데|이래|,"
    # The price said with what it cost ("3인분 재료비가 만이천육백원 들었으면 1인분당",
    # "4개에 6천원 줬는데 1개 얼마", opens52c): the verb of spending, not a figure.
    r"|(?:들었|나왔|했|줬|썼|냈|샀)(?:으면|는데|다면)|들면|드는데|나오면|주면)?"
    r"\s*,?\s*(?:[가-힣]{1,3}\s+)?"
    r"(?:(?:1|한|하나)\s*(?P=c)?\s*(?:에|당|(?=\s*(?:단가|가격|값|얼마)))|(?P=c)\s*당"
    # ("3일에 27만원이면 하루에 얼마꼴", set 56: one day said 하루, for a count of 일 only.)
    r"|(?P<day>하루)\s*(?:에|당)?)"
    r"\s*(?:얼마|가격|단가|값)?\s*"
    r"(?:꼴|정도|씩)?\S*$",
    re.IGNORECASE,
)
# Something other than a price asked of one ("몇시간", "몇개"; "몇원" asks the price).
_OTHER_ASKED_KO = LazyPattern(r"몇\s*(?!원)[가-힣]")
#: A price for one is read only when no other thing is asked (switched off in tests).
USE_PRICE_ASKED = True
_PER_ONE_EN = LazyPattern(
    rf"^.*?\b(?P<n>{_NUM})\s*(?P<u>kg|kilos?|g|grams?|l|litres?|liters?|lbs?|pounds?|oz|pieces?|"
    r"items?|packs?|cans?|bottles?)\b[^\d]{0,40}?\b(?:costs?|is|was|are|for|sells\s+for)\s+"
    rf"(?P<p>{_NUM})\b[^\d]*?\b(?:per|a|each|for\s+one)\s*(?:kilo|kg|gram|g|litre|liter|l|pound|lb|"
    r"oz|piece|item|pack|can|bottle|one|unit)?\b[^\d]*$",
    re.I,
)
_SCALE_EN = LazyPattern(
    rf"^.*?\bfor\s+(?P<b>{_NUM})\s+(?P<u>[a-z]+?)s?\b[^\d?]*?\b(?P<a>{_NUM})\b[^\d?]*?[.?,]?\s*"
    rf"(?:how\s+much|how\s+many|what)\b[^\d]*?\bfor\s+(?P<c>{_NUM})\s+(?P=u)s?\b[^\d]*$",
    re.I,
)
# A price for a count, asked for another count of the same thing: "계란 30개 8400원인데
# 12개만 쓰면 얼마어치", "맥주 4캔에 만원이면 12캔", "한판(30구) 8400인데 12개" (set 51).
# Each figure has its role by its place and counter: the count, its price (no counter),
# the count asked in the same counter; any other figure, or a count asked (몇), is not this.
_PIECE = r"개|구|알|캔|병|팩|봉지?|롤|장|권|벌|켤레|마리|송이|줄|통|포|kg|g|l|ml|근|박스|판|묶음"
_SCALE_KO = LazyPattern(
    rf"^(?:[가-힣]+\s*)?(?:(?:1|한)\s*[가-힣]{{1,2}}\s*)?\(?\s*(?P<n>{_NUM})\s*(?P<c>{_PIECE})"
    r"\s*\)?\s*(?:[가-힣]{1,3}?\s*)?(?:에|이|가|은|는|짜리|들이)?\s*"
    rf"(?P<p>{_NUM})\s*(?:원)?\s*(?:이면|인데|이고|이라면|이던데|이래|에\s*팔던데|행사면|행사인데|,)?"
    rf"\s*,?\s*(?P<m>{_NUM})\s*(?P<c2>{_PIECE})\s*(?:만|은|는|을|를|어치|이면|면)?\s*"
    r"(?:[가-힣]{1,4}(?:면|때|려면))?\s*(?:얼마(?:어치)?|가격|값|돈)?\S*"
    r"(?:\s*(?:필요|들어|나와)\S*)?\s*[?？.!]*\s*$",
    re.IGNORECASE,
)
#: Counters of the same pieces said two ways (eggs in a tray are 구, counted 개 or 알).
_SAME_PIECE = {"구": "개", "알": "개"}


def _scaled_ko(s: str) -> str | None:
    m = _SCALE_KO.match(s)
    if m is None or re.search(r"몇|%|퍼", s) or float(m["n"]) == 0:
        return None
    c, c2 = (_SAME_PIECE.get(x.lower(), x.lower()) for x in (m["c"], m["c2"]))
    return f"{m['p']} / {m['n']} * {m['m']}" if c == c2 else None


_TIME_FROM_SPEED_KO = LazyPattern(
    rf"^.*?(?P<a>{_NUM})\s*(?:인데|이고|이면|을|를|이야|거리)?\s*,?\s*시속\s*(?P<b>{_NUM})\s*"
    r"(?:로|으로)\s*[가-힣]{0,6}\s*(?:몇\s*시간|얼마나)\s*\S*$"
)
# A volume per glass times the glasses, asked as a volume: "물 500미리 하루 8잔 마시면
# 몇리터야" is 500 x 8 ml = 4 L (opens56k). Chat's 미리/밀리 is ml; the glasses may be a
# day's ("하루 8잔"), the answer then being a day's too; no other figure may stand.
_ML = {"ml": "ml", "미리": "ml", "밀리": "ml", "cc": "ml", "리터": "L", "l": "L"}
_GLASSES_KO = LazyPattern(
    rf"^\s*(?:[가-힣]+\s+)?(?P<v>{_NUM})\s*(?P<u>ml|미리|밀리|cc|리터|l)\s*(?:짜리|씩)?\s*"
    r"(?:(?:컵|잔)(?:으로|에)?\s*)?(?:(?:하루|매일|하루에)\s*)?"
    rf"(?P<n>{_NUM})\s*(?:잔|컵|병|캔)\s*(?:씩\s*)?(?:마시면|먹으면|마시는데|마셔|이면|면)?\s*"
    r"(?:총\s*)?몇\s*(?P<asked>리터|l|ml|미리|밀리)\S*\s*[?？.!]*\s*$",
    re.IGNORECASE,
)


def volume_of_glasses(digits: str) -> tuple[str, str] | None:
    """ "500 * 8 / 1000", "L" for glasses of a volume asked in another, or ``None``."""
    m = _GLASSES_KO.match(digits)
    if m is None:
        return None
    said, asked = _ML[m["u"].lower()], _ML[m["asked"].lower()]
    scale = {("ml", "L"): " / 1000", ("L", "ml"): " * 1000"}.get((said, asked), "")
    return f"{m['v']} * {m['n']}{scale}", asked


_TIME_FROM_SPEED_EN = LazyPattern(
    rf"^.*?\bhow\s+long\b[^\d]*?\b(?P<a>{_NUM})\s*(?:km|kilomet(?:er|re)s|miles?|mi)?\s+at\s+"
    rf"(?P<b>{_NUM})\s*(?:km/h|kph|mph|km\s+an\s+hour|miles\s+an\s+hour)?\b[^\d]*$",
    re.I,
)
# The distance and the speed first, the time asked after: "228 miles at an average of 57
# mph, how long's the drive" (set 36). Both units said, so no count at a price reads so.
_TIME_AFTER_SPEED_EN = LazyPattern(
    rf"^[^\d]*?(?P<a>{_NUM})\s*(?:km|kilomet(?:er|re)s|miles?|mi)\s+(?:at|doing)\s+"
    rf"(?:an\s+average\s+(?:speed\s+)?of\s+|an?\s+average\s+)?(?P<b>{_NUM})\s*"
    r"(?:km/h|kph|mph|km\s+an\s+hour|miles\s+an\s+hour)\b[^\d]*?\bhow\s+long\b[^\d]*$",
    re.I,
)
# "3 notebooks at 4.5 each and 2 pens at 1.25 each": counts at a price each, summed.
_COUNT_AT_PRICE = LazyPattern(
    rf"(?<![\d.])(?P<n>{_NUM})\s+(?:[a-z]+\s+){{1,3}}?(?:at|for|@)\s+(?P<p>{_NUM})\s*(?:each|apiece|a\s+piece)?",
    re.I,
)
_ASKS_TOTAL_EN = LazyPattern(r"\b(?:total|altogether|in\s+all|all\s+together|how\s+much)\b", re.I)
_HOURLY_PAY_EN = LazyPattern(
    rf"^.*?\b(?:make|earn|get|am\s+paid|get\s+paid)\s+(?P<a>{_NUM})\s+(?:an|a|per)\s+hour\b[^\d]*?"
    rf"\b(?:work|do)\s+(?P<b>{_NUM})\s+hours?\b[^\d]*$",
    re.I,
)


def quantity_expression(text: str) -> tuple[str, str | None] | None:
    """Read a proportion between quantities, or ``None`` if no rule fits.

    Args:
        text: A normalised request, e.g. "5개 묶음이 4350이면 1개에 얼마꼴이야".

    Returns:
        The expression and, when the result is in a unit of its own (hours from a
        speed), that unit; ``None`` when no rule fits.
    """
    s = text.strip()
    for pattern in (_PER_ONE_KO, _PER_ONE_EN):
        m = pattern.match(s)
        if m and "day" in m.groupdict() and m["day"] and not m["c"].startswith("일"):
            continue  # "하루" is one of a count of days only
        if m and USE_PRICE_ASKED and _OTHER_ASKED_KO.search(s, m.end("p")):
            continue  # "4개에 6000원이면 1개에 몇시간": no price asked (1,500원 was given)
        if m and float(m["n"]) != 0:
            return f"{m['p']} / {m['n']}", None
    m = _SCALE_EN.match(s)
    if m:
        return f"{m['a']} / {m['b']} * {m['c']}", None
    scaled = _scaled_ko(s)
    if scaled is not None:
        return scaled, None
    for pattern in (_TIME_FROM_SPEED_KO, _TIME_FROM_SPEED_EN, _TIME_AFTER_SPEED_EN):
        m = pattern.match(s)
        if m:
            return f"{m['a']} / {m['b']}", HOURS if re.search("[가-힣]", s) else "hours"
    m = _HOURLY_PAY_EN.match(s)
    if m:
        return f"{m['a']} * {m['b']}", None
    return _counts_at_prices(s)


def _counts_at_prices(s: str) -> tuple[str, None] | None:
    """Two or more counts at a price each, with the total asked, and no other figure."""
    pairs = list(_COUNT_AT_PRICE.finditer(s))
    if len(pairs) < 2 or not _ASKS_TOTAL_EN.search(s):
        return None
    if re.search(r"\d", _COUNT_AT_PRICE.sub(" ", s)):
        return None  # a figure the list does not explain
    return " + ".join(f"{m['n']} * {m['p']}" for m in pairs), None
