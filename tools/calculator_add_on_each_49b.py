"""A price for one of a thing plus an add-on said to come with each one, times a count.

Sets 31, 34 and 35: "원데이클래스 1인 4만5천원인데 재료비 1만원 따로래 3명이면 얼마", "반티 장당
만2천원에 앞면 인쇄 3천원 추가 30명이면 얼마" and "유니폼 한벌 3만5천원에 마킹 5천원씩 해서
11명 맞추면 얼마" went to the cloud: the price reader cannot tell whether a fee beside a price
per person is paid by each or once (``tools.priced_fee_scope_unsaid`` declines it), and it
reads no price "장당" or "한벌" at all. The sentence says it when the add-on is

- said "씩" ("마킹 5천원씩"), or added ("추가", "따로", "별도") with a price of one of its own,
- a meal or the materials priced per one of its own ("점심 1인 만원"): another kind at its own
  price ("컬러 장당 500원 흑백 장당 100원", "어른 1인 2만원 아이 1인 만원") declines, or
- named as work done on each thing or materials each person uses (재료비, 인쇄, 마킹, 각인):
  a call-out or a delivery ("출장비 5만원 별도") is paid once and keeps declining.

Then the bill is (price + add-on) x count: (45,000 + 10,000) x 3 = 165,000원.

Read only when every figure is the price, one or two add-ons or the count, the count is of
people or of the price's own counter, and a total is asked; a count in native words beside
the count ("어른 넷 애 둘 여섯명") must add up to it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tools.korean_numbers import normalize_numerals
from tools.priced_fee_each_by_nature import named_once

__all__ = ["AddOnReading", "add_on_each_total", "each_by_words", "read_add_ons_each"]

_N = r"\d+(?:\.\d+)?"
# The price of one: "1인", "인당", "장당", "한벌", "벌당", "1개에".
_ONE = (
    r"(?:1\s*인|인당|1\s*명(?:당)?|한\s*명(?:당)?|(?P<c1>장|벌|개|권|판|켤레)\s*당"
    r"|(?:한|1)\s*(?P<c2>장|벌|개|권|판|켤레)(?:에|당)?)"
)
_ONE_UNNAMED = _ONE.replace("?P<c1>", "?:").replace("?P<c2>", "?:")
_PRICE = re.compile(rf"{_ONE}\s*(?P<p>{_N})\s*원\s*(?:짜리)?(?:에|인데|이고|이구|고|,)?\s*")
# An add-on: its name, an optional price of one, the figure and the word adding it.
_ADD_ON = re.compile(
    rf"(?P<name>(?:[가-힣A-Za-z]+\s+){{0,2}}?)(?P<one>{_ONE_UNNAMED}\s*)?(?P<f>{_N})\s*원\s*"
    r"(?P<how>씩|추가|따로|별도)?\s*(?P<tail>[가-힣]{0,3})\s*,?\s*"
)
# Add-ons that come with each thing or each person, whatever word adds them.
_COMES_ALONG = re.compile(r"점심|저녁|아침|조식|석식|중식|식사|식대|간식|재료")
_EACH_BY_NATURE = re.compile(r"재료|인쇄|프린팅|마킹|각인|자수|이름\s*새기")
_COUNT = re.compile(
    rf"(?P<n>{_N})\s*(?P<u>명|장|벌|개|권|판|켤레)\s*(?:이|이서|가|을|를|으로|로)?\s*"
    r"(?:면|이면|하면|맞추면|만들면|사면|주문하면|시키면|하는데|할건데)?\s*(?:총|전부|다\s*해서)?\s*"
    r"(?:얼마|총\s*얼마)"
)
_NATIVE = {"한": 1, "하나": 1, "두": 2, "둘": 2, "세": 3, "셋": 3, "네": 4, "넷": 4}
_NATIVE_WORD = re.compile(r"(?<![가-힣])(한|하나|두|둘|세|셋|네|넷)(?![가-힣])")
_FIGURE = re.compile(rf"(?<![\d.]){_N}")
_ADDS = re.compile(r"추가|따로|별도")


def each_by_words(add_on: re.Match[str]) -> bool:
    """Whether the add-on is said or named to come with each one."""
    if named_once(add_on["name"] + " " + (add_on["tail"] or "")):
        # "인쇄판 제작비 5만원 별도", "출장비 별도": made or paid once for the whole order,
        # even beside work done on each one (the 인쇄 of 인쇄판 read it as each).
        return False
    if add_on["how"] == "씩":
        return True
    if _ADDS.search(add_on["how"] or ""):
        return bool(add_on["one"]) or bool(_EACH_BY_NATURE.search(add_on["name"]))
    # A second price of one with no word adding it is another kind at its own price
    # ("컬러 장당 500원 흑백 장당 100원", "어른 1인 2만원 아이 1인 만원"), unless it names
    # something that comes along with each one: a meal, the materials ("점심 1인 만원").
    return bool(add_on["one"]) and bool(_COMES_ALONG.search(add_on["name"]))


def _ones(s: str, start: int, end: int) -> list[tuple[int, int]]:
    """The spans of the "1" of "1인", "1개에" between ``start`` and ``end`` (no figure read)."""
    return [m.span() for m in _FIGURE.finditer(s, start, end)]


@dataclass(frozen=True)
class AddOnReading:
    """A price of one, the add-ons that come with each, and the count, as read."""

    text: str  # the request, numerals as digits, no thousands commas
    price: str
    add_ons: list[re.Match[str]]
    heads: str  # "3", or "(4 + 2)" for parts counted in words


def read_add_ons_each(original: str) -> AddOnReading | None:
    """The price, the add-ons each and the count of ``original``, or ``None``.

    Args:
        original: The request as asked (or a step, numerals in any form).
    """
    s = normalize_numerals(original).replace(",", "")
    price = _PRICE.search(s)
    if price is None:
        return None
    at = price.end()
    add_ons: list[re.Match[str]] = []
    spans = [price.span("p"), *_ones(s, price.start(), price.start("p"))]
    while len(add_ons) < 2:
        add_on = _ADD_ON.match(s, at)
        if add_on is None or not each_by_words(add_on):
            break
        add_ons.append(add_on)
        spans += [add_on.span("f"), *_ones(s, add_on.start(), add_on.start("f"))]
        at = add_on.end()
    count = _COUNT.search(s, at)
    if not add_ons or count is None:
        return None
    counter = price["c1"] or price["c2"]
    if count["u"] != "명" and count["u"] != counter:
        return None  # a count of something else than the thing priced or the people
    between = s[at : count.start()]
    if _FIGURE.search(between) or len(between) > 16:
        return None  # more said between the add-ons and the count than a clause's end
    natives = [_NATIVE[w] for w in _NATIVE_WORD.findall(between)]
    if natives and sum(natives) != float(count["n"]):
        return None  # "어른 넷 애 둘 … 7명": the parts are not the count
    spans.append(count.span("n"))
    if sorted(spans) != [f.span() for f in _FIGURE.finditer(s)]:
        return None  # a figure no role was found for
    # The parts in words stay in the sum: "어른 넷 애 둘 여섯명" is (4 + 2) people.
    heads = f"({' + '.join(str(n) for n in natives)})" if natives else count["n"]
    return AddOnReading(s, price["p"], add_ons, heads)


def add_on_each_total(original: str) -> tuple[str, str | None] | None:
    """ "(45000 + 10000) * 3" for a price of one plus add-ons each, or ``None``.

    An add-on at 0 (one a follow-up dropped) is left out of the sum.

    Args:
        original: The request as asked.
    """
    read = read_add_ons_each(original)
    if read is None:
        return None
    fees = " + ".join(a["f"] for a in read.add_ons if float(a["f"]) != 0)
    each = f"({read.price} + {fees})" if fees else read.price
    return f"{each} * {read.heads}", "원"
