"""An amount paid by the month, raised by a percent, asked for the new year (cal58e3, set 50).

"rent is two thousand four hundred a month and goes up 3.5% next year, whats the new yearly
total" was read by no reader (the new monthly alone is, by :mod:`tools.calculator_rates`).
Read by slots: one amount paid by the month ("2400 a month", "1,850/mo", "monthly rent of
900"), one percent said as a rise ("goes up 3.5%", "a 4% increase", "raised by 5 percent"),
and the year asked ("new yearly total", "per year now", "for the year"); no other figure.
The new year is the raised month twelve times. Its follow-up "and the new monthly?" is the
raised month alone.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

from core.lazy_regex import LazyPattern
from tools.calculator_spoken_amounts_en import spoken_thousands_as_digits
from tools.followup_reading_51a import Change, plain
from tools.followup_rerun import kept_if_read

__all__ = ["CHANGES_58U_RAISED", "RaisedMonthly", "raised_monthly_read", "raised_yearly_total"]

_N = r"\d+(?:\.\d+)?"
_MONTHLY = LazyPattern(
    rf"(?<![\d.])\$?(?P<m>{_N})\s*(?:dollars?|bucks)?\s*(?:a|per|each|every|/)\s*(?:month|mo)\b"
    rf"|\bmonthly\s+(?:[a-z]+\s+)?(?:is\s+|of\s+)?\$?(?P<m2>{_N})",
    re.IGNORECASE,
)
_RISE = LazyPattern(
    rf"\b(?:goes|go|going|went|is\s+going)\s+up\s+(?:by\s+)?(?P<p>{_N})\s*(?:%|percent)"
    rf"|\b(?:rises?|rising|increases?|increasing|raised|raising|hiked?|hiking|jumps?)\s+(?:it\s+)?"
    rf"(?:by\s+)?(?P<p2>{_N})\s*(?:%|percent)"
    rf"|(?<![\d.])(?P<p3>{_N})\s*(?:%|percent)\s+(?:increase|raise|rise|hike|more)\b",
    re.IGNORECASE,
)
_YEAR_ASKED = LazyPattern(
    r"\b(?:yearly|annual|annually|(?:a|per|for\s+the|for\s+a|each|the\s+whole)\s+year"
    r"|over\s+(?:the\s+)?(?:next\s+)?(?:year|12\s+months))\b",
    re.IGNORECASE,
)
_FIGURE = re.compile(rf"(?<![\d.]){_N}")
# Not the raised year: the rise itself, a saving, a share, a comparison, a past year.
_OTHER = LazyPattern(
    r"\b(?:how\s+much\s+more|extra|difference|save|split|each\s+of|per\s+person|old|before"
    r"|last\s+year)\b",
    re.IGNORECASE,
)


class RaisedMonthly(NamedTuple):
    """A monthly amount and the percent it is raised by."""

    monthly: str
    percent: str

    @property
    def new_monthly(self) -> str:
        """The month raised."""
        return f"{self.monthly} * (1 + {self.percent} / 100)"


def raised_monthly_read(text: str) -> RaisedMonthly | None:
    """The month and the rise of ``text`` when they are its only figures, else ``None``.

    Args:
        text: The question with its numerals as digits.
    """
    text = re.sub(r"(?<=\d),(?=\d{3}(?!\d))", "", text)
    months, rises = list(_MONTHLY.finditer(text)), list(_RISE.finditer(text))
    if len(months) != 1 or len(rises) != 1 or _OTHER.search(text):
        return None
    month, rise = months[0], rises[0]
    m = "m" if month["m"] else "m2"
    p = next(g for g in ("p", "p2", "p3") if rise[g])
    if {f.span() for f in _FIGURE.finditer(text)} != {month.span(m), rise.span(p)}:
        return None  # another figure (a count of years, a fee): not this form
    if float(rise[p]) >= 100:
        return None
    return RaisedMonthly(month[m], rise[p])


def raised_yearly_total(text: str) -> str | None:
    """``monthly * (1 + p / 100) * 12`` when the new year is asked, else ``None``.

    Args:
        text: The question with its numerals as digits.
    """
    read = raised_monthly_read(text)
    if read is None or not _YEAR_ASKED.search(text):
        return None
    return f"{read.new_monthly} * 12"


_MONTH_TURN = LazyPattern(
    r"^\s*(?:(?:and|so|ok(?:ay)?|then|what\s+about|how\s+about|what'?s|whats|what\s+is)[\s,]+)*"
    r"(?:the\s+)?(?:new\s+)?(?:monthly(?:\s+(?:rent|amount|payment|cost|price|one))?|per\s+month"
    r"|a\s+month|each\s+month)(?:\s+(?:then|now))?\s*[?.!]*\s*$",
    re.IGNORECASE,
)


def raised_month_asked(text: str, steps: Sequence[str]) -> Change | None:
    """ "and the new monthly?" after the raised year: the raised month alone.

    Args:
        text: The follow-up.
        steps: The previous turn's steps.
    """
    if len(steps) != 1 or not _MONTH_TURN.match(plain(text)):
        return None
    step = spoken_thousands_as_digits(plain(steps[0]))  # the month said in words
    read = raised_monthly_read(step)
    if read is None or not _YEAR_ASKED.search(step):
        return None
    return kept_if_read(read.new_monthly, f"{read.monthly} a month raised {read.percent}%")


CHANGES_58U_RAISED = (
    # "and the new monthly?" after "rent is 2400 a month and goes up 3.5% … new yearly total".
    raised_month_asked,
)
