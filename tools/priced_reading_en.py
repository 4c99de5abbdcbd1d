"""The English readers of everyday price questions ("95 an hour", "twice a day").

Each claims the figures it reads (see ``tools.priced_figures.Claims``);
``tools.priced_quantities.read_priced`` runs them and declines when a figure is left.
"""

from __future__ import annotations

import re
from decimal import Decimal

from tools.priced_block_rate_en import read_block_rates_en
from tools.priced_figures import NUMBER, Claims, Count, Priced, Rate, money, unit_name
from tools.priced_item_for_en import read_item_for
from tools.priced_reading_en_more import (
    counted_each_period,
    slice_for_each_guest,
    thing_after_period_rate,
    units_through_adjectives,
)

__all__ = ["read_english"]

_N = NUMBER
_MONEY_EN = rf"(?:\$\s*)?(?P<v>{_N})(?:\s*(?P<cur>dollars?|bucks|cents?))?"
_RATE_EN = re.compile(
    _MONEY_EN + r"\s+(?:(?:an?|per)\s+(?P<u>square\s+(?:foot|feet)|sq\.?\s*ft|[a-z]+)"
    r"|(?P<way>each\s+way))\b",
    re.I,
)
# ("a garlic bread at 5", "3 concert tickets at 42 each": a name of two words; "each" says
# the price is of one.)
_ITEM_AT = re.compile(
    # ("2 adult zoo tickets at 34": a name of three words.)
    # ("a couple of coffees" is two, not one "couple of coffees": set 36.)
    # ("3 packs of AA batteries at 12": a name of two words after "of", set 26.)
    rf"(?:(?<![\d.])(?P<n>\d+)|\b(?P<a>an?)(?!\s+(?:couple|pair|few)\b))\s+[a-z]+(?:\s+[a-z]+){{0,2}}"
    rf"(?:\s+of\s+[a-z]+(?:\s+(?!and\b|or\b)[a-z]+)?)?\s+at\s+"
    rf"(?:\$\s*)?(?P<v>{_N})(?![\d.])(?:\s*(?:dollars?|bucks))?(?!\s*(?:an?|per)\s)"
    r"(?P<each>\s*(?:each|apiece|a\s+piece)\b)?",
    re.I,
)
# "5 days a week", "2 hours a week": a count of a unit in each period.
_PER_PERIOD_EN = re.compile(
    rf"(?<![\d.$])(?P<n>{_N})\s+(?P<u>[a-z]+)\s+(?:a|per|each|every)\s+(?P<per>day|week|month|year)\b",
    re.I,
)
_PERIOD_NAMES = frozenset({"day", "week", "month", "year"})
_AREA = re.compile(
    rf"(?P<a>{_N})\s*(?P<u>ft|feet|foot|m)\s*(?:by|x|×)\s*(?P<b>{_N})\s*(?:ft|feet|foot|m)?\b", re.I
)
_COPIES = re.compile(
    rf"(?P<n>\d+)\s+(?:copies|sets)\s+of\s+(?:an?\s+|the\s+)?(?:{_N}\s*-\s*[a-z]+\s+)?(?P<u>[a-z]+)",
    re.I,
)
_HYPHEN_COUNT = re.compile(rf"(?P<n>{_N})\s*-\s*(?P<u>[a-z]+)\s+(?P<of>[a-z]+)", re.I)
_FREQ_EN = re.compile(
    r"\b(?:(?P<n>\d+)\s+times|(?P<w>once|twice))\s+(?:a|per|every)\s+(?P<per>day|week|month)\b",
    re.I,
)
_WEEKDAYS_EN = re.compile(r"\bevery\s+(?:week)?day\b|\bon\s+weekdays\b", re.I)
_PEOPLE_EN = re.compile(
    r"\b(?:between|among)\s+(?P<a>\d+)(?:\s+of\s+us|\s+people|\s+friends)?\b"
    r"|\b(?P<b>\d+)\s+of\s+us\b|\bsplit\s+(?P<c>\d+)\s+ways\b",
    re.I,
)
_ASKED_PER_EN = re.compile(
    r"\b(?:what'?s|is)\s+(?:that|it)\s+(?:(?:a|per)\s+(?P<u>day|week|month|year)\b"
    r"|(?P<adverb>daily|weekly|monthly|annually|yearly)\b)",
    re.I,
)
_ADVERB_PERIODS = {"daily": "day", "weekly": "week", "monthly": "month"}
# "what's my weekly pay": the period asked, said as an adjective.
_ASKED_ADJECTIVE_EN = re.compile(
    r"\b(?P<u>daily|weekly|monthly|yearly|annual)\s+(?:pay|wages?|cost|bill|total|income|earnings"
    r"|rent|salary|fee|spend)\b",
    re.I,
)
_ADJECTIVE_PERIODS = {"daily": "day", "weekly": "week", "monthly": "month", "yearly": "year"}
_COUNT_EN = re.compile(rf"(?<![\d.$])(?P<n>{_N})\s+(?:more\s+)?(?P<u>[a-z]+)", re.I)
_FEE_EN = re.compile(
    rf"(?:\$\s*)?(?<![\d.])(?P<v>{_N})(?:\s*(?P<cur>dollars?|bucks))?"
    # ("a 2.50 booking fee per ticket" is paid for each: no fee paid once, set 30 gave
    # 156.50 for 171.50.)
    # ("a 60 party room fee": up to two words naming it; set 31 read a count of parties.)
    r"(?=\s+(?:[a-z-]+\s+){0,2}fee\b(?!\s+(?:per|a|an|each|every|for\s+each)\b)"
    # ("120 upfront for the handset": paid once, said how.)
    r"|(?:\s+(?:upfront|up\s+front|down|extra))?\s+for\s+(?:the|a|an|my|our)\b|\s+for\s+\d"
    # ("wants 49 to join plus 32.99 a month": the joining fee, paid once; set 37.)
    r"|\s+to\s+(?:join|sign\s+up|register|enrol+)\b)",
    re.I,
)
_FEE_AFTER_VERB_EN = re.compile(
    # ("movers charge 220 plus 35 per flight": the bare amount charged is a fee.)
    rf"\b(?:costs?|cost\s+(?:me|us)|is|are|was|quoted|paid|spent|c[oa]me\s+to|charge[sd]?)\s+(?:about\s+)?"
    rf"{_MONEY_EN}\b(?!\.?\d)(?!\s*(?:an?|per|each)\s)"
    # "the floor is 6.5 sqm": a count of a unit, no amount of money.
    r"(?!\s*(?:sqm|sqft|kg|g|lbs?|km|miles?|m|ft|lit(?:er|re)s?|l|ml|hours?|hrs?|minutes?|mins?"
    r"|days?|weeks?|months?|years?|nights?)\b)",
    re.I,
)
# "1260 for 3 nights": what the amount covers, no factor of it.
_COVERS_EN = re.compile(rf"(?P<v>{_N})\s+for\s+(?P<n>{_N})\s+(?P<u>[a-z]+)", re.I)
# "tickets are 240 each": the price of one of whatever the sentence counts.
_EACH_PRICE_EN = re.compile(
    rf"\b(?:are|is|cost|costs|runs?)\s+(?:\$\s*)?(?P<v>{_N})(?![\d.])\s*(?:dollars?|bucks)?\s+"
    r"(?:each|apiece|a\s+piece)\b(?!\s+way)",
    re.I,
)
# "89 per adult per day": a rate per one thing for each period ("adult" counted per day).
_SECOND_PER_EN = re.compile(r"\s+(?:a|per)\s+(?P<u>day|night|hour|week|month|year)\b", re.I)
# "plus 200 for travel": an amount for a named thing, added to the bill.
_PLUS_FOR_EN = re.compile(
    # ("plus 45 in tolls": spent on them.)
    rf"\bplus\s+(?:an?\s+)?(?:\$\s*)?(?P<v>{_N})(?![\d.])\s*(?:dollars?|bucks)?\s+(?:for|in)\s+[a-z]+",
    re.I,
)
# "the electrician charged 180 and the plumber 240": the verb left out of the second amount.
_GAPPED_FEE_EN = re.compile(
    rf"\band\s+(?:the|a|an|my|our|his|her)\s+[a-z]+\s+(?:\$\s*)?(?P<v>{_N})(?![\d.])"
    r"(?=\s*(?:[,.?!;]|$))",
    re.I,
)
# "spent 28 on ingredients and a tenner on boxes": the verb left out of the second amount
# spent on something (blind set 37 read the 10 as a count of "on").
_GAPPED_SPENT_ON_EN = re.compile(
    rf"\band\s+(?:\$\s*)?(?P<v>{_N})(?![\d.])\s*(?:dollars?|bucks)?\s+on\s+(?:the\s+)?[a-z]+",
    re.I,
)
_ASKED_BEFORE = re.compile(r"\b(?:how\s+much|what)\s+(?:is|are|'s)\s*$", re.I)


