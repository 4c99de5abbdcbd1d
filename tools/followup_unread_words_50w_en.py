"""A follow-up's month or measuring unit that its new steps leave out: no reading.

Follow-up rules swap a figure of the earlier request for the turn's. When the turn says
more than a figure, the swap can keep the earlier words the turn replaced (own probes,
2026-12-05):

- "how many days between march 3 and april 15" then "and to june 1?" was read as
  "… march 3 and april 1" (29 days): the 15 swapped, the month said left out;
- "convert 5 miles to km" then "and 10 miles in meters?" was "convert 10 miles to km":
  the unit asked left out.

A month the turn names, or a unit of length, weight, volume or temperature it asks a
figure in ("in meters"), must show in the steps it amounts to; when it does not, the turn
is not read (the step goes on to a model). A price "a litre" asks no unit, and time units
are left out: a follow-up's period ("and for the week?") is often rewritten into other
words of time by the rules, rightly.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from core.text import ENGLISH_MONTH_NUMBERS
from tools.units import unit_symbol

__all__ = ["drops_a_named_month_or_unit"]

_MONTH = re.compile(
    r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b(?=\s*\d)", re.I
)
_ISO_MONTH = re.compile(r"\b\d{4}-(\d{2})-\d{2}\b")
_WORD = re.compile(r"[a-z°/]{3,}", re.I)
# The unit a conversion is asked in ("in meters", "to feet"); a price "a litre" is no ask.
_ASKED_IN = re.compile(r"\b(?:in|into|to|as)\s+([a-z°/]{3,})", re.I)
# Units of time are rewritten by the follow-up rules ("for the week" as 7 days); not checked.
# "and in pounds at 1,700?": sterling, not weight; a word that names money too is not checked.
_MONEY_TOO = frozenset({"pound", "pounds"})
_TIME_UNITS = frozenset({"h", "min", "s", "ms", "d", "wk", "mo", "yr"})


def _months(text: str) -> set[int]:
    """The months ``text`` names before a day ("june 1", "Sept 3", "2026-02-02")."""
    named = {
        ENGLISH_MONTH_NUMBERS[word]
        for match in _MONTH.finditer(text)
        if (word := match[0].lower()) in ENGLISH_MONTH_NUMBERS
    }
    # (The rules write a date they carry over as ISO: "from 2026-02-02 to july 4".)
    return named | {int(month) for month in _ISO_MONTH.findall(text)}


def _units(words: list[str]) -> set[str]:
    """The units of measure (not of time) among ``words``, as their symbols."""
    symbols = {unit_symbol(word.lower()) for word in words if word.lower() not in _MONEY_TOO}
    return {s for s in symbols if s is not None and s not in _TIME_UNITS}


def drops_a_named_month_or_unit(text: str, new_steps: Sequence[str]) -> bool:
    """Whether ``text`` names a month or a unit that none of ``new_steps`` names."""
    steps = " ".join(new_steps)
    asked = _units(_ASKED_IN.findall(text))
    return not _months(text) <= _months(steps) or not asked <= _units(_WORD.findall(steps))
