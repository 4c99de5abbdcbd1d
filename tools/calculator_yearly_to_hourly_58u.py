"""A yearly salary and the hours worked, asked per hour (helper cal58e3, set 50).

"i make 62k a year, 40 hrs a week 52 weeks, whats my hourly" was read by no reader (the
reverse of :mod:`tools.calculator_hourly_to_yearly_en`). Read by slots: one pay said by the
year ("62000 a year", "salary of 58000", "75k annually"), hours said by the week ("40 hrs a
week"), weeks worked in a year when said ("52 weeks", "48 weeks a year"; 52 otherwise), and
the hourly pay asked. Every figure must be one of these; a tax, a raise or a bonus makes it
another question, and nothing is read.

Asked "per month" instead, it is pay / 12. Its follow-ups (set 50): "and per month?" is the
same pay by the month, and "round the hourly to the nearest dollar" the hourly figure rounded.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

from core.lazy_regex import LazyPattern
from tools.followup_reading_51a import Change, plain
from tools.followup_rerun import kept_if_read

__all__ = [
    "CHANGES_58U_SALARY",
    "YearlyPay",
    "hourly_from_yearly",
    "salary_unit",
    "yearly_pay_read",
]

_N = r"\$?(?P<{}>\d+(?:\.\d+)?)"
_YEAR = r"(?:a|per|each|every|/)\s*(?:year|yr)\b|annually\b|yearly\b|a\s+year\b"
_PAY = LazyPattern(
    r"\b(?:make|makes|making|earn|earns|earning|get\s+paid|paid|salary\s+(?:is|of)|bring\s+in"
    r"|pulling\s+in|on)\s+"
    + _N.format("s")
    + rf"\s*(?:dollars?|bucks)?\s*(?:{_YEAR})"
    + r"|\bsalary\s+(?:is\s+|of\s+)?"
    + _N.format("s2")
    + r"\b|"
    + _N.format("s3")
    + r"\s*(?:dollars?|bucks)?\s+(?:a|per)\s+year\s+salary\b",
    re.IGNORECASE,
)
_HOURS = LazyPattern(
    r"(?<![\d.])(?P<h>\d+(?:\.\d+)?)\s*(?:hours?|hrs?|h)\s*(?:a|per|each|every|/)\s*(?:week|wk)\b",
    re.IGNORECASE,
)
_WEEKS = LazyPattern(
    r"(?<![\d.])(?P<w>\d+)\s*(?:working\s+|work\s+)?(?:weeks?|wks?)\b(?!\s*(?:off|of\s+(?:vacation|leave)))",
    re.IGNORECASE,
)
_HOURLY_ASKED = LazyPattern(
    r"\b(?:hourly|per\s+hour|an\s+hour|a\s+hour|/\s*h(?:ou)?r|by\s+the\s+hour|each\s+hour)\b",
    re.IGNORECASE,
)
_FIGURE = re.compile(r"(?<![\d.])\d+(?:\.\d+)?")
_OTHER_WORDS = LazyPattern(
    r"\b(?:tax|taxes|raise|bonus|overtime|percent|day|daily)\b|%", re.IGNORECASE
)
_MONTHLY_ASKED = LazyPattern(r"\b(?:monthly|per\s+month|a\s+month|each\s+month)\b", re.I)


class YearlyPay(NamedTuple):
    """A pay by the year, the hours of a week and the weeks of a year worked."""

    pay: str
    hours: str
    weeks: str

    @property
    def hourly(self) -> str:
        """The pay of an hour, to the cent (a pay is money even with no currency said)."""
        return f"round({self.pay} / ({self.hours} * {self.weeks}), 2)"


def yearly_pay_read(text: str) -> YearlyPay | None:
    """The slots of "i make 62000 a year, 40 hrs a week 52 weeks, whats my hourly", or ``None``.

    Args:
        text: The question with its numerals as digits, no thousands commas.
    """
    text = re.sub(r"(?<=\d),(?=\d{3}(?!\d))", "", text)
    pays, hours = list(_PAY.finditer(text)), list(_HOURS.finditer(text))
    if len(pays) != 1 or len(hours) != 1 or _OTHER_WORDS.search(text):
        return None
    pay = pays[0]
    name = next(g for g in ("s", "s2", "s3") if pay[g])
    weeks = [w for w in _WEEKS.finditer(text) if not hours[0].start() <= w.start() < hours[0].end()]
    if len(weeks) > 1:
        return None
    roles = {pay.span(name), hours[0].span("h"), *(w.span("w") for w in weeks)}
    if {f.span() for f in _FIGURE.finditer(text)} != roles:
        return None  # a figure with no role here (a tax, a second pay)
    week_count = weeks[0]["w"] if weeks else "52"
    if not 0 < float(hours[0]["h"]) <= 100 or not 0 < int(week_count) <= 52:
        return None
    return YearlyPay(pay[name], hours[0]["h"], week_count)


def salary_unit(text: str) -> str | None:
    """``"$"`` only for dollars said: a decimal count of hours is no price's cents."""
    return "$" if re.search(r"\$|\bdollars?\b|\bbucks\b", text, re.IGNORECASE) else None


