"""A first block at one price and each further block at another ("first day 45, 20 each
extra day"; "처음 30분 2,000원 그뒤로 10분당 500원").

Blind set 31: a tent "45 for the first day and 20 for each extra day … 5 days" and a car
park "처음 30분 2,000원 그뒤로 10분당 500원인데 1시간 20분" went to the cloud: the reader
knows one rate over a count, not a first block priced apart. The total is the first price
plus the further price for each further block; only whole further blocks are read (a part
block is the seller's rule of rounding, not arithmetic), and a span within the first block
costs the first price.

Set 48 priced things, not time: "first ticket is 45 and every extra one is 32. i need 5,
total?" is 45 + 32 × (5 − 1) (:func:`first_item_then_each_extra`); the count is said once
("i need 5", "we're getting 4", "for 6"), and every figure is the first price, the further
price or the count.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import NamedTuple

from tools.priced_figures import NUMBER
from tools.priced_quantities import plain_text
from tools.units_table import ALIASES

__all__ = [
    "FirstItemThenEach",
    "first_item_then_each",
    "first_item_then_each_extra",
    "first_priced_apart_unread",
    "first_then_each_total",
    "span_of_first_then_each",
    "stay_closes_schedule",
]

_UNIT = r"(?P<{}>days?|hours?|nights?|weeks?|minutes?|mins?|분|시간|일|박)"
_FIRST_EN = re.compile(
    rf"(?P<a>{NUMBER})\s*(?:dollars?|bucks)?\s+for\s+the\s+first\s+(?:(?P<f>{NUMBER})\s+)?"
    + _UNIT.format("u")
    + rf"\b,?\s*(?:and|then|plus)?\s*(?:then\s+)?(?P<b>{NUMBER})\s*(?:dollars?|bucks)?\s+"
    r"(?:for\s+)?(?:each|every|per|an?)\s+(?:extra|additional|more|further)?\s*"
    rf"(?:(?P<k>{NUMBER})\s+)?" + _UNIT.format("u2") + r"\b",
    re.IGNORECASE,
)
_FIRST_KO = re.compile(
    # ("피씨방 첫시간은 2000원이고 그뒤로 시간당 1500원", set 50: 첫 with no figure is one.)
    rf"(?:처음|최초|기본|첫)\s*(?:(?P<f>{NUMBER})\s*)?"
    + _UNIT.format("u")
    + rf"\s*(?:에|은|는|까지|이)?\s*(?P<a>{NUMBER})\s*원\s*(?:이고|이며|인데|이구|,)?\s*"
    # ("그담부터", "그후로", "나머지는", "두번째 시간부터", set 51: the further blocks
    # said in any of these words; the figures' roles come from 첫 and 당 alone.)
    r"(?:그\s*(?:뒤|다음|담|후|이후)|이후|나머지|(?:두\s*번째|2\s*번째|다음)\s*(?:시간|날|일|박))?"
    r"\s*(?:로|에|부턴|부터|에는|엔|로는|부터는|은|는)?\s*(?:는|은)?\s*(?:추가)?\s*"
    rf"(?:(?P<k>{NUMBER})\s*)?" + _UNIT.format("u2") + rf"\s*(?:당|마다)\s*(?P<b>{NUMBER})\s*원"
)
# A count or a span asked ("5시간 몇분이야", "how many hours"): never the price total.
_ASKS_NOT_MONEY = re.compile(r"몇\s*(?:분|시간|일|박|번|개|명|퍼|%)|\bhow\s+many\b", re.IGNORECASE)
_SPAN = re.compile(rf"(?<![\d.])(?P<n>{NUMBER})\s*" + _UNIT.format("u") + r"(?![가-힣]*당)")
_SPAN_WORDS = re.compile(r"\b(?:a|one)\s+(?P<u>week)\b", re.IGNORECASE)
# Each unit in the base unit of its kind (minutes for time of day, days for stays).
_BASE = {
    "minute": ("min", 1),
    "min": ("min", 1),
    "분": ("min", 1),
    "hour": ("min", 60),
    "시간": ("min", 60),
    "day": ("day", 1),
    "일": ("day", 1),
    "night": ("night", 1),
    "박": ("night", 1),
    "week": ("day", 7),
}


def _base(unit: str) -> tuple[str, int]:
    word = unit.lower()
    return _BASE.get(word) or _BASE[word.rstrip("s")]


def _figure(value: Decimal) -> str:
    return format(value.normalize(), "f")


def first_then_each_total(original: str) -> tuple[str, str] | None:
    """The expression and currency of a first block priced apart from the further ones.

    Args:
        original: The request as asked.

    Returns:
        ("45 + 20 * (5 - 1) / 1", "") for the tent, or ``None`` when the request is not
        this form, its span is not said once, or the further blocks are not whole.
    """
    text = plain_text(original)
    form = _FIRST_EN.search(text) or _FIRST_KO.search(text)
    if form is None or _ASKS_NOT_MONEY.search(text):
        return None
    kind, per_first = _base(form["u"])
    kind2, per_further = _base(form["u2"])
    rest = text[: form.start()] + " " + text[form.end() :]
    spans = [m for m in _SPAN.finditer(rest) if _base(m["u"])[0] == kind]
    words = [m for m in _SPAN_WORDS.finditer(rest)] if not spans else []
    if kind != kind2 or len(spans) + len(words) != 1:
        return None
    if re.search(r"\d", _SPAN.sub(" ", rest)):
        return None  # another figure (a fee, a count of things): not this form alone
    span = Decimal(spans[0]["n"]) * _base(spans[0]["u"])[1] if spans else Decimal(7)
    first = Decimal(form["f"] or 1) * per_first
    block = Decimal(form["k"] or 1) * per_further
    further = max(span - first, Decimal(0))
    if block <= 0 or further % block:
        return None
    currency = "원" if "원" in form.group(0) else ""
    a, b = form["a"], form["b"]
    if not further:
        return a, currency
    return f"{a} + {b} * {_figure(further / block)}", currency


# The stay said last with nothing asked (set 51: "garage charges 4 dollars for the first hour
# then 2.50 for every hour after that. i was there 5 hours"): after a first block priced
# apart, "i was there / we stayed / parked N hours" asks what the stay costs.
_STAY_CLOSES = re.compile(
    r"\b(?:i|we|im|i'm|we're|were)(?:'ll\s+be)?\s+(?:was\s+|were\s+|am\s+|are\s+|will\s+be\s+"
    r"|be\s+)?(?:there|here|out|away|gone|parked|staying|stayed|stay|parking|in|kept\s+it|had\s+it|using\s+it"
    r"|used\s+it|rented\s+it|renting\s+it)\s+(?:(?:there|for|about|around)\s+)*"
    rf"(?<![\d.])(?:{NUMBER})\s*(?:hours?|hrs?|days?|nights?|weeks?)\s*[.!]*\s*$",
    re.IGNORECASE,
)


def stay_closes_schedule(original: str) -> bool:
    """True when a first block priced apart ends on the stay, nothing else asked.

    Args:
        original: The request as asked.
    """
    return bool(_STAY_CLOSES.search(original)) and first_then_each_total(original) is not None


def span_of_first_then_each(original: str) -> tuple[str, re.Match[str]] | None:
    """The plain text of a first-then-each request and its one span, for a follow-up.

    Args:
        original: A request :func:`first_then_each_total` reads.
    """
    if first_then_each_total(original) is None:
        return None
    text = plain_text(original)
    form = _FIRST_EN.search(text) or _FIRST_KO.search(text)
    assert form is not None
    kind = _base(form["u"])[0]
    spans = [
        m
        for m in _SPAN.finditer(text)
        if _base(m["u"])[0] == kind and not form.start() <= m.start() < form.end()
    ]
    return (text, spans[0]) if len(spans) == 1 else None


_FURTHER_EN = r"(?:each|every|any)\s+(?:extra|additional|other|more|further)\s+"
_PRICE_EN = (
    r"(?:is|costs?|was|runs?|=|:)?\s*(?:only\s+|just\s+)?\$?"
    rf"(?P<{{}}>{NUMBER})\s*(?:dollars?|bucks)?"
)
# "first ticket is 45 and every extra one is 32", "the first bag costs 30, each additional bag 25".
_ITEM_FIRST_EN = re.compile(
    r"\bfirst\s+(?P<thing>[a-z]{3,})\s+"
    + _PRICE_EN.format("a")
    + r"\s*[,;.]?\s*(?:and|then|but|plus)?\s*(?:then\s+)?"
    + _FURTHER_EN
    + r"(?:one|(?P=thing)s?)\s+(?:after\s+that\s+)?"
    + _PRICE_EN.format("b"),
    re.IGNORECASE,
)
# "45 for the first ticket and 32 for each additional one".
_FOR_FIRST_EN = re.compile(
    rf"\$?(?P<a>{NUMBER})\s*(?:dollars?|bucks)?\s+for\s+the\s+first\s+(?P<thing>[a-z]{{3,}})\s*,?\s*"
    rf"(?:and|then|plus)?\s*(?:then\s+)?\$?(?P<b>{NUMBER})\s*(?:dollars?|bucks)?\s+(?:for\s+)?"
    + _FURTHER_EN
    + r"(?:one|(?P=thing)s?)\b",
    re.IGNORECASE,
)
# "첫 장은 45000원이고 추가 1장당 32000원", "첫 잔 4500원, 2번째부터는 잔당 2000원": a counter.
_COUNTER = r"장|개|잔|병|권|벌|켤레|마리|그릇|인분|박스|봉지"
_ITEM_FIRST_KO = re.compile(
    rf"첫\s*(?:번째\s*)?(?P<thing>{_COUNTER})\s*(?:은|는|이|가|에)?\s*(?P<a>{NUMBER})\s*원\s*"
    r"(?:이고|이구|이며|인데|,)?\s*(?:그\s*다음부터는?|2\s*번째부터는?|추가(?:로|는)?|나머지는?)\s*"
    rf"(?:1\s*)?(?P=thing)?\s*(?:당|마다|에|씩)\s*(?P<b>{NUMBER})\s*원"
)
_COUNT_KO = r"(?<![\d.])(?P<n>\d+)\s*{thing}(?!\s*(?:당|마다))"
# The count bought, said once; {thing} is the thing priced ("5 tickets").
_COUNT_EN = (
    r"\b(?:i|we)\s*(?:'?ll|\s+will|'?m|\s+am|'?re|\s+are)?\s*(?:need|want|get|getting|buy|buying|"
    r"order|ordering|take|taking)\s+(?P<n>\d+)\b(?!\s*(?:%|percent))"
    r"|\bfor\s+(?P<n2>\d+)\s*(?:of\s+(?:them|us)|people)?\s*[,.?!]"
    r"|\b(?P<n3>\d+)\s+(?:of\s+them|{thing}s)\b"
)


class FirstItemThenEach(NamedTuple):
    """The first thing's price, each further one's, and the count bought."""

    first: str
    each: str
    bought: str
    thing: str


def first_item_then_each(digits: str) -> FirstItemThenEach | None:
    """The figures of a first thing priced apart from the further ones, or ``None``.

    Args:
        digits: The request with numerals as digits.
    """
    text = plain_text(digits)
    korean = _ITEM_FIRST_KO.search(text)
    form = korean or _ITEM_FIRST_EN.search(text) or _FOR_FIRST_EN.search(text)
    if form is None or _base_unit(form["thing"]) or _measure(form["thing"]):
        # A first hour or day is a block of time (first_then_each_total); a first pound or
        # gigabyte an allowance (tools.priced_allowance_then_each).
        return None
    rest = text[: form.start()] + " " + text[form.end() :]
    template = _COUNT_KO if korean else _COUNT_EN
    counts = list(re.finditer(template.format(thing=re.escape(form["thing"])), rest, re.I))
    if len(counts) != 1:
        return None
    count = next(g for g in counts[0].groups() if g)
    # Every figure outside the form is the count ("추가 1장당" is the form's own one).
    if re.findall(rf"(?<![\d.]){NUMBER}", rest) != [count] or int(count) < 2:
        return None
    return FirstItemThenEach(form["a"], form["b"], count, form["thing"])


def first_item_then_each_extra(digits: str) -> str | None:
    """``a + b * (n - 1)`` for the first of n things at a and each further one at b."""
    read = first_item_then_each(digits)
    return None if read is None else f"{read.first} + {read.each} * ({read.bought} - 1)"


def _measure(word: str) -> bool:
    return word.lower() in ALIASES or f"{word.lower()}s" in ALIASES


def _base_unit(word: str) -> bool:
    try:
        _base(word)
    except KeyError:
        return False
    return True


# A first thing priced apart, counted again after: "첫 잔은 4500원 … 3잔", "first coffee is
# 4.50 … 3 cups". Summed by the general composition, the first price is
# added beside the count at the further price ("커피 첫 잔은 4500원이고 리필은 한 잔에
# 2000원, 3잔 마시면" read 4,500 + 2,000 × 3 = 10,500원, where three cups are the first and
# two refills): the count then holds the first thing, which only the readers above know.
_FIRST_PRICED_KO = re.compile(
    rf"첫\s*(?:번째\s*)?(?P<c>{_COUNTER}|달|판|회|번|시간|일|박|주)\s*(?:은|는|이|가|에|엔|에는)?\s*"
    rf"{NUMBER}\s*(?:만|천)?\s*원"
)
_FIRST_PRICED_EN = re.compile(
    rf"\bfirst\s+(?P<c>[a-z]{{3,}})\s+(?:is|was|costs?|at|for|=|:)\s*\$?\s*{NUMBER}", re.IGNORECASE
)
_COUNT_AFTER_EN = re.compile(rf"(?<![\d.]){NUMBER}\s+[a-z]+", re.IGNORECASE)


def first_priced_apart_unread(digits: str) -> bool:
    """Whether a first thing is priced apart in a way no first-then-each reader reads."""
    text = plain_text(digits)
    korean = _FIRST_PRICED_KO.search(text)
    english = _FIRST_PRICED_EN.search(text)
    if korean is not None:
        # The same counter counted again after the first price ("3잔", "4달"): a count
        # that may hold the first thing.
        counted = re.search(rf"(?<![\d.]){NUMBER}\s*{korean['c']}", text[korean.end() :])
    elif english is not None:
        counted = _COUNT_AFTER_EN.search(text[english.end() :])
    else:
        return False
    if counted is None:
        return False
    return first_item_then_each(digits) is None and first_then_each_total(digits) is None
