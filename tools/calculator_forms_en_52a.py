"""English sums opens52a read for sets 24 to 35, each one whole form of a question.

Each reader takes the question with its numerals as digits and gives plain arithmetic, or
``None`` when the question is not wholly that form: every figure said must be one the form
places, so a question with another figure (a second fee, a deposit) is left to the others.
"""

from __future__ import annotations

import re

from core.lazy_regex import LazyPattern
from tools.thousands_commas import without_thousands_commas

__all__ = [
    "case_with_discount",
    "invoice_vat_less_withholding",
    "monthly_pair_for_a_year_en",
    "pace_per_hundred_metres",
    "remittance_less_percent_fee",
    "share_by_person_nights",
]

_N = r"\d+(?:\.\d+)?"
_FIGURE = LazyPattern(r"(?<![\d.])\d+(?:\.\d+)?")


def _figures(text: str) -> int:
    return len(_FIGURE.findall(text.replace(",", "")))


# "rent is 1,450 and utilities run 210 a month, what's that for a year": two monthly costs,
# a year of both (the shared "a month" belongs to both; 210 * 12 alone left the rent out).
_SUBJECT = r"(?:(?:my|our|the)\s+)?[a-z]+(?:\s+[a-z]+)?"
_MONTHLY_PAIR = LazyPattern(
    rf"^{_SUBJECT}\s+(?:is|are|costs?)\s+\$?(?P<a>{_N})\s+and\s+"
    rf"{_SUBJECT}\s+(?:is|are|costs?|runs?|comes?\s+to)\s+(?:about\s+)?\$?(?P<b>{_N})",
    re.IGNORECASE,
)
_A_MONTH = LazyPattern(r"^\s*(?:a|per|each|every)\s+month\b|^\s*monthly\b", re.IGNORECASE)
_FOR_A_YEAR = LazyPattern(
    r"^\s*,?\s*(?:so\s+)?(?:what(?:'s| is)\s+(?:that|it|this)|how\s+much(?:\s+is\s+(?:that|it))?)"
    r"\s+(?:for|over|in)\s+a\s+(?:whole\s+|full\s+)?year\s*\??\s*$",
    re.IGNORECASE,
)


def monthly_pair_for_a_year_en(question: str) -> str | None:
    """ "(1450 + 210) * 12" for two costs a month asked for a year, or ``None``."""
    s = question.replace(",", "")
    pair = _MONTHLY_PAIR.match(s.strip())
    if pair is None:
        return None
    rest = s.strip()[pair.end() :]
    per_month = _A_MONTH.match(rest)
    if per_month is None or _FOR_A_YEAR.match(rest[per_month.end() :]) is None:
        return None
    return f"({pair['a']} + {pair['b']}) * 12" if _figures(s) == 2 else None


# "wine is 12.50 a bottle and a case of 12 gets 10% off, what's a case": the case's bottles
# at the bottle price, less the case discount (12.50 was once read as the 12 of the case).
_CASE = LazyPattern(
    rf"^(?:[a-z]+\s+){{1,3}}(?:is|are|costs?)\s+\$?(?P<p>{_N})\s+(?:a|per|each)\s+(?P<one>[a-z]+)"
    rf"\s*,?\s+(?:and|but)\s+a\s+(?P<pack>case|box|crate|pack|carton)\s+of\s+(?P<n>\d+)\s+"
    rf"(?:gets|is|has)\s+(?P<d>{_N})\s*%\s+off\s*,?\s*(?:so\s+)?"
    r"(?:what(?:'s| is| does)\s+a\s+(?P=pack)(?:\s+cost)?"
    r"|how\s+much\s+(?:is\s+)?a\s+(?P=pack))\s*\??$",
    re.IGNORECASE,
)


def case_with_discount(question: str) -> str | None:
    """ "12.50 * 12 * (1 - 10 / 100)" for a case at a per-item price less its discount."""
    found = _CASE.match(question.replace(",", "").strip())
    if found is None:
        return None
    return f"{found['p']} * {found['n']} * (1 - {found['d']} / 100)"


# "my invoice is 2,400 before VAT, add 20% VAT, and the client withholds 10% of the net. how
# much actually lands in my account": VAT on the net, the withholding off the net.
_INVOICE = LazyPattern(
    rf"^(?:my|the|our)\s+(?:invoice|bill|fee)\s+is\s+\$?(?P<net>{_N})\s+"
    r"(?:before|excluding|ex\.?|net\s+of)\s+VAT\s*,?\s*(?:and\s+)?(?:I\s+)?(?:add|plus|charge)\s+"
    rf"(?P<vat>{_N})\s*%\s*VAT\s*,?\s*(?:and\s+)?the\s+(?:client|customer|company)\s+"
    rf"(?:withholds|keeps|holds\s+back|deducts)\s+(?P<w>{_N})\s*%\s+of\s+the\s+net\s*[.,]?\s*"
    r"(?:so\s+)?how\s+much\s+(?:actually\s+|really\s+)?(?:lands|arrives|ends\s+up|do\s+I\s+get|"
    r"comes)\b[^\d]*$",
    re.IGNORECASE,
)


