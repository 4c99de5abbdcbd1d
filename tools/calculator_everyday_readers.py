"""More word problems read by the roles of their figures: a bill less coupons and points,
a total paid for several things, a yearly amount per month, fuel economy, an age later.

Found by the eleventh unseen set ("35,000원짜리 셔츠 2벌 사고 5천원 쿠폰 쓰면", "42,000원짜리에
10% 쿠폰 먼저 적용하고 적립금 3,500원 쓰면", "paid 23,400 won for 3 coffees how much was
each", "yearly salary is 48,000,000 won whats that per month", "기름 40리터 넣고 520km
달렸으면 연비", "제 나이 서른둘인데 10년 후엔 몇살"). Like ``tools.calculator_word_reader``,
a reader answers only when every figure of the sentence has a role; a figure left over
means the sentence says something the reader did not understand, and it declines.

The text given is the calculator's normalised request (numerals as digits, currency
markers taken out); ``original`` is the request as asked, for words the calculator's
tail trimming takes off ("each").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from tools.calculator_bundle_free import bundle_free_en, bundle_free_total
from tools.calculator_cheapest_free import cheapest_free_total
from tools.calculator_cups_by_weight import cups_by_weight
from tools.calculator_describing_figures import size_before_price
from tools.calculator_each_plus_per_thing_en import each_plus_per_thing
from tools.calculator_forms import NUMBER
from tools.calculator_gap_to_target_64m import gap_to_target
from tools.calculator_list_less_coupon import list_less_coupon
from tools.calculator_nth_free import nth_free_total
from tools.calculator_paint_coverage import paint_litres
from tools.calculator_pass_saving_en import pass_saving
from tools.calculator_per_head_ticket import per_head_ticket_total
from tools.calculator_readers_49b import READERS_49B
from tools.calculator_rental_deposit import rental_paid_up_front
from tools.calculator_span_price_per_month import span_price_per_month
from tools.calculator_split_by_size import share_by_size
from tools.calculator_tiered_rates import tiered_bill
from tools.calculator_tiles_for_area import tiles_for_area
from tools.calculator_weighted_average import weighted_average
from tools.price_total import price_total

__all__ = ["FUEL_ECONOMY_UNIT", "read_everyday_problem"]

_FIGURE = re.compile(rf"-?{NUMBER}")
Reading = tuple[str, str | None]
#: The unit a fuel economy is given in (shown to two decimals, as a car's display does).
FUEL_ECONOMY_UNIT = "km/L"


def _all_figures(text: str, spans: list[tuple[int, int]]) -> bool:
    """Whether ``spans`` are exactly the figures of ``text`` (each used once)."""
    return sorted(spans) == [f.span() for f in _FIGURE.finditer(text)]


# --- A price (times a count) less coupons and points, in the order they are used -------------
_PRICE = re.compile(
    rf"(?P<p>{NUMBER})\s*짜리(?:에|를|을)?\s*(?:[가-힣A-Za-z]+\s+){{0,2}}?"
    rf"(?P<c>{NUMBER})\s*(?:벌|개|켤레|권|병|장|잔|판|마리|세트|박스|인분)\s*"
    r"(?:사고|사서|샀는데|사면|구매하고|주문하고)?"
)
# "42,000원짜리에 10% 쿠폰": one thing, no count.
_ONE_PRICE = re.compile(rf"(?P<p>{NUMBER})\s*짜리(?:에|를|을)?(?P<c>)")
_DEDUCTION = re.compile(
    rf"(?P<pct>{NUMBER})\s*%\s*(?:할인\s*)?(?:쿠폰|할인)"
    rf"|(?P<amt>{NUMBER})\s*(?:짜리\s*)?(?:할인\s*)?쿠폰"
    rf"|(?:적립금|포인트|마일리지)\s*(?P<pts>{NUMBER})"
    rf"|(?P<pts2>{NUMBER})\s*(?:포인트|적립금)"
)
# The deductions used ("쓰면", "적용하고", "사용하면"): a coupon only held is not spent.
_USED = re.compile(r"쓰면|써서|쓰고|쓴다면|적용하면|적용하고|적용해서|사용하면|사용하고|차감하면")


def _less_deductions(text: str) -> Reading | None:
    price = _PRICE.search(text) or _ONE_PRICE.search(text)
    if price is None or not _USED.search(text, price.end()):
        return None
    deductions = list(_DEDUCTION.finditer(text, price.end()))
    if not deductions:
        return None
    spans = [price.span("p"), *([price.span("c")] if price["c"] else [])]
    expression = f"{price['p']} * {price['c']}" if price["c"] else price["p"]
    took_amount = False
    for d in deductions:
        if d["pct"]:
            if took_amount:
                # A percent after an amount off: which is taken first is not said.
                return None
            expression = f"({expression}) * (1 - {d['pct']} / 100)"
            spans.append(d.span("pct"))
            continue
        group = "amt" if d["amt"] else "pts" if d["pts"] else "pts2"
        expression = f"{expression} - {d[group]}"
        spans.append(d.span(group))
        took_amount = True
    return (expression, None) if _all_figures(text, spans) else None


# --- A total paid for several things, asked for one ------------------------------------------
_PAID_FOR = re.compile(
    rf"\b(?:paid|spent|cost\s+me)\s+(?P<t>{NUMBER})\s+(?:for|on)\s+(?P<n>{NUMBER})\s+[a-z]+\b",
    re.IGNORECASE,
)
_ASKS_EACH = re.compile(
    r"\bhow\s+much\s+(?:was|is|did|does|were)\s+(?:each|one|it\s+each|it\s+per\s+\w+|a\s+\w+)\b"
    r"|\bper\s+(?:item|piece|one|cup)\b",
    re.IGNORECASE,
)


def _each_of_total(text: str, original: str) -> Reading | None:
    paid = _PAID_FOR.search(text)
    if paid is None or not _ASKS_EACH.search(original):
        return None
    if not _all_figures(text, [paid.span("t"), paid.span("n")]):
        return None
    return f"{paid['t']} / {paid['n']}", None


# --- A yearly amount asked per month, a monthly one per year ---------------------------------
_YEARLY = re.compile(
    rf"\b(?:yearly|annual)\s+(?:salary|income|pay|rent|fee)\s+(?:is|was|of)\s+(?P<a>{NUMBER})\b"
    rf"|연봉\s*(?:이|은|가)?\s*(?P<ko>{NUMBER})",
    re.IGNORECASE,
)
_ASKS_MONTHLY = re.compile(
    r"\bper\s+month\b|\ba\s+month\b|\beach\s+month\b|\bmonthly\b|한\s*달에|월\s*얼마|매달|월급으로"
    r"|한\s*달\s*(?:세전\s*)?(?:월급|급여)",  # "한달 세전 월급 얼마임" (set 46; 세후 is no share)
    re.IGNORECASE,
)


def _yearly_per_month(text: str, original: str) -> Reading | None:
    yearly = _YEARLY.search(text)
    if yearly is None or not _ASKS_MONTHLY.search(original, yearly.end()):
        return None
    group = "a" if yearly["a"] else "ko"
    return (f"{yearly[group]} / 12", None) if _all_figures(text, [yearly.span(group)]) else None


# --- Fuel economy: the distance over the fuel ------------------------------------------------
_FUEL_THEN_DISTANCE = re.compile(
    rf"(?P<l>{NUMBER})\s*(?:리터|L|l)\s*(?:넣고|넣어서|넣었는데|채우고|써서|쓰고|썼는데|로|으로)\s*"
    rf"(?P<d>{NUMBER})\s*(?:km|킬로미터|킬로)\s*(?:달렸|갔|주행|탔|왔)"
    rf"|\b(?:used|burned|put\s+in)\s+(?P<l2>{NUMBER})\s*(?:litres?|liters?|l)\b.{{0,20}}?"
    rf"\b(?:drove|driving|went|for|to\s+drive)\s+(?P<d2>{NUMBER})\s*(?:km|kilomet(?:er|re)s?)\b",
    re.IGNORECASE,
)
_ASKS_ECONOMY = re.compile(
    r"연비|fuel\s+(?:economy|efficiency)|\bkm\s*(?:/|per)\s*(?:l|litre|liter)\b", re.I
)


def _fuel_economy(text: str, original: str) -> Reading | None:
    trip = _FUEL_THEN_DISTANCE.search(text)
    if trip is None or not _ASKS_ECONOMY.search(original, trip.end()):
        return None
    fuel, distance = ("l", "d") if trip["l"] else ("l2", "d2")
    if not _all_figures(text, [trip.span(fuel), trip.span(distance)]):
        return None
    return f"{trip[distance]} / {trip[fuel]}", FUEL_ECONOMY_UNIT


# --- An age some years later or earlier ------------------------------------------------------
_AGE_LATER_KO = re.compile(
    rf"(?:나이(?:가|는)?\s*(?P<a>{NUMBER})\s*(?:살|세)?|(?P<a2>{NUMBER})\s*(?:살|세))\s*"
    r"(?:인데|이고|이면|이니까|이에요|예요|입니다)?[,.]?\s*"
    rf"(?P<y>{NUMBER})\s*년\s*(?:(?P<later>후|뒤|있으면|지나면)|(?P<earlier>전))"
    r"\S*\s*몇\s*(?:살|세)"
)
_AGE_LATER_EN = re.compile(
    rf"\bi'?m\s+(?P<a>{NUMBER})(?:\s+years?\s+old)?\b.{{0,12}}?\bhow\s+old\s+(?:will|would|was)\s+i\s+be\b"
    rf"\s+in\s+(?P<y>{NUMBER})\s+years\b",
    re.IGNORECASE,
)


def _age_later(text: str, original: str) -> Reading | None:
    del original
    ko = _AGE_LATER_KO.search(text)
    if ko is not None:
        age = "a" if ko["a"] else "a2"
        if not _all_figures(text, [ko.span(age), ko.span("y")]):
            return None
        return f"{ko[age]} {'-' if ko['earlier'] else '+'} {ko['y']}", None
    en = _AGE_LATER_EN.search(text)
    if en is None or not _all_figures(text, [en.span("a"), en.span("y")]):
        return None
    return f"{en['a']} + {en['y']}", None


_READERS: tuple[Callable[[str, str], Reading | None], ...] = (
    # "최소주문 25,000원인데 지금 23,500원 담았으면 얼마 더 담아야돼": the target less what one has.
    lambda _text, original: gap_to_target(original),
    lambda text, _original: _less_deductions(text),
    _each_of_total,
    _yearly_per_month,
    span_price_per_month,  # "헬스장 3개월 18만원이면 한달에 얼마꼴": 180000 / 3
    _fuel_economy,
    _age_later,
    # "마라탕 2인분 3만2천원 꿔바로우 만8천원 시키고 5천원 쿠폰 쓰면": a bill's lines less a coupon.
    lambda _text, original: list_less_coupon(original),
    # "2 and a half cups of sugar in grams if a cup weighs 200g": the count times that.
    lambda _text, original: cups_by_weight(original),
    # "반찬 하나 4천원인데 3+1이래 8개 사면": two full bundles, 2 of the 8 free.
    lambda text, original: bundle_free_total(original) or bundle_free_en(text),
    # "every 10th one is free, I'll buy 20", "스탬프 10개 찍으면 한잔 공짜": a paid cycle, one free.
    lambda _text, original: nth_free_total(original),
    # "벽 36㎡를 두번 칠하는데 1L로 9㎡": area x coats / area a litre covers.
    lambda _text, original: paint_litres(original),
    # "3학점 A+(4.5) 3학점 B+(3.5) …이면 평점", "homework is 20% and I got 88, …": weighted.
    lambda _text, original: weighted_average(original),
    # "rent is 2,100 … rooms are 15, 12 and 9 m2, split by room size … the 12 one".
    lambda _text, original: share_by_size(original),
    # "3 pizzas at 14.99, 11.49 and 16.50, the cheapest one is free": the sum less the lowest.
    lambda _text, original: cheapest_free_total(original),
    # "floor is 3.2m x 4.5m … tiles are 50cm square … with 10% extra": whole tiles.
    lambda _text, original: tiles_for_area(original),
    # "a weekly pass is 34.50 and a monthly is 121.75, over 4 weeks how much do I save".
    lambda _text, original: pass_saving(original),
    # "고양이 모래 10L 만2천원짜리 3개": the size names the product, the rest is read (set 36).
    lambda _text, original: size_before_price(original),
    # Last: a rate times counts, fees and a share, where no form above read the sentence.
    lambda _text, original: price_total(original),
    # "35 a day with a 200 refundable deposit, 4 days, what do I pay up front": hire + deposit.
    lambda _text, original: rental_paid_up_front(original),
    # "200kWh까지는 kWh당 120원 그 다음 400까지는 215원 … 350kWh": each tier its own use.
    lambda _text, original: tiered_bill(original),
    # "리프트권 하루 7만원인데 둘이서 이틀": a ticket each person pays, x heads x uses.
    lambda _text, original: per_head_ticket_total(original),
    # "tires are 129 each plus 25 a tire for fitting, I need 4": (129 + 25) * 4.
    lambda _text, original: each_plus_per_thing(original),
    # Sets 30 to 37 (opens49b).
    *READERS_49B,
)


def read_everyday_problem(text: str, original: str) -> Reading | None:
    """The arithmetic of an everyday word problem whose every figure has a role, or ``None``.

    Args:
        text: The normalised request ("35000짜리 셔츠 2벌 사고 5000 쿠폰 쓰면").
        original: The request as asked, for the words asked that trimming took off.

    Returns:
        The expression and the unit its value is in (``None`` for the unit the text
        named), or ``None`` when no reader accounts for every figure.
    """
    for reader in _READERS:
        reading = reader(text, original)
        if reading is not None:
            return reading
    return None