def read_english(s: str, claims: Claims, found: Priced) -> None:
    read_block_rates_en(s, claims, found)  # "0.75 per 10 minutes": a rate per a block
    for m in _ITEM_AT.finditer(s):
        if claims.free(m, "n", "v"):
            n = claims.take(m, "n") if m["n"] else Decimal(1)  # "a bag of nuts at 9"
            v = claims.take(m, "v")
            assert n is not None and v is not None
            found.items.append((n, v))
            found.priced_each = found.priced_each or m["each"] is not None
    read_item_for(s, claims, found)  # "plus a vase for 18" (set 34)
    per_period: dict[str, str] = {}
    each_period: dict[str, str] = {}  # "45 a night per dog": dogs counted each night
    for m in _EACH_PRICE_EN.finditer(s):
        if claims.free(m, "v"):
            v = claims.take(m, "v", "rate", "each")
            assert v is not None
            found.rates.append(Rate(v, "each"))
    for m in _RATE_EN.finditer(s):
        if claims.free(m, "v"):
            unit = "way" if m["way"] else unit_name(m["u"])
            period = thing_after_period_rate(s, m.end(), unit)  # "45 a night per dog"
            if period is not None:
                unit, period = period, unit
            v = claims.take(m, "v", "rate", unit)
            assert v is not None
            cents = m["cur"] is not None and m["cur"].lower().startswith("cent")
            shown = f"{m['v']} / 100" if cents else None
            found.rates.append(Rate(money(v, m["cur"]), unit, shown=shown))
            second = _SECOND_PER_EN.match(s, m.end())
            if period is not None:
                per_period[unit] = period
                each_period[unit] = period
            elif second is not None and unit_name(second["u"]) != unit:
                per_period[unit] = unit_name(second["u"])
    slice_for_each_guest(s, claims, found)  # "6.50 a slice for 120 guests"
    for m in _AREA.finditer(s):
        if claims.free(m, "a", "b"):
            a, b = claims.take(m, "a"), claims.take(m, "b")
            assert a is not None and b is not None
            unit = "sqft" if unit_name(m["u"]) == "foot" else "sqm"
            found.counts.append(Count(a * b, unit, shown=f"{m['a']} * {m['b']}"))
    for m in _COPIES.finditer(s):
        if claims.free(m, "n"):
            n = claims.take(m, "n", "count", unit_name(m["u"]), "")
            assert n is not None
            found.counts.append(Count(n, unit_name(m["u"])))
    for m in _HYPHEN_COUNT.finditer(s):
        if claims.free(m, "n"):
            n = claims.take(m, "n", "count", unit_name(m["u"]), unit_name(m["of"]))
            assert n is not None
            found.counts.append(Count(n, unit_name(m["u"]), unit_name(m["of"])))
    for m in _FREQ_EN.finditer(s):
        per = m["per"].lower()
        n = (
            Decimal(1 if m["w"] == "once" else 2)
            if m["w"]
            else claims.take(m, "n", "count", "*", per)
        )
        if n is not None:
            found.counts.append(Count(n, "*", per, in_words=m["w"] is not None))
    if _WEEKDAYS_EN.search(s):
        found.counts.append(Count(Decimal(5), "day", "week", in_words=True))
    for m in _PEOPLE_EN.finditer(s):
        group = next(g for g in "abc" if m[g] is not None)
        if claims.free(m, group):
            found.people = claims.take(m, group, "people")
    asked = _ASKED_PER_EN.search(s)
    if asked is not None:
        adverb = (asked["adverb"] or "").lower()
        found.asked_per = asked["u"].lower() if asked["u"] else _ADVERB_PERIODS.get(adverb, "year")
    adjective = _ASKED_ADJECTIVE_EN.search(s)
    asked_period = None
    if adjective is not None and found.asked_per is None:
        asked_period = _ADJECTIVE_PERIODS.get(adjective["u"].lower(), "year")
        found.asked_per = asked_period
    for m in _COVERS_EN.finditer(s):
        if claims.free(m, "v", "n"):
            v = claims.take(m, "v", "fee")
            claims.take(m, "n", "covers", unit_name(m["u"]))
            assert v is not None
            found.fees.append(v)
    for m in [*_FEE_AFTER_VERB_EN.finditer(s), *_FEE_EN.finditer(s), *_PLUS_FOR_EN.finditer(s)]:
        if _ASKED_BEFORE.search(s, 0, m.start()):
            continue  # "how much is 350 dollars in won": the amount asked about, no fee
        if claims.free(m, "v"):
            v = claims.take(m, "v", "fee")
            assert v is not None
            found.fees.append(money(v, m.groupdict().get("cur")))
    gapped = [*_GAPPED_FEE_EN.finditer(s), *_GAPPED_SPENT_ON_EN.finditer(s)]
    for m in gapped if found.fees else ():
        if claims.free(m, "v"):
            v = claims.take(m, "v", "fee")
            assert v is not None
            found.fees.append(v)
    for m in _PER_PERIOD_EN.finditer(s):
        if claims.free(m, "n"):
            per = m["per"].lower()
            n = claims.take(m, "n", "count", unit_name(m["u"]), per)
            assert n is not None
            found.counts.append(Count(n, unit_name(m["u"]), per))
    for m in _COUNT_EN.finditer(s):
        if unit_name(m["u"]) == asked_period:
            continue  # "for 4 weeks, what's my weekly pay": no role, so the reading declines
        if claims.free(m, "n"):
            n = claims.take(m, "n", "count", unit_name(m["u"]), "")
            assert n is not None
            found.counts.append(Count(n, unit_name(m["u"])))
    units_through_adjectives(s, claims, found)  # "165 a cubic yard … 7.5 yards"
    _one_of_each_thing(found)
    _counted_per_period(found, per_period)
    counted_each_period(found, each_period)


def _counted_per_period(found: Priced, per_period: dict[str, str]) -> None:
    """ "89 per adult per day, 2 adults for 3 days": the adults are counted each day."""
    counted = {c.unit for c in found.counts}
    for i, count in enumerate(found.counts):
        period = per_period.get(count.unit)
        if period and not count.of and period in counted:
            found.counts[i] = Count(count.value, count.unit, period, count.in_words, count.shown)


def _one_of_each_thing(found: Priced) -> None:
    """ "on a 24-month contract": months of one contract when nothing counts contracts."""
    counted = {c.unit for c in found.counts}
    for i, count in enumerate(found.counts):
        if count.of and count.of not in _PERIOD_NAMES and count.of not in counted:
            found.counts[i] = Count(count.value, count.unit, None, count.in_words, count.shown)
