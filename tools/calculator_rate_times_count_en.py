"""A price per unit and a count of those units, in English: "62 per head and 85 guests".

"catering is 62 per head and 85 guests have RSVP'd", "45 a week per kid and I have 3 kids
in it": the rate names its unit (per head, per kid) and the other figure counts that unit
(guests, kids). A count of a measure (hours, km) is left out: the calculator would show the
money in that measure. No form read these, so they were declined as not in the documents. Only a
sentence with exactly these two figures is read, and the count's noun must be the rate's
unit (or a word for the same people), so a price per night is never multiplied by a
count of people.
"""

from __future__ import annotations

import re
import unicodedata

from tools.calculator_units import detect_measure
from tools.korean_numbers import english_counts_as_digits, normalize_numerals

__all__ = ["fuel_to_fill_tank", "rate_times_count_en"]

_FIGURE = re.compile(r"\d[\d,]*(?:\.\d+)?")
_RATE = re.compile(
    r"(?:\$\s*)?(?P<r>\d[\d,]*(?:\.\d+)?)\s*(?:dollars?\s+|bucks\s+)?"
    r"(?:(?:per|a|an)\s+(?P<u1>[a-z]+))(?:\s+(?:per|a|an)\s+(?P<u2>[a-z]+))?",
    re.IGNORECASE,
)
_COUNT = re.compile(
    r"(?<![\d.,$])(?P<n>\d+)\s+(?:more\s+|extra\s+)?(?P<noun>[a-z]+)", re.IGNORECASE
)
# Words for the same people a price per head or per person counts.
_PEOPLE = frozenset({"head", "person", "people", "guest", "attendee", "adult", "diner"})
_SAME = {"kid": {"kid", "child", "children"}, "child": {"kid", "child", "children"}}
# A school's price per student counts its kids, and the reverse (set 26: "the school trip is
# 38 per student and 27 kids are going").
_SAME["student"] = {"kid", "child", "children", "pupil"}
_SAME["kid"] = _SAME["kid"] | {"student", "pupil"}
_SAME["child"] = _SAME["child"] | {"student", "pupil"}
_NUMBER_WORDS = re.compile(
    r"\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|dozen|couple"
    r"|pair|both|half|twice|double|triple)\b",
    re.IGNORECASE,
)


def _singular(word: str) -> str:
    word = word.lower()
    if word == "people":
        return "people"
    if word.endswith("ies"):
        return word[:-3] + "y"
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def _counts_the_unit(noun: str, unit: str) -> bool:
    noun, unit = _singular(noun), _singular(unit)
    if noun == unit:
        return True
    if unit in _PEOPLE and noun in _PEOPLE:
        return True
    return noun in _SAME.get(unit, set())


# A fuel's price said bare ("gas is 4.15", "petrol @ 1.89") is a price per the measure its
# tank is given in (set 51: "my tank takes 14 gallons and gas is 4.15, cost to fill it up
# from empty" was unread). Read only with a tank in that measure, a fill asked, no part of
# a tank said (half, a quarter, what is left) and no other figure.
_FUEL_PRICE = re.compile(
    r"\b(?:gas|petrol|fuel|diesel|unleaded|regular|premium)\s*(?:is|'s|costs?|runs?|at|@|=|:"
    r"|is\s+at|is\s+going\s+for|going\s+for|sells\s+for|selling\s+at)?\s*(?:about\s+)?\$?"
    r"(?P<r>\d+(?:\.\d+)?)(?!\.?\d)(?!\s*(?:dollars?\s+|bucks\s+)?(?:a|an|per|/|for|off|more|less)\b)"
    r"(?!\s*(?:%|/|gal|lit|ltr|l\b|cents?\s+(?:a|per)))",
    re.IGNORECASE,
)
_TANK = re.compile(
    r"\btank\b[^\d]{0,30}?(?<![\d.])(?P<n>\d+(?:\.\d+)?)\s*-?\s*(?P<m>gallons?|gal|litres?"
    r"|liters?|ltrs?|l)\b"
    r"|(?<![\d.])(?P<n2>\d+(?:\.\d+)?)\s*-?\s*(?P<m2>gallons?|gal|litres?|liters?|ltrs?|l)\s+"
    r"(?:gas\s+|fuel\s+)?tank\b",
    re.IGNORECASE,
)
_FILL = re.compile(r"\bfill(?:ing)?\b|\bfill-?up\b|\bfull\s+tank\b|\btank\s+(?:it\s+)?up\b", re.I)
_PART = re.compile(
    r"\b(?:half|quarter|quarters|third|thirds|left|already|still|remaining|partly|partway"
    r"|topp?(?:ing)?\s+(?:it\s+)?off)\b|%|\d\s*/\s*\d",
    re.IGNORECASE,
)


def fuel_to_fill_tank(text: str) -> str | None:
    """ "4.15 * 14" for "my tank takes 14 gallons and gas is 4.15, cost to fill it up".

    Args:
        text: The request as typed.
    """
    s = english_counts_as_digits(normalize_numerals(unicodedata.normalize("NFKC", text)))
    if len(_FIGURE.findall(s)) != 2 or not _FILL.search(s) or _PART.search(s):
        return None
    prices, tanks = list(_FUEL_PRICE.finditer(s)), list(_TANK.finditer(s))
    if len(prices) != 1 or len(tanks) != 1:
        return None
    return f"{prices[0]['r']} * {tanks[0]['n'] or tanks[0]['n2']}"


def rate_times_count_en(text: str) -> str | None:
    """ "62 * 85" for "catering is 62 per head and 85 guests have RSVP'd", else None.

    Args:
        text: The request as typed.
    """
    s = english_counts_as_digits(normalize_numerals(unicodedata.normalize("NFKC", text)))
    if re.search(r"[가-힣]", s) or len(_FIGURE.findall(s)) != 2:
        return None
    if detect_measure(s)[1] is not None:
        # "30 an hour and the job takes 4 hours": the sum would be shown in hours, a
        # measure, though it is money; such sentences are left to other readers.
        return None
    rates = list(_RATE.finditer(s))
    if len(rates) != 1:
        return None
    rate = rates[0]
    unit = rate["u2"] or rate["u1"]
    rest = s[: rate.start()] + " " + s[rate.end() :]
    if _NUMBER_WORDS.search(rest):
        return None  # a count in words besides: another sum
    counts = [c for c in _COUNT.finditer(rest) if _counts_the_unit(c["noun"], unit)]
    if len(counts) != 1:
        return None
    return f"{rate['r'].replace(',', '')} * {counts[0]['n']}"
