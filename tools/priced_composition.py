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

__all__ = ["fees_paid_once", "heads_beside_total", "heads_counted", "paired_rates", "things_rented"]

# Fees a bill pays once whatever the period: a deposit, an installation, a call-out.
_ONE_OFF = re.compile(
    r"보증금|설치비|출장비|가입비|개통비|등록비|입회비|배달비|배송비|예약비|기본료|위약금"
    r"|deposit|activation|booking|call-?out|base|set-?up|installation|delivery|joining"
    r"|sign-?up|one-?off|one-?time",
    re.I,
)
_FIGURE = re.compile(r"(?<![\d.])\d+(?:\.\d+)?")
_TIME_UNITS = frozenset({"hour", "minute", "day", "week", "month", "year", "night", "time"})
# Renting or booking: a count of the things rented multiplies the rate per period.
_RENTS = re.compile(r"빌리|빌려|대여|렌트|렌터|렌탈|\brent|\bhir(?:e|ing)\b|\bbook", re.I)
# "세 번씩", "3 times each": one count for every price listed.
_EACH_AFTER = re.compile(r"\s*[가-힣A-Za-z]{0,4}?\s*(?:씩|each\b)", re.I)


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