def invoice_vat_less_withholding(question: str) -> str | None:
    """ "2400 * (1 + 20 / 100) - 2400 * 10 / 100": what lands of an invoice with VAT added."""
    found = _INVOICE.match(question.replace(",", "").strip())
    if found is None:
        return None
    net = found["net"]
    return f"{net} * (1 + {found['vat']} / 100) - {net} * {found['w']} / 100"


# "sending 800 dollars to mexico at 17.2 pesos per dollar and the app takes a 1.5% fee, how
# many pesos arrive": the fee is a share, so taken before or after the exchange it leaves
# the same amount; the answer is in the other currency, so it carries no dollar sign.
_REMITTANCE = LazyPattern(
    rf"^(?:I'm\s+|I\s+am\s+)?(?:sending|send|transferring|wiring)\s+\$?(?P<a>{_N})\s*"
    r"(?:dollars|bucks|usd)?\s+(?:to\s+[a-z]+\s+|home\s+)?at\s+"
    rf"(?P<r>{_N})\s+(?P<cur>[a-z]+)\s+(?:per|a|to\s+the|for\s+each|each)\s+(?:dollar|usd)\s*,?\s*"
    rf"(?:and\s+)?the\s+(?:app|bank|service|transfer)\s+(?:takes|charges|keeps)\s+(?:a\s+)?"
    rf"(?P<f>{_N})\s*%\s*(?:fee|cut|commission)\s*,?\s*how\s+(?:many|much)\s+(?P=cur)\s+"
    r"(?:arrive|arrives|land|lands|get\s+there|do\s+they\s+get|end\s+up)\b\s*\??$",
    re.IGNORECASE,
)


def remittance_less_percent_fee(question: str) -> str | None:
    """ "800 * (1 - 1.5 / 100) * 17.2": the other currency a transfer less its percent fee
    delivers."""
    found = _REMITTANCE.match(question.replace(",", "").strip())
    if found is None:
        return None
    return f"{found['a']} * (1 - {found['f']} / 100) * {found['r']}"


# "the airbnb was 840 total, we split by person-nights, I stayed 4 nights and Sam stayed 3,
# what's my share": the total in proportion to the nights each stayed.
_BY_NIGHTS = LazyPattern(
    rf"^the\s+[a-z]+\s+(?:was|is|came\s+to|cost)\s+\$?(?P<t>{_N})\s*(?:total|in\s+total|all\s+in)?"
    r"\s*,?\s*(?:and\s+)?we(?:'re|\s+are)?\s+(?:split(?:ting)?|divid(?:e|ing))\s+(?:it\s+)?"
    r"by\s+(?:person[\s-]?nights|nights\s+stayed|the\s+nights\s+each\s+stayed)\s*,?\s*"
    r"(?P<stays>.+?)\s*,?\s*what(?:'s| is)\s+my\s+share\s*\??$",
    re.IGNORECASE,
)
_MY_NIGHTS = LazyPattern(r"^I\s+stayed\s+(?P<n>\d+)(?:\s+nights?)?$", re.IGNORECASE)
_THEIR_NIGHTS = LazyPattern(r"^(?P<who>[A-Z][a-z]+)\s+stayed\s+(?P<n>\d+)(?:\s+nights?)?$")


def share_by_person_nights(question: str) -> str | None:
    """ "840 * 4 / (4 + 3)": my share of a total split by the nights each person stayed."""
    found = _BY_NIGHTS.match(without_thousands_commas(question).strip())
    if found is None:
        return None
    parts = [p.strip() for p in re.split(r",\s*(?:and\s+)?|\s+and\s+", found["stays"])]
    mine = [m for p in parts if (m := _MY_NIGHTS.match(p))]
    others = [m for p in parts if (m := _THEIR_NIGHTS.match(p))]
    if len(mine) != 1 or not others or len(mine) + len(others) != len(parts):
        return None  # a stay this reading cannot place
    nights = [mine[0]["n"], *(o["n"] for o in others)]
    return f"{found['t']} * {nights[0]} / ({' + '.join(nights)})"


# "I swam 1,500 m in 32 minutes, what's my pace per 100 m": a swimmer's pace is the time for
# 100 metres, 32 / (1500 / 100) minutes, said as "2 min 8 s per 100m".
_SWIM = LazyPattern(
    rf"^I\s+(?:swam|swim|did|rowed)\s+(?P<d>{_N})\s*(?:m|metres|meters)\s+in\s+(?P<t>{_N})\s*"
    r"(?:minutes|mins?)\s*,?\s*(?:so\s+)?what(?:'s|\s+is|\s+was)\s+my\s+(?:average\s+)?pace\s+"
    r"(?:per|a|for\s+each|every)\s+100\s*(?:m|metres|meters)\s*\??$",
    re.IGNORECASE,
)


def pace_per_hundred_metres(question: str) -> str | None:
    """ "32 / (1500 / 100)": minutes per 100 metres over a distance swum in a time."""
    found = _SWIM.match(question.replace(",", "").strip())
    if found is None or float(found["d"]) == 0:
        return None
    return f"{found['t']} / ({found['d']} / 100)"
