"""An amount of money said in English words: "a hundred and twenty bucks" is 120 dollars.

Blind set 39: "a hundred and twenty bucks split four ways" went to the local model, which
answered "A hundred and twenty dollars is a dollar amount, and four is a number.", while
"120 dollars split four ways" is read ($30.00). Two things were unread: a number of
hundreds said in words, and "bucks" for dollars. Only a whole spoken number right before
a money word is rewritten ("two hundred and fifty dollars", "a hundred bucks", "sixty-five
bucks"), and "N bucks" becomes "N dollars"; nothing else in the sentence changes, so a
count of things in words stays for the readers that read counts.
"""

from __future__ import annotations

import re

from core.lazy_regex import LazyPattern
from core.text import ENGLISH_DIGITS, ENGLISH_TEENS, ENGLISH_TENS

__all__ = ["spoken_amounts_as_digits", "spoken_counts_as_digits", "spoken_thousands_as_digits"]

_ONES = {k: int(v) for k, v in ENGLISH_DIGITS.items() if k != "zero"}
_TEENS = ENGLISH_TEENS
_TENS = ENGLISH_TENS


def _words(table: dict[str, int]) -> str:
    return "|".join(sorted(table, key=len, reverse=True))


# Below a hundred: "twenty", "twenty-five", "twenty five", "fifteen", "seven".
_BELOW_HUNDRED = (
    rf"(?:(?P<tens>{_words(_TENS)})(?:[-\s]+(?P<tens_one>{_words(_ONES)}))?"
    rf"|(?P<teen>{_words(_TEENS)})|(?P<one>{_words(_ONES)}))"
)
_MONEY_WORD = r"(?:bucks|dollars|euros|quid|pounds)\b"
_SPOKEN = LazyPattern(
    rf"\b(?:(?P<hundreds>a|one|{_words(_ONES)})\s+hundred(?:\s+(?:and\s+)?)?)?"
    rf"{_BELOW_HUNDRED}?(?=\s+{_MONEY_WORD})",
    re.IGNORECASE,
)
# A distance, a stay or a period counted in words ("two hundred km", "ninety minutes"): the
# same spoken number before what a quoted rate is per (doccond58: "i drove two hundred km"
# after "300 won per kilometre" was declined, its count unread).
_COUNTED_WORD = (
    r"(?:km|kilomet(?:er|re)s?|miles?|minutes?|mins?|hours?|days?|nights?|weeks?|months?)\b"
)
_SPOKEN_COUNT = LazyPattern(
    rf"\b(?:(?P<hundreds>a|one|{_words(_ONES)})\s+hundred(?:\s+(?:and\s+)?)?)?"
    rf"{_BELOW_HUNDRED}?(?=\s+{_COUNTED_WORD})",
    re.IGNORECASE,
)
_BUCKS = LazyPattern(r"(?<=\d)\s+bucks\b", re.IGNORECASE)


def _value(m: re.Match[str]) -> str:
    if not m.group(0).strip():
        return m.group(0)  # every part is optional: an empty match says nothing
    said = {k: (v.lower() if v else v) for k, v in m.groupdict().items()}
    hundreds = said["hundreds"]
    total = 0 if hundreds is None else 100 * (1 if hundreds in ("a", "one") else _ONES[hundreds])
    if said["tens"]:
        total += _TENS[said["tens"]] + (_ONES[said["tens_one"]] if said["tens_one"] else 0)
    elif said["teen"]:
        total += _TEENS[said["teen"]]
    elif said["one"]:
        total += _ONES[said["one"]]
    return str(total)


# Two amounts said "from A to B" in words (set 51: "went from eighty to ninety two dollars,
# by what percent did it go up"): the money word after B is A's too, and a percent asked of
# the pair makes both amounts even with no money word. Any other pair stays in words.
_BELOW = re.sub(r"\?P<\w+>", "?:", _BELOW_HUNDRED)  # the same words, no named groups
_SPOKEN_NUMBER = rf"(?:(?:a|one|{_words(_ONES)})\s+hundred(?:\s+(?:and\s+)?{_BELOW})?|{_BELOW})"
_FROM_TO = LazyPattern(
    rf"\bfrom\s+\$?(?P<a>{_SPOKEN_NUMBER})\s+to\s+\$?"
    rf"(?P<b>{_SPOKEN_NUMBER})\b(?P<after>\s+{_MONEY_WORD})?",
    re.IGNORECASE,
)
_PERCENT_ASKED = LazyPattern(r"\bper\s*cent\b|%|\bpct\b", re.IGNORECASE)


def _from_to_as_digits(text: str) -> str:
    def value(m: re.Match[str]) -> str:
        a, b = _below_thousand(m["a"]), _below_thousand(m["b"])
        if not a or not b or (m["after"] is None and not _PERCENT_ASKED.search(text)):
            return m.group(0)
        return f"from {a} to {b}{m['after'] or ''}"

    return _FROM_TO.sub(value, text)


def spoken_amounts_as_digits(text: str) -> str:
    """``text`` with an amount said in words before a money word in digits, bucks as dollars."""
    return _BUCKS.sub(" dollars", _SPOKEN.sub(_value, _from_to_as_digits(text)))


def spoken_counts_as_digits(text: str) -> str:
    """``text`` with a count said in words before a unit in digits ("two hundred km": 200 km)."""
    return _SPOKEN_COUNT.sub(_value, text)


# "two thousand four hundred a month", "three thousand dollars" (set 50, cal58e3): thousands
# said in words before a money word or a period it is paid by. Only a number with
# "thousand" in it is read here (a count of things is not said in thousands before "a
# month"); the hundreds and the rest below it are the spoken number above.
_BELOW_THOUSAND = (
    rf"(?:(?:a|one|{_words(_ONES)})\s+hundred(?:\s+(?:and\s+)?)?)?"
    rf"(?:(?:{_words(_TENS)})(?:[-\s]+(?:{_words(_ONES)}))?|{_words(_TEENS)}|{_words(_ONES)})?"
)
_THOUSANDS = LazyPattern(
    rf"\b(?P<k>(?:{_words(_TENS)})(?:[-\s]+(?:{_words(_ONES)}))?|{_words(_TEENS)}|{_words(_ONES)}|a)"
    rf"\s+thousand(?P<rest>(?:\s*,?\s+(?:and\s+)?{_BELOW_THOUSAND})?)"
    rf"(?=\s+(?:{_MONEY_WORD}|(?:a|per|each|every)\s+(?:month|year|week)\b))",
    re.IGNORECASE,
)
_PLAIN_BELOW_THOUSAND = LazyPattern(
    rf"(?:(?P<hundreds>a|one|{_words(_ONES)})\s+hundred(?:\s+(?:and\s+)?)?)?{_BELOW_HUNDRED}?",
    re.IGNORECASE,
)


def _below_thousand(words: str) -> int | None:
    said = _PLAIN_BELOW_THOUSAND.fullmatch(words.strip())
    return None if said is None else int(_value(said) or 0)


def spoken_thousands_as_digits(text: str) -> str:
    """``text`` with "two thousand four hundred a month" as "2400 a month"."""

    def value(m: re.Match[str]) -> str:
        k = m["k"].lower()
        head = 1 if k == "a" else _below_thousand(k)
        words = re.sub(r"^[\s,]*(?:and\s+)?", "", m["rest"])
        rest = _below_thousand(words) if words.strip() else 0
        if not head or rest is None:
            return m.group(0)
        return str(head * 1000 + rest)

    return _THOUSANDS.sub(value, text)
