"""The calculator's result: the exact value, how it was read, and how a person is shown it.

Split from :mod:`tools.calculator`, which reads and evaluates the request.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from tools.calculator_everyday_readers import FUEL_ECONOMY_UNIT
from tools.calculator_weighted_average import GRADE_POINTS_UNIT
from tools.korean_numbers import format_number

__all__ = ["CalcResult", "hours_as_span", "span_in_hours"]

# The decimals a plain number is shown to.
_SHOWN_PLACES = Decimal("1e-10")


@dataclass(frozen=True)
class CalcResult:
    """The value of an arithmetic expression and how it was read."""

    value: Decimal
    expression: str
    unit: str | None = None
    # A span of minutes also said in hours and minutes ("4시간 15분", "4 h 15 min").
    span_words: str | None = None

    @property
    def display(self) -> str:
        """The value formatted for a person ("5,250원", "1,234.5")."""
        if self.unit == "원":
            won = self.value.quantize(Decimal(1), rounding=ROUND_HALF_UP)
            return f"{format_number(won)}원"
        if self.unit == "$":
            cents = self.value.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
            return f"{'-' if cents < 0 else ''}${abs(cents):,.2f}"
        if self.unit == "%":
            return f"{format_number(self.value, 4)}%"
        if self.unit == GRADE_POINTS_UNIT:
            # As a transcript shows a grade point average ("4.00", "3.75"); a value with
            # more places is said exactly too ("3.375 (≈ 3.38)").
            points = self.value.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
            return (
                f"{points}" if points == self.value else f"{format_number(self.value)} (≈ {points})"
            )
        if self.unit == "번":
            return f"{format_number(self.value)}번"  # a count of times, said as Korean says it
        if self.unit == "일":
            # Days glued as Korean writes them and the date reader says them ("50일", set 36).
            return f"{format_number(self.value, 4)}일"
        if self.unit == FUEL_ECONOMY_UNIT:
            return f"{format_number(self.value, 2)} {self.unit}"  # as a car's display shows it
        if self.unit:
            # A measure keeps the precision the unit converter shows.
            shown = f"{format_number(self.value, 4)} {self.unit}"
            return f"{shown} ({self.span_words})" if self.span_words else shown
        shown, two_places = format_number(self.value), format_number(self.value, 2)
        if two_places != shown and self.value != self.value.quantize(_SHOWN_PLACES):
            # Cut at ten decimals ("0.6666666667"): the two places a person reads are said
            # too, marked as rounded, so neither figure passes for the other.
            return f"{shown} (≈ {two_places})"
        return shown


def span_in_hours(minutes: Decimal, text: str) -> str | None:
    """ "4시간 15분" for 255 minutes (in the question's language); None under an hour."""
    if minutes < 60 or minutes != minutes.to_integral_value():
        return None
    asks_minutes = re.search(r"몇\s*분|how many min", text, re.IGNORECASE)
    if asks_minutes and not re.search(r"몇\s*시간|how many hours|how long", text, re.IGNORECASE):
        return None  # "총 몇 분?": the minutes alone were asked
    hours, rest = divmod(int(minutes), 60)
    if re.search(r"[가-힣]", text):
        return f"{hours}시간 {rest}분" if rest else f"{hours}시간"
    return f"{hours} h {rest} min" if rest else f"{hours} h"


def hours_as_span(hours: Decimal, unit: str | None) -> str | None:
    """ "2시간 24분" for 2.4 시간 (a distance over a speed, opens56k); None for whole hours
    or a part that is no whole minute ("2.41시간" stays as it is)."""
    if unit != "시간" or hours == hours.to_integral_value() or hours <= 0:
        return None
    minutes = hours * 60
    if minutes != minutes.to_integral_value():
        return None
    whole, rest = divmod(int(minutes), 60)
    return f"{whole}시간 {rest}분" if whole else f"{rest}분"
