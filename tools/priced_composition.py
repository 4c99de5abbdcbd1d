"""More ways the typed figures of a price question fit together, for ``tools.price_total``.

Blind set 27 asked everyday sums the reader typed right but could not compose: a fee the
bill pays once beside a monthly rate ("정수기 설치비 5만원에 렌탈료 월 29,900원 2년"), two
things rented for days ("하루 65,000원인데 두 대를 3일"), a price per person with the
group's head count ("65 per person ... there are 4 of us, total?"), and two or more
prices each with its own count ("떡볶이 3인분 1인분 4,500원이랑 순대 2인분 1인분 5천원",
"30 an hour for 3 hours a week and ... 25 an hour for 4 hours a week"), or one count for
each ("세탁 한 번 5,000원 건조 한 번 4,000원인데 세 번씩"). Each reading here holds only when
every figure has its place in it; otherwise the caller declines as before.
"""

from __future__ import annotations

import re
from decimal import Decimal

from tools.priced_figures import Count, Priced
from tools.priced_reading_ko import names_price_per_head

__all__ = [
    "fees_paid_once",
    "heads_beside_total",
    "heads_counted",
    "named_paid_once",
    "paired_rates",
    "rates_by_unit",
    "things_rented",
]

# Fees a bill pays once whatever the period: a deposit, an installation, a call-out.
_ONE_OFF = re.compile(
    r"보증금|설치비|출장비|가입비|개통비|등록비|입회비|배달비|배송비|예약비|기본료|위약금"
    r"|deposit|activation|booking|call-?out|base|set-?up|installation|delivery|joining"
    r"|sign-?up|one-?off|one-?time|up-?front|up\s+front|handset|선불|단말기|기기값"
    # ("wants 49 to join plus 32.99 a month": paid on joining, once; set 37.)
    r"|\bto\s+(?:join|sign\s+up|register|enrol)"
    # The place hired for the group (set 32's "a 500 venue fee" beside 42 a head).
    r"|venue|대관",
    re.I,
)
_FIGURE = re.compile(r"(?<![\d.])\d+(?:\.\d+)?")
_TIME_UNITS = frozenset({"hour", "minute", "day", "week", "month", "year", "night", "time"})
# Renting or booking: a count of the things rented multiplies the rate per period.
# ("가방 세 개 나흘 맡기면": things left in storage are charged the same way.)
_RENTS = re.compile(
    r"빌리|빌려|대여|렌트|렌터|렌탈|맡기|맡겨|보관|\brent|\bhir(?:e|ing)\b|\bbook|\bstor(?:e|age)\b",
    re.I,
)
# "세 번씩", "3 times each": one count for every price listed.
_EACH_AFTER = re.compile(r"\s*[가-힣A-Za-z]{0,4}?\s*(?:씩|each\b)", re.I)


def named_paid_once(words: str) -> bool:
    """Whether ``words`` name a fee a bill pays once (a deposit, a call-out, a setup)."""
    return _ONE_OFF.search(words) is not None


def fees_paid_once(found: Priced, plain: str) -> bool:
    """Whether every fee is named as paid once ("설치비 5만원", "a 60 activation fee").

    The name is looked for between the fee and the figures on either side of it.
    """
    fee_slots = [(a, b) for a, b, role in found.slots if role == ("fee",)]
    if not fee_slots or len(fee_slots) != len(found.fees):
        return False
    figures = [m.span() for m in _FIGURE.finditer(plain)]
    for start, end in fee_slots:
        before = max((b for _, b in figures if b <= start), default=0)
        after = min((a for a, _ in figures if a >= end), default=len(plain))
        if not _ONE_OFF.search(plain[before:start]) and not _ONE_OFF.search(plain[end:after]):
            return False
    return True


def heads_counted(found: Priced, asks_share: bool) -> None:
    """A head count with a price per person and no share asked counts the persons."""
    if found.people is None or asks_share:
        return
    if any(c.unit == "person" for c in found.counts):
        return
    if len(found.rates) == 1 and found.rates[0].unit == "person":
        found.counts.append(Count(found.people, "person"))
        found.people = None


def per_person_price_shared(found: Priced, asks_share: bool, plain: str) -> bool:
    """Whether a share is asked of a price that is already per person, the persons uncounted:
    "뷔페 1인 3만원인데 5명이서 나눠내면 1인당 얼마", "30 per person, 5 of us, how much each".
    Each pays the price itself, so there is no sum to split; dividing the one person's
    price by the head count (6,000원, 6) is the wrong answer this screens out."""
    if not asks_share or found.people is None:
        return False
    if any(c.unit == "person" for c in found.counts):
        return False
    # ("5명이서 나눠내면": heads that share are not counted, so the Korean price per
    # person is then read as a plain amount; the words still say whose price it is.)
    return any(r.unit == "person" for r in found.rates) or names_price_per_head(plain)


# The whole bill asked in so many words ("총 얼마", "in total"): not a share of it.
_WHOLE_ASKED = re.compile(r"총|다\s*해서|합쳐서|\btotal\b|\baltogether\b|\ball\s+together\b", re.I)