def hourly_from_yearly(text: str) -> str | None:
    """``pay / (hours * weeks)`` when the hourly pay is asked, else ``None``.

    Args:
        text: The question with its numerals as digits.
    """
    read = yearly_pay_read(text)
    hourly, monthly = _HOURLY_ASKED.search(text), _MONTHLY_ASKED.search(text)
    if read is None or bool(hourly) == bool(monthly):
        return None  # neither asked, or both: which one is meant is not said
    return read.hourly if hourly else f"round({read.pay} / 12, 2)"


# "and per month?", "what about monthly", "how much a month is that".
_MONTH_TURN = LazyPattern(
    r"^\s*(?:(?:and|so|ok(?:ay)?|then|what\s+about|how\s+about|and\s+what\s+about|how\s+much"
    r"|what'?s\s+(?:that|it)|whats\s+(?:that|it))[\s,]+)*(?:is\s+(?:that|it)\s+)?"
    r"(?:per\s+month|a\s+month|monthly|each\s+month|by\s+the\s+month|every\s+month)"
    r"(?:\s+(?:then|is\s+that|is\s+it))?\s*[?.!]*\s*$",
    re.IGNORECASE,
)
# "round the hourly to the nearest dollar", "round my hourly rate", "hourly rounded?".
_ROUND_TURN = LazyPattern(
    r"^\s*(?:(?:and|so|ok(?:ay)?|now|then|can\s+you|pls|please|just)[\s,]+)*"
    r"(?:round(?:ed)?\s+(?:off\s+|up\s+)?(?:the|my|that)?\s*hourly(?:\s+(?:rate|wage|pay))?"
    r"(?:\s+(?:off\s+)?to\s+the\s+nearest\s+(?:dollar|whole\s+(?:dollar|number)|buck))?"
    r"|(?:the\s+)?hourly(?:\s+(?:rate|wage|pay))?\s+rounded(?:\s+to\s+the\s+nearest\s+(?:dollar|buck))?)"
    r"\s*(?:pls|please)?\s*[?.!]*\s*$",
    re.IGNORECASE,
)


def _first_reading(steps: Sequence[str]) -> YearlyPay | None:
    """The pay of the previous step (a monthly turn keeps the salary's words in its step)."""
    for step in steps:
        read = yearly_pay_read(plain(step))
        if read is not None:
            return read
    return None


def yearly_pay_turns(text: str, steps: Sequence[str]) -> Change | None:
    """ "and per month?" (pay / 12) or "round the hourly to the nearest dollar" after the
    hourly pay of a yearly salary was asked.

    Args:
        text: The follow-up.
        steps: The previous turn's steps (the last turn's, the step read from the salary).
    """
    said = plain(text)
    if re.search(r"\d", said) or len(steps) != 1:
        return None
    read = _first_reading(steps)
    if read is None:
        return None
    if _MONTH_TURN.match(said):
        # Said in the salary's words, so a later turn ("round the hourly") still finds it.
        monthly = (
            f"i make {read.pay} a year, {read.hours} hrs a week {read.weeks} weeks, per month?"
        )
        return kept_if_read(monthly, f"the yearly {read.pay} by the month")
    if _ROUND_TURN.match(said):
        # The turn says the dollar itself ("to the nearest dollar"): shown as dollars then.
        money = "$" if re.search(r"dollar|buck", said, re.IGNORECASE) else ""
        whole = f"round({money}{read.pay} / ({read.hours} * {read.weeks}))"
        return kept_if_read(whole, "the hourly pay rounded to the dollar")
    return None


CHANGES_58U_SALARY = (
    # "and per month?", "round the hourly to the nearest dollar" after "i make 62k a year, 40
    # hrs a week 52 weeks, whats my hourly".
    yearly_pay_turns,
)
