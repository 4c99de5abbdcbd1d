"""A fee named as work done on each thing priced: it comes with every one of them.

"에코백 개당 9천원에 로고 인쇄 2천5백원 추가 20개면 얼마야" was read as 2,500 + 9,000 x 20 =
182,500원, the printing charged once; the logo is printed on each of the twenty bags, so
the bill is (9,000 + 2,500) x 20 = 230,000원. The same for "이름 각인 2천원 추가" on mugs,
"자수 3천원" on caps, "logo printing is 2.50 extra" on tote bags. Beside one price of one
thing (개당, 한 개에, 장당, "each"), a fee whose name is such work (인쇄, 각인, 마킹, 자수,
printing, engraving, embroidery) is part of each thing's price, unless its words say it is
paid once ("인쇄판 제작비", "1회", "한 번", "총", "a setup fee": ``named_once``).

Beside anything else (a price per hour, two prices, no price of one) such a fee has no one
thing to go with, and the reading declines rather than charge it once.
(``tools.priced_fee_scope_unsaid`` keeps declining a fee beside a price per person: the
add-on reader, ``tools.calculator_add_on_each_49b``, reads those from their own words.)
"""

from __future__ import annotations

import re
from dataclasses import replace
from decimal import Decimal

from tools.priced_composition import named_paid_once
from tools.priced_figures import Priced

__all__ = ["EACH_BY_NATURE", "fees_each_by_nature_folded", "named_once"]

#: Work done on each thing, or what each one is made of: charged with every one.
EACH_BY_NATURE = re.compile(
    r"인쇄|프린팅|마킹|각인|자수|이름\s*새기|재료"
    r"|\bprint(?:ing|ed)?\b|\bengrav(?:e|ed|ing)\b|\bembroider(?:y|ed|ing)?\b|\bmonogram"
    r"|\bpersonali[sz](?:ed|ation|ing)\b|\blettering\b",
    re.IGNORECASE,
)
# Paid once besides the one-off fees every price reader knows: a plate or a setup made
# once for the whole order ("인쇄판 제작비", "동판비"), a charge said to be once.
_ONCE = re.compile(
    r"제작비|판\s*비|동판|(?<![\d.])1\s*회|한\s*번|\bonce\b|\bplates?\b|\bscreens?\b"
    # A fee said for the whole order ("인쇄비 총 5만원", "printing is 50 for all of them").
    r"|총|전체|통틀어|\btotal\b|\bin\s+all\b|\bfor\s+all\b|\baltogether\b|\bwhole\b",
    re.I,
)
_FIGURE = re.compile(r"(?<![\d.])\d+(?:\.\d+)?")
# A price of one thing: by its counter ("개", "장") or "each"; never a time or a person.
_NOT_ONE_THING = frozenset(
    {"hour", "minute", "day", "week", "month", "year", "night", "time", "person", "way", "*"}
)
# Where the fee's words end: its clause, or the question ("…면 총 얼마": the 총 is the
# question's, not the fee's).
_CLAUSE_END = re.compile(
    r"[,.;?!]|(?:(?:총|전부|모두|다\s*해서)\s*)?(?:얼마|몇)|\b(?:how|what)\b", re.I
)


def named_once(words: str) -> bool:
    """Whether a fee's words say it is paid once ("출장비", "인쇄판 제작비", "setup", "총")."""
    return named_paid_once(words) or _ONCE.search(words) is not None


def _fee_words(plain: str, start: int, end: int) -> str:
    """The words naming the fee at ``plain[start:end]``: back to the figure before it, and
    on to the next figure or the end of its clause."""
    figures = [m.span() for m in _FIGURE.finditer(plain)]
    before = max((b for _, b in figures if b <= start), default=0)
    after = min((a for a, _ in figures if a >= end), default=len(plain))
    clause = _CLAUSE_END.search(plain, end, after)
    return plain[before:start] + " " + plain[end : clause.start() if clause else after]


def fees_each_by_nature_folded(found: Priced, plain: str) -> Priced | None:
    """``found`` with each fee named as work on each thing added to the price of one.

    Args:
        found: The price reader's reading.
        plain: The request as read (``tools.priced_quantities.plain_text``).

    Returns:
        ``found`` itself when no fee is named so, a copy whose one rate is "(9000 + 2500)"
        and whose fees are the others, or ``None`` when such a fee has no price of one
        thing to go with (the caller declines).
    """
    fee_slots = [(a, b) for a, b, role in found.slots if role == ("fee",)]
    if len(fee_slots) != len(found.fees):
        return found  # fees placed in the text cannot be told apart: nothing to fold
    each: list[Decimal] = []
    once: list[Decimal] = []
    folded_slots: list[tuple[int, int]] = []
    for (start, end), fee in zip(fee_slots, found.fees, strict=True):
        words = _fee_words(plain, start, end)
        if EACH_BY_NATURE.search(words) and not named_once(words):
            each.append(fee)
            folded_slots.append((start, end))
        else:
            once.append(fee)
    if not each:
        return found
    if len(found.rates) != 1 or found.items or found.deductions:
        return None  # no one price of one thing for the work to go with
    rate = found.rates[0]
    if rate.per != 1 or rate.unit in _NOT_ONE_THING:
        return None
    if not any(c.unit == rate.unit or rate.unit == "each" for c in found.counts):
        return None  # the things priced are not counted
    parts = [rate.shown or _figure(rate.amount), *(_figure(f) for f in each)]
    folded = replace(rate, amount=rate.amount + sum(each), shown=f"({' + '.join(parts)})")
    slots = [s for s in found.slots if (s[0], s[1]) not in folded_slots or s[2] != ("fee",)]
    return replace(found, rates=[folded], fees=once, slots=slots)


def _figure(value: Decimal) -> str:
    return format(value.normalize(), "f")
