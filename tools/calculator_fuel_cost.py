"""The fuel cost of a trip: the distance over the distance a unit of fuel goes, at its price.

Blind set 32: "서울 부산 왕복 800km 연비 리터당 12km 휘발유 1650원이면 기름값 얼마" and "road
trip is 420 miles, my car gets 28 mpg and gas is 3.60 a gallon, what's the fuel cost" went to
the cloud: the calculator knew the fuel a distance takes ("how many litres for a 300 km
trip"), not its cost. With exactly a distance, a fuel economy and a price per unit of fuel
(and no other figure), the cost is distance x price / economy; the units must agree (km with
km per litre and a price per litre, miles with mpg and a price per gallon), else nothing is
read. A one-way distance with a round trip asked, or the reverse, is not guessed.
"""

from __future__ import annotations

import re

from tools.korean_numbers import normalize_numerals
from tools.trip_ways import ONE_WAY

__all__ = ["fuel_cost_expression", "fuel_figures", "fuel_litres_ko"]

_N = r"\d+(?:\.\d+)?"
# "연비 리터당 12km", "연비 12km/L", "리터당 12km 가는 차", "연비 16km짜리".
_ECONOMY_KO = re.compile(
    rf"(?:연비\s*(?:가|는|이)?\s*(?:리터당|1\s*리터에|L당|ℓ당)?\s*(?P<a>{_N})\s*(?:km|키로|킬로)"
    rf"(?:\s*/\s*(?:L|ℓ|리터))?|(?:리터당|1\s*리터에|L당)\s*(?P<b>{_N})\s*(?:km|키로|킬로))",
    re.IGNORECASE,
)
# "휘발유 1650원", "기름값 리터당 1,650원", "경유 1리터에 1500원".
_PRICE_KO = re.compile(
    rf"(?:(?:휘발유|경유|기름|기름값|유가|LPG|가스)\s*(?:가|는|이|값|값이)?\s*"
    # ("리터당 1650원이면 기름값도", set 50: the price per litre said without the fuel's name.)
    rf"(?:리터당|1\s*리터에|L당)?|리터당|1\s*리터에|L당)\s*(?P<p>{_N})\s*원",
    re.IGNORECASE,
)
_DISTANCE_KO = re.compile(rf"(?P<d>{_N})\s*(?:km|키로|킬로)(?!\s*(?:/|짜리|당))", re.IGNORECASE)
_ASKS_KO = re.compile(r"기름\s*값|주유비|유류비|연료비|기름\s*얼마|기름\s*(?:이|은)?\s*얼마")
# "28 mpg", "gets 28 miles per gallon", "28 miles to the gallon".
_ECONOMY_EN = re.compile(
    rf"(?P<a>{_N})\s*(?:mpg\b|miles?\s+(?:per|a|to\s+the)\s+gallon\b)", re.IGNORECASE
)
_PRICE_EN = re.compile(
    rf"(?:gas|fuel|petrol|diesel)\s+(?:is|costs?|at|runs?|went\s+up\s+to|is\s+at)?\s*\$?"
    rf"(?P<p>{_N})\s*(?:dollars?\s+)?(?:a|per|/)\s*gal(?:lon)?\b",
    re.IGNORECASE,
)
_DISTANCE_EN = re.compile(rf"(?P<d>{_N})\s*(?:miles?|mi)\b(?!\s+(?:per|a|to\s+the)\s+gallon)", re.I)
_ASKS_EN = re.compile(
    r"\b(?:fuel|gas|petrol)\s+(?:cost|bill|money|budget)\b|\bcost\s+(?:me\s+)?in\s+(?:gas|fuel)\b"
    r"|\bspend\s+on\s+(?:gas|fuel)\b|\bhow\s+much\s+(?:for|in|on)\s+(?:gas|fuel)\b",
    re.IGNORECASE,
)
# "There and back" too: the distance may be one leg or both, so the cost is not read.
_ONE_WAY = re.compile(rf"{ONE_WAY}|there\s+and\s+back", re.IGNORECASE)
_FIGURE = re.compile(rf"(?<![\d.]){_N}")


