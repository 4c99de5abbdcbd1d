"""Word problems read by the roles their figures play, not by one fixed sentence.

Found by the seventh unseen set ("연비 12km/L 차로 360km 가는데 기름값 리터당 1,680원이면
주유비", "시급 10,030원 하루 6시간 주 4일 알바하면 일주일에", "32,000원에 사서 38,400원에
팔면 수익률"). Each reader looks for the words that give a figure its role (연비 before a
distance per litre, 리터당 before a price, 시급 before a wage, 주 N일 before days a week)
wherever they stand in the sentence, and builds the arithmetic from the roles.

A reader answers only when every figure of the sentence has a role: a figure left over
is something the sentence says that the reader did not understand, so it declines
(``None``) and the turn goes on to the next handler, never to a guess.

The text given is the calculator's normalised request: numerals as digits, the currency
markers taken out (the unit is known apart).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import pairwise

from tools.calculator_forms import NUMBER
from tools.trip_ways import BOTH_WAYS

__all__ = ["ASKS_IN_DIGITS", "read_word_problem"]

_FIGURE = re.compile(rf"-?{NUMBER}")

#: An expression and the unit of its value (``None``: the unit the text named).
Reading = tuple[str, str | None]


def _figures_all_used(text: str, used: list[re.Match[str]], groups: tuple[str, ...]) -> bool:
    """Whether the matched groups cover every figure of ``text`` (each once)."""
    spans = {
        m.span(g) for m in used for g in groups if g in m.re.groupindex and m.group(g) is not None
    }
    return spans == {f.span() for f in _FIGURE.finditer(text)}


# --- A return in percent from a buying and a selling price --------------------------------
_BOUGHT_SOLD_KO = re.compile(
    rf"(?P<a>{NUMBER})\s*(?:에|으로|로)\s*(?:사서|샀는데|샀다가|매수해서|매수했는데)\s*"
    rf"(?:[가-힣]+\s+)?(?P<b>{NUMBER})\s*(?:에|으로|로)\s*(?:팔면|팔았으면|팔았는데|팔았다면|매도하면)"
)
_BOUGHT_SOLD_EN = re.compile(
    rf"\bbought\s+(?:\w+\s+){{0,3}}?(?:at|for)\s+(?P<a>{NUMBER})\b.*?\bsold?\s+(?:\w+\s+){{0,3}}?"
    rf"(?:at|for)\s+(?P<b>{NUMBER})\b",
    re.I,
)
# The share asked: the return, the gain or the percent ("수익률 몇퍼", "몇 % 올랐어").
_ASKS_RETURN = re.compile(r"수익률|몇\s*(?:퍼|%|프로)|\breturn\b|\bgain\b|what\s+percent", re.I)


def _return_percent(text: str) -> Reading | None:
    bought = _BOUGHT_SOLD_KO.search(text) or _BOUGHT_SOLD_EN.search(text)
    if bought is None or not _ASKS_RETURN.search(text):
        return None
    if not _figures_all_used(text, [bought], ("a", "b")):
        return None
    return f"({bought['b']} - {bought['a']}) / {bought['a']} * 100", "%"


# --- Fuel cost: a distance over the distance a litre covers, times a litre's price -------
_MILEAGE = re.compile(
    rf"(?:연비\s*(?:가|는|이)?\s*(?P<a>{NUMBER})\s*(?:km|킬로)\s*(?:/\s*L|/\s*l|퍼\s*리터)?"
    rf"|(?P<a2>{NUMBER})\s*km\s*(?:/\s*L|per\s+lit(?:re|er)|a\s+lit(?:re|er)))",
    re.I,
)
_DISTANCE = re.compile(rf"(?P<d>{NUMBER})\s*(?:km|킬로)(?!\s*(?:/|per\b|퍼))", re.I)
_LITRE_PRICE = re.compile(
    rf"(?:리터당|1\s*리터에|L당)\s*(?P<p>{NUMBER})|(?P<p2>{NUMBER})\s*(?:per|a)\s+lit(?:re|er)\b",
    re.I,
)
_ASKS_FUEL_COST = re.compile(
    r"주유비|기름값\s*(?:이|은)?\s*(?:얼마|총)|fuel\s+cost|cost\s+in\s+fuel"
    # "how much for fuel", "how much on gas": the cost asked with a preposition.
    r"|how\s+much\s+(?:for|on|in)\s+(?:fuel|gas|petrol)",
    re.I,
)


# A trip both ways doubles the distance, which this reader does not count: it declines.
_BOTH_WAYS = re.compile(BOTH_WAYS, re.I)


def _fuel_cost(text: str) -> Reading | None:
    if _BOTH_WAYS.search(text):
        return None
    mileage = _MILEAGE.search(text)
    price = _LITRE_PRICE.search(text)
    if mileage is None or price is None or not _ASKS_FUEL_COST.search(text):
        return None
    distances = [d for d in _DISTANCE.finditer(text) if d.start() != mileage.start()]
    distances = [d for d in distances if not mileage.start() <= d.start() < mileage.end()]
    if len(distances) != 1:
        return None
    if not _figures_all_used(text, [mileage, price, distances[0]], ("a", "a2", "p", "p2", "d")):
        return None
    per_litre = mileage["a"] or mileage["a2"]
    return f"{distances[0]['d']} / {per_litre} * {price['p'] or price['p2']}", None


# --- So much a day, so many days a week: a week's wage or a week's commute --------------
_HOURLY = re.compile(
    rf"(?:시급|시간당)\s*(?P<w>{NUMBER})|(?P<w2>{NUMBER})\s*(?:an|per)\s+hour", re.I
)
_HOURS_A_DAY = re.compile(
    rf"(?:하루(?:에)?|1일)\s*(?P<h>{NUMBER})\s*시간|(?P<h2>{NUMBER})\s*hours?\s+(?:a|per)\s+day",
    re.I,
)
_ONE_WAY = re.compile(rf"편도\s*(?:로|가|는)?\s*(?P<t>{NUMBER})\s*(?P<u>분|시간)")
_ROUND_TRIP = re.compile(r"왕복")
_DAYS_A_WEEK = re.compile(
    rf"(?:주|일주일에|1주일에|한\s*주에)\s*(?P<n>{NUMBER})\s*(?:일|번|회)(?:제)?"
    rf"|(?P<n2>{NUMBER})\s*days?\s+(?:a|per)\s+week",
    re.I,
)
_ASKS_A_WEEK = re.compile(r"일주일|1주일|한\s*주|주에|주급|a\s+week|per\s+week|weekly", re.I)


# "주5일 4주 일하면", "5 days a week for 4 weeks": the weeks worked, after the days a week.
_WEEKS_WORKED = re.compile(
    rf"(?<![\d.,])(?P<k>{NUMBER})\s*주(?:\s*(?:동안|간))?(?![\d가-힣]*일)"
    rf"|\bfor\s+(?P<k2>{NUMBER})\s+weeks?\b",
    re.I,
)


def _weekly(text: str) -> Reading | None:
    days = _DAYS_A_WEEK.search(text)
    if days is None:
        return None
    # With a number of weeks worked, the wage is for those weeks; without, for one week
    # and only when a week is what the question asks.
    weeks = _WEEKS_WORKED.search(text, days.end())
    if weeks is None and not _ASKS_A_WEEK.search(text[days.end() :]):
        return None
    n = days["n"] or days["n2"]
    wage, hours = _HOURLY.search(text), _HOURS_A_DAY.search(text)
    if wage is not None and hours is not None:
        used = [wage, hours, days, *([weeks] if weeks else [])]
        groups = ("w", "w2", "h", "h2", "n", "n2", "k", "k2")
        if not _figures_all_used(text, used, groups):
            return None
        times = f" * {weeks['k'] or weeks['k2']}" if weeks else ""
        return f"{wage['w'] or wage['w2']} * {hours['h'] or hours['h2']} * {n}{times}", None
    if weeks is not None:
        return None  # a commute over weeks: not a form read here
    trip = _ONE_WAY.search(text)
    if trip is None or wage is not None or hours is not None:
        return None
    if not _ROUND_TRIP.search(text) or not _figures_all_used(text, [trip, days], ("t", "n")):
        return None
    minutes = f"{trip['t']} * 60" if trip["u"] == "시간" else trip["t"]
    return f"{minutes} * 2 * {n}", "min"


# --- One person's share taken off, the rest split among the others ----------------------
_SHARE_THEN_REST = re.compile(
    rf"(?P<a>{NUMBER})\b[^\d%]*?\b(?:i|we)\s+(?:cover|pay|take)\s+(?P<p>{NUMBER})\s*%"
    rf"[^\d]*?\b(?P<n>{NUMBER})\s+(?:friends|others|people|of\s+them)\s+split\s+the\s+rest\b",
    re.I,
)
_SHARE_THEN_REST_KO = re.compile(
    rf"(?P<a>{NUMBER})\s*(?:인데|이고|,)?\s*(?:내가|제가)\s*(?P<p>{NUMBER})\s*%\s*(?:내고|부담하고|내면)"
    rf"\s*(?:나머지(?:를)?\s*)?(?P<n>{NUMBER})\s*명이(?:서)?\s*(?:나머지(?:를)?\s*)?"
    r"(?:나눠\s*내면|나누면|엔빵하면|n빵하면|반반)"
)


def _share_then_rest(text: str) -> Reading | None:
    split = _SHARE_THEN_REST.search(text) or _SHARE_THEN_REST_KO.search(text)
    if split is None or not _figures_all_used(text, [split], ("a", "p", "n")):
        return None
    return f"{split['a']} * (100 - {split['p']}) / 100 / {split['n']}", None


# --- Items at a price each, other amounts, split among so many people -------------------
# "2판 1판에 23900" or "1판에 23900 2판": a count of items and the price of one of them.
_COUNT_AND_PRICE = re.compile(
    rf"(?P<c>{NUMBER})\s*(?P<u>[가-힣]{{1,2}})\s*,?\s*(?P<one>1)\s*(?P=u)\s*(?:에|당)\s*(?P<p>{NUMBER})"
    rf"|(?P<one2>1)\s*(?P<u2>[가-힣]{{1,2}})\s*(?:에|당)\s*(?P<p2>{NUMBER})\s*(?:인데|이고|,)?\s*(?P<c2>{NUMBER})\s*(?P=u2)"
)
# "콜라 3000": another amount, named by a word before it.
_NAMED_AMOUNT = re.compile(
    rf"(?<![\d가-힣])[가-힣A-Za-z]{{1,6}}\s+(?P<x>{NUMBER})(?=\s|$|이고|이랑|랑|,)"
)
_SPLIT_AMONG = re.compile(
    rf"(?P<n>{NUMBER})\s*명(?:이서|이|서)?\s*(?:엔빵|n빵|나눠\s*내면|나누면|똑같이\s*나누면|더치)"
)


# An amount taken off ("할인 3000", "쿠폰"): the extras here are only ever added, so a
# sentence that takes something off is declined rather than read as a sum.
_TAKES_OFF = re.compile(r"할인|쿠폰|빼|뺀|차감|제외|적립|포인트|환불|discount|coupon|\boff\b", re.I)


def _items_split(text: str) -> Reading | None:
    if _TAKES_OFF.search(text):
        return None
    items = _COUNT_AND_PRICE.search(text)
    split = _SPLIT_AMONG.search(text)
    if items is None or split is None:
        return None
    rest = text[: items.start()] + " " * (items.end() - items.start()) + text[items.end() :]
    extras = [m for m in _NAMED_AMOUNT.finditer(rest) if m.start("x") < split.start()]
    used = [items, split, *extras]
    if not _figures_all_used(text, used, ("c", "p", "c2", "p2", "n", "x", "one", "one2")):
        return None
    count, price = items["c"] or items["c2"], items["p"] or items["p2"]
    total = " + ".join([f"{count} * {price}", *(m["x"] for m in extras)])
    return f"({total}) / {split['n']}", None


# "3 pizzas at 18.50 each plus 4.50 delivery split between 4 ppl": the same, in English.
_EN_COUNT_AT_EACH = re.compile(
    rf"(?<![\d.])(?P<c>{NUMBER})\s+[a-z]+\s+(?:at|for)\s+\$?(?P<p>{NUMBER})\s+(?:each|apiece|a\s+piece)\b",
    re.I,
)
_EN_PLUS = re.compile(rf"(?:\bplus|\band|\+)\s+(?:a\s+)?\$?(?P<x>{NUMBER})(?!\s*%)", re.I)
_EN_SPLIT = re.compile(
    rf"\bsplit\s+(?:it\s+)?(?:between|among|by)\s+(?P<n>{NUMBER})\s*(?:people|ppl|persons|friends|ways|of\s+us)?\b",
    re.I,
)


def _items_split_en(text: str) -> Reading | None:
    if _TAKES_OFF.search(text):
        return None
    items = _EN_COUNT_AT_EACH.search(text)
    split = _EN_SPLIT.search(text)
    if items is None or split is None or split.start() < items.end():
        return None
    extras = list(_EN_PLUS.finditer(text, items.end(), split.start()))
    if not _figures_all_used(text, [items, split, *extras], ("c", "p", "n", "x")):
        return None
    total = " + ".join([f"{items['c']} * {items['p']}", *(m["x"] for m in extras)])
    return f"({total}) / {split['n']}", None


# --- The mean of a run of figures sharing one unit word ---------------------------------
# "3도 5도 -2도 0도 4도 ... 평균": figures written one after another, each with the same
# unit word (a negative figure too), then the average asked.
_UNIT_FIGURE = re.compile(
    rf"(?P<v>-?{NUMBER})\s*(?P<u>도|점|kg|분|시간|개|명|회|cm|km)(?![가-힣A-Za-z])"
)
_ASKS_MEAN = re.compile(r"평균|\baverage\b|\bmean\b", re.I)


# "시험 점수 85 92 78 이면 평균": bare figures, one after another, are the run too.
_BARE_FIGURE = re.compile(rf"(?<![\d.])(?P<v>-?{NUMBER})(?P<u>)(?![\d.가-힣A-Za-z%])")


def _mean_of_run(text: str) -> Reading | None:
    asked = _ASKS_MEAN.search(text)
    if asked is None:
        return None
    run = list(_UNIT_FIGURE.finditer(text, 0, asked.start()))
    if not run:
        run = list(_BARE_FIGURE.finditer(text, 0, asked.start()))
    if len(run) < 3 or len({m["u"] for m in run}) != 1:
        return None
    # Only spaces and commas between the figures: one run, not figures of several roles.
    if any(text[a.end() : b.start()].strip(" ,") for a, b in pairwise(run)):
        return None
    if not _figures_all_used(text, run, ("v",)):
        return None
    return f"({' + '.join(m['v'] for m in run)}) / {len(run)}", None


# "3억 5천만원 숫자로 쓰면": the one figure, written out in digits (the numerals are
# already digits here, so the figure is its own answer).
_IN_DIGITS = re.compile(
    rf"^(?P<v>{NUMBER})\s*(?:을|를|은|는|이|가)?\s*(?:숫자로|아라비아\s*숫자로)\s*"
    r"(?:쓰면|적으면|바꾸면|하면|표현하면|나타내면|써\s*줘|써\s*주세요)\s*(?:몇)?$"
)


#: A request to write a figure in digits: a bare number is its answer.
ASKS_IN_DIGITS = re.compile(
    r"(?:아라비아\s*)?숫자로\s*(?:쓰면|적으면|바꾸면|하면|표현하면|나타내면|써)"
)


def _in_digits(text: str) -> Reading | None:
    figure = _IN_DIGITS.match(text.strip())
    return None if figure is None else (figure["v"], None)


# --- A running pace: the time over the distance, in minutes per unit of distance --------
# "ran 5 km in 27 min 30 sec, whats my pace": the distance unit is already taken out of
# the text (the calculator knows it apart), the pace asked per it.
_RAN = re.compile(
    rf"\b(?:ran|run|jogged|walked|did|covered)\s+(?:a\s+)?(?P<d>{NUMBER})\s*(?:k\b)?\s*(?:in|with)\s+"
    rf"(?:(?P<h>{NUMBER})\s*(?:h|hrs?|hours?)\s*(?:and\s+)?)?(?P<m>{NUMBER})\s*(?:min|mins|minutes?)"
    rf"(?:\s*(?:and\s+)?(?P<s>{NUMBER})\s*(?:s|sec|secs|seconds?))?\b",
    re.I,
)
_ASKS_PACE = re.compile(r"\bpace\b|minutes?\s+per\s+(?:km|kilomet|mile)|min\s*/\s*(?:km|mi)", re.I)


def _pace(text: str) -> Reading | None:
    ran = _RAN.search(text)
    if ran is None or not _ASKS_PACE.search(text[ran.end() :]):
        return None
    if not _figures_all_used(text, [ran], ("d", "h", "m", "s")):
        return None
    parts = [f"{ran['h']} * 60"] if ran["h"] else []
    parts += [ran["m"], *([f"{ran['s']} / 60"] if ran["s"] else [])]
    return f"({' + '.join(parts)}) / {ran['d']}", "min"


_READERS: tuple[Callable[[str], Reading | None], ...] = (
    _return_percent,
    _fuel_cost,
    _weekly,
    _share_then_rest,
    _items_split,
    _items_split_en,
    _mean_of_run,
    _in_digits,
    _pace,
)


def read_word_problem(text: str, unit: str | None = None) -> Reading | None:
    """The arithmetic of a word problem whose every figure has a role, or ``None``.

    Args:
        text: The normalised request ("32000에 사서 38400에 팔면 수익률 몇퍼임").
        unit: The unit the calculator took out of the text (a pace is asked per the
            distance's own unit only: "per mile" after kilometres is declined).

    Returns:
        The expression and the unit its value is in (``None`` for the unit the text
        named), or ``None`` when no reader accounts for every figure.
    """
    per = re.search(r"per\s+(km|kilomet|mi)", text, re.I)
    if per is not None and unit in ("km", "mi") and per[1].lower()[:2] != unit:
        return None
    for reader in _READERS:
        reading = reader(text)
        if reading is not None:
            return reading
    return None