def heads_beside_total(found: Priced, text: str, asks_share: bool) -> bool:
    """Whether a head count only says who shared the bill whose total is asked:
    "삼겹살 1인분 16,000원 다섯명이서 7인분 먹었으면 총 얼마" (the 7 portions are priced;
    the five are who ate them). Only with one rate not per person, whose counts are given."""
    if found.people is None or asks_share or not _WHOLE_ASKED.search(text):
        return False
    if len(found.rates) != 1 or found.rates[0].unit == "person" or not found.counts:
        return False
    return not any(c.unit == "person" for c in found.counts)


def things_rented(found: Priced, text: str) -> Count | None:
    """The one count of things rented ("두 대", "2 bikes") beside a rate per period.

    Taken out of ``found.counts``; the caller multiplies the rate's term by it.
    """
    if len(found.rates) != 1 or found.rates[0].unit not in _TIME_UNITS or not _RENTS.search(text):
        return None
    things = [
        c
        for c in found.counts
        if c.unit not in _TIME_UNITS and c.unit != "person" and c.of is None and c.unit != "*"
    ]
    if len(things) != 1:
        return None
    found.counts.remove(things[0])
    return things[0]


def _figure(value: Decimal) -> str:
    return format(value.normalize(), "f")


def paired_rates(found: Priced, plain: str, asked_per: str | None) -> str | None:
    """ "3 * 4500 + 2 * 5000": each price times the count of its unit beside it, or the
    prices summed times one count said for each; ``None`` unless every figure pairs."""
    rates = [(a, role[1]) for a, _, role in found.slots if role[0] == "rate"]
    counts = [(a, b, role) for a, b, role in found.slots if role[0] == "count"]
    if len(rates) != len(found.rates) or len(counts) != len(found.counts):
        return None
    if any(r.per != 1 or r.shown for r in found.rates):
        return None
    amounts = {a: plain[a:b] for a, b, role in found.slots if role[0] == "rate"}
    periods = {role[2] for _, _, role in counts}
    if len(periods) > 1 or (periods - {"", None} and periods != {asked_per}):
        return None  # "3 hours a week" pairs only when a week's total is asked
    if len(counts) == 1 and _EACH_AFTER.match(plain, counts[0][1]):
        start, end, role = counts[0]
        if counts[0][0] < max(a for a, _ in rates) or any(u != role[1] for _, u in rates):
            return None
        summed = " + ".join(amounts[a] for a, _ in rates)
        return f"({summed}) * {plain[start:end]}"
    order = sorted([(a, "rate", u) for a, u in rates] + [(a, "count", r[1]) for a, _, r in counts])
    if len(order) != 2 * len(rates):
        return None
    terms = []
    for first, second in zip(order[::2], order[1::2], strict=True):
        if {first[1], second[1]} != {"rate", "count"} or first[2] != second[2]:
            return None
        rate, count = (first, second) if first[1] == "rate" else (second, first)
        count_text = next(plain[a:b] for a, b, _ in counts if a == count[0])
        terms.append(f"{count_text} * {amounts[rate[0]]}")
    return " + ".join(terms)


def rates_by_unit(found: Priced, asked_per: str | None, asks_share: bool) -> str | None:
    """Two or more prices composed by their units, when the order of words does not pair them.

    "김밥 1줄 3500원 라면 1그릇 4500원인데 김밥 4줄 라면 3그릇": each price times the one
    count of its own unit. "영어학원 월 25만원 수학학원 월 30만원 ... 한달에": prices of one
    period summed for that period. "78 a head and ... 45 a head, 4 of us ... total": prices
    per head summed, times the head count (when no share is asked).
    ``None`` unless every figure has its place.
    """
    if len(found.rates) < 2 or any(r.per != 1 or r.shown for r in found.rates):
        return None
    counts = list(found.counts)
    if found.people is not None and not asks_share and not counts:
        counts = [Count(found.people, "person")]
    elif found.people is not None:
        return None
    if any(c.of for c in counts):
        return None
    units = [r.unit for r in found.rates]
    amounts = [_figure(r.amount) for r in found.rates]
    if len(set(units)) == 1:
        same = [c for c in counts if c.unit == units[0]]
        if not counts and asked_per == units[0]:
            return " + ".join(amounts)
        # Per head only: every guest has each item. Two hourly rates and "3 hours" stay
        # declined (whose hours they are is not said).
        if len(counts) == 1 and len(same) == 1 and units[0] == "person":
            return f"({' + '.join(amounts)}) * {same[0].shown or _figure(same[0].value)}"
        return None
    if len(set(units)) != len(units) or len(counts) != len(units):
        return None
    terms = []
    said_at = {role[1]: start for start, _, role in found.slots if role[0] == "rate"}
    for rate in sorted(found.rates, key=lambda r: said_at.get(r.unit, 0)):
        same = [c for c in counts if c.unit == rate.unit]
        if len(same) != 1:
            return None
        terms.append(f"{same[0].shown or _figure(same[0].value)} * {_figure(rate.amount)}")
    return " + ".join(terms)