def _roles(
    text: str,
    economy: re.Pattern[str],
    price: re.Pattern[str],
    distance: re.Pattern[str],
) -> dict[str, re.Match[str]] | None:
    economies = list(economy.finditer(text))
    prices = list(price.finditer(text))
    if len(economies) != 1 or len(prices) != 1:
        return None
    taken = [economies[0].span(), prices[0].span()]
    distances = [
        m for m in distance.finditer(text) if not any(a <= m.start() < b for a, b in taken)
    ]
    if len(distances) != 1:
        return None
    figures = {m.start() for m in _FIGURE.finditer(text)}
    used = {
        economies[0].start("a") if economies[0]["a"] else economies[0].start("b"),
        prices[0].start("p"),
        distances[0].start("d"),
    }
    if figures != used:
        return None  # another figure (a count of cars, a toll): not this form alone
    return {"economy": economies[0], "price": prices[0], "distance": distances[0]}


def fuel_figures(text: str) -> tuple[str, dict[str, re.Match[str]]] | None:
    """The question as read and its three figures' matches (economy, price, distance).

    Args:
        text: The question as asked.
    """
    s = normalize_numerals(text).replace(",", "")
    if _ONE_WAY.search(s):
        return None
    if _ASKS_KO.search(s):
        roles = _roles(s, _ECONOMY_KO, _PRICE_KO, _DISTANCE_KO)
    elif _ASKS_EN.search(s):
        roles = _roles(s, _ECONOMY_EN, _PRICE_EN, _DISTANCE_EN)
    else:
        return None
    return None if roles is None else (s, roles)


def fuel_cost_expression(text: str) -> tuple[str, str | None] | None:
    """``("800 * 1650 / 12", "원")`` for a trip's fuel cost, or ``None``.

    Args:
        text: The question as asked.

    Returns:
        The expression (distance x price / economy, so a whole cost stays whole) and the
        currency ("원", "$" or ``None`` for a bare figure).
    """
    found = fuel_figures(text)
    if found is None:
        return None
    s, roles = found
    economy = roles["economy"]
    per = economy["a"] or economy["b"]
    unit = "원" if "원" in roles["price"].group(0) else "$" if "$" in s else None
    return f"{roles['distance']['d']} * {roles['price']['p']} / {per}", unit


# "기름 몇리터 먹어", "몇 리터 들어": the fuel itself asked, in litres ("기름 얼마" is its cost).
_ASKS_LITRES_KO = re.compile(r"몇\s*(?:리터|L|ℓ)", re.IGNORECASE)


def fuel_litres_ko(text: str) -> tuple[str, str] | None:
    """``("390 / 13", "L")`` for the litres a trip takes at a 연비, or ``None``.

    Set 46: "연비 13키로짜리 차로 390키로 가면 기름 몇리터 먹어" went to a model; the cost
    reader above wants a price. Read only with exactly a 연비 and one distance (the same
    roles as the cost, no other figure), the litres asked, and no trip said one way (a
    round trip over a one-way distance is not guessed).

    Args:
        text: The question as asked.
    """
    s = normalize_numerals(text).replace(",", "")
    if _ONE_WAY.search(s) or not _ASKS_LITRES_KO.search(s) or _ASKS_KO.search(s):
        return None
    economies = list(_ECONOMY_KO.finditer(s))
    if len(economies) != 1:
        return None
    distances = [m for m in _DISTANCE_KO.finditer(s) if m.start() >= economies[0].end()]
    distances += [m for m in _DISTANCE_KO.finditer(s) if m.end() <= economies[0].start()]
    if len(distances) != 1:
        return None
    per = economies[0]["a"] or economies[0]["b"]
    figures = {m.start() for m in _FIGURE.finditer(s)}
    if figures != {economies[0].start("a" if economies[0]["a"] else "b"), distances[0].start()}:
        return None  # another figure (a price, a second leg): not this form alone
    if float(per) == 0:
        return None
    return f"{distances[0]['d']} / {per}", "L"
