"""A ticket or fare priced per person for one use, bought by a group for several uses.

Set 30: "스키장 리프트권 하루 7만원인데 둘이서 이틀 타면 얼마", "고속버스 편도 23,000원인데 두 명
왕복이면 얼마" and "ski lessons are 85 per person per lesson, 3 of us taking 2 lessons each"
went to the cloud: a head count with no share asked is declined by the price reader, since a
price may be the group's (a room, a lane) or each person's. Here the price says it is each
person's: a ticket or pass (리프트권, 이용권, 입장권), a fare one way or both ways (편도, 왕복)
of a means of transport, or a price said "1인"/"인당"/"per person". Then the group pays the
price times the heads times the uses: 70,000 x 2 x 2 = 280,000원; a one-way fare both ways is
two uses (23,000 x 2 x 2 = 92,000원); 85 x 3 x 2 = 510.

Read only when every figure is the price, the heads or the count of uses in the price's own
unit, and no share is asked; a price of a room or a table ("펜션 1박 18만원 … 둘이서") says
no person and declines.
"""

from __future__ import annotations

import re

from tools.korean_numbers import normalize_numerals

__all__ = ["per_head_ticket_total"]

_N = r"\d+(?:\.\d+)?"
# The unit one price buys, and the words counting that unit.
_USE_KO = {
    "하루": r"일|days?",
    "1일": r"일",
    "1박": r"박",
    "1회": r"회|번",
    "한번": r"회|번",
    "1시간": r"시간",
    "한시간": r"시간",
    "편도": r"번",
}
_NATIVE_DAYS = {"이틀": "2", "사흘": "3", "나흘": "4", "닷새": "5", "엿새": "6"}
# What makes a price each person's: a ticket, a fare of a means of transport, a word saying so.
_PERSONS_KO = re.compile(
    r"[가-힣]*(?:권|티켓)\s*$|(?:버스|기차|KTX|SRT|열차|비행기|항공|배|페리|케이블카|곤돌라)\s*$",
    re.I,
)
_PRICE_KO = re.compile(
    rf"(?P<use>하루|1일|1박|1회|한\s*번|1시간|한\s*시간|편도)\s*(?P<who>1인|인당|1명당?)?\s*"
    rf"(?P<r>{_N})\s*원"
)
_HEADS_KO = re.compile(rf"(?<![\d.])(?P<h>{_N})\s*명(?:이서|이|서|이면|이서요)?(?![가-힣]*당)")
_SHARE = re.compile(
    r"나눠|나누|인당\s*얼마|각자|1인당\s*얼마|명당\s*얼마|\bsplit\b|\beach\s+pay", re.I
)
_ASKS = re.compile(r"얼마|\bhow\s+much\b|\bwhat'?s\s+that\b|\btotal\b|\bcost\b", re.I)
_FIGURE = re.compile(rf"(?<![\d.]){_N}")

_EN = re.compile(
    rf"(?<![\d.])(?P<r>{_N})\s+(?:per|a)\s+(?:person|head)\s+(?:per|a)\s+(?P<use>lesson|class|ride"
    rf"|session|day|game|round)\b.*?\b(?P<h>{_N})\s+of\s+us\b.*?\b(?P<c>{_N})\s+(?P=use)(?:e?s)?"
    r"\s+(?:each|apiece)\b",
    re.I,
)


def _korean(text: str) -> tuple[str, str | None] | None:
    s = normalize_numerals(text).replace(",", "")
    for word, digit in _NATIVE_DAYS.items():
        s = re.sub(rf"(?<![가-힣]){word}(?![가-힣])", f"{digit}일", s)
    prices = list(_PRICE_KO.finditer(s))
    if len(prices) != 1:
        return None
    price = prices[0]
    use = re.sub(r"\s+", "", price["use"])
    if price["who"] is None and not _PERSONS_KO.search(s, 0, price.start()):
        return None  # nothing says the price is each person's
    heads = [h for h in _HEADS_KO.finditer(s) if h.start() > price.end()]
    if len(heads) != 1:
        return None
    counted = re.compile(rf"(?<![\d.])(?P<c>{_N})\s*(?:{_USE_KO[use]})(?![가-힣]*당)")
    counts = [c for c in counted.finditer(s) if c.start() > price.end()]
    both_ways = use == "편도" and re.search(r"왕복", s[price.end() :]) is not None
    if len(counts) + both_ways != 1:
        return None  # no count of uses, or two of them
    uses = counts[0]["c"] if counts else "2"
    placed = [price.span("r"), heads[0].span("h"), *(c.span("c") for c in counts)]
    if sorted(placed) != [f.span() for f in _FIGURE.finditer(s) if not _is_per_one(s, f)]:
        return None  # a figure with no role here
    return f"{price['r']} * {heads[0]['h']} * {uses}", "원"


def _is_per_one(s: str, figure: re.Match[str]) -> bool:
    """The 1 of "1인", "1회", "1시간", "1박" that names the price's unit, not a count."""
    return (
        figure.group() == "1"
        and re.match(r"\s*(?:인|명당?|회|시간|박|일)", s[figure.end() :]) is not None
    )


def per_head_ticket_total(original: str) -> tuple[str, str | None] | None:
    """ "70000 * 2 * 2": a price each person pays per use, times heads and uses; or ``None``.

    Args:
        original: The request as asked.
    """
    if not _ASKS.search(original) or _SHARE.search(original):
        return None
    if re.search(r"[가-힣]", original):
        return _korean(original)
    said = _EN.search(original)
    if said is None:
        return None
    placed = sorted([said.span("r"), said.span("h"), said.span("c")])
    if placed != [f.span() for f in _FIGURE.finditer(original)]:
        return None
    return f"{said['r']} * {said['h']} * {said['c']}", "$" if "$" in original else ""
