"""The unit a calculation carries: a measure written after its figures, asked in another unit.

``tools.calculator`` strips one kind of measure from a sum ("26.4555 lb를 2로 나누면",
"1.5리터씩") and gives it to the result; :func:`in_asked_unit` converts that result when
the question asks it in another unit of its kind ("750ml 4병이면 몇 리터").
"""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal

from core.errors import ToolInputError
from tools.calculator_priced_per_measure_41 import priced_per_measure
from tools.units import convert_units, unit_symbol

__all__ = ["HOURS_MINUTES", "MEASURE", "detect_measure", "in_asked_unit", "spans_in_minutes"]

# A measure written after a number ("26.4555 lb를 2로 나누면", a unit result being
# chained): one kind of unit, carried to the answer. English words that are also unit
# names ("2 in 10") are not read as units.
# Korean unit names count too ("1.5리터씩"), but only measures: a time or a count word
# after a figure ("3일", "20분", "5명") is not a unit the result carries.
MEASURE = re.compile(
    r"(?<=\d)\s*(?P<u>°[CF]|[A-Za-z][A-Za-z/²³]{0,5}(?![A-Za-z])"
    r"|밀리리터|리터|킬로그램|밀리그램|그램|킬로미터|센티미터|밀리미터|미터|파운드|온스|마일"
    r"|인치|피트|갤런)"
)
_NOT_MEASURES = frozenset({"in", "x", "X", "of", "to", "or", "and", "by"})
# "3 day passes", "two 7 day passes", "a 5 hour parking pass": a time word in the singular
# after a figure other than one, before a noun, names a kind of thing (a 7-day pass), not a
# measure of the result ("3 day passes at 129 each" answered '387 d').
_TIME_WORDS = frozenset({"minute", "hour", "day", "night", "week", "month", "year"})
_NOUN_AFTER = re.compile(r"\s+(?P<w>[A-Za-z]{3,})")
_NOT_NOUNS = frozenset(
    {"and", "for", "the", "each", "per", "with", "from", "ago", "later", "old", "long", "left"}
)


def _names_a_kind(s: str, m: re.Match[str]) -> bool:
    """Whether the measure ``m`` is a singular time word before a noun ("3 day passes")."""
    if m["u"].lower() not in _TIME_WORDS:
        return False
    figure = re.search(r"(\d+(?:\.\d+)?)\s*$", s[: m.start()])
    if figure is None or Decimal(figure.group(1)) == 1:
        return False
    after = _NOUN_AFTER.match(s, m.end())
    return after is not None and after["w"].lower() not in _NOT_NOUNS


_TIME_UNITS = frozenset({"s", "min", "h", "d", "wk"})
#: "3시간 20분": hours and minutes that make one span.
HOURS_MINUTES = re.compile(
    r"(?P<h>\d+)\s*(?:시간|hours?|hrs?)\s*(?:and\s+)?(?P<m>\d+)\s*(?:분|minutes?|mins?)"
)

# One span of time: hours and minutes, hours alone or minutes alone ("1시간 30분", "50분",
# "2 hours", "45 min"); "시간당" (per hour) is a rate, not a span.
_SPAN = re.compile(
    r"(?<![\d.])(?:(?P<h>\d+(?:\.\d+)?)\s*(?:시간(?!\s*당)|hours?(?![A-Za-z])|hrs?(?![A-Za-z])))?"
    # (The space after the hours belongs to the span only when minutes follow.)
    r"(?:(?(h)\s*(?:and\s+)?)(?P<m>\d+(?:\.\d+)?)\s*"
    r"(?:분(?![가-힣])|분(?=[을를이가은는에도])|minutes?(?![A-Za-z])|mins?(?![A-Za-z])))?"
)


def spans_in_minutes(text: str) -> str:
    """Every span of time in ``text`` as minutes ("거기서 1시간 10분 빼면" -> "70 min").

    A result in minutes chained with a span the user says in hours and minutes is
    arithmetic in one unit only once both are minutes.
    """

    def minutes(m: re.Match[str]) -> str:
        if not (m["h"] or m["m"]):
            return m[0]
        total = Decimal(m["h"] or 0) * 60 + Decimal(m["m"] or 0)
        return f"{total.normalize():f} min"

    return _SPAN.sub(minutes, text)


def detect_measure(s: str) -> tuple[str, str | None]:
    """Strip the one kind of measure written after the figures of ``s`` and name it.

    Args:
        s: A normalised request ("26.4555 lb를 2로 나누면", "150 miles in 2.5 hours").

    Returns:
        The text without that unit and its symbol ("lb", "mi"), or ``s`` and ``None``
        when no single kind of measure is written.
    """
    symbols = {
        symbol
        for m in MEASURE.finditer(s)
        if m["u"] not in _NOT_MEASURES
        and not _names_a_kind(s, m)
        and (symbol := unit_symbol(m["u"])) is not None
    }
    if len(symbols) > 1:
        # "150 miles in 2.5 hours": the time is what the measure is spread over, not the
        # result's unit; it stays in the text for the sentence forms to read.
        symbols -= _TIME_UNITS
    if len(symbols) != 1:
        return s, None
    chosen = symbols.pop()
    stripped = MEASURE.sub(
        lambda m: (
            ""
            if m["u"] not in _NOT_MEASURES
            and not _names_a_kind(s, m)
            and unit_symbol(m["u"]) == chosen
            else m[0]
        ),
        s,
    )
    # "3 lbs of apples at 1.29 a lb …": pounds bought at a price, the total money (set 41).
    # (Time is left to the rate readers: "15 a day, 4 days?" is theirs to read or decline.)
    money = chosen not in _TIME_UNITS and priced_per_measure(s, chosen)
    return stripped, None if money else chosen


# The unit the question asks the result in: "몇 리터야?", "how many litres", "in kg?".
_ASKED_UNIT = re.compile(
    r"몇\s*(?P<ko>[가-힣A-Za-z]{1,6}?)\s*(?:야|예요|이야|인가요|일까요?|나와|돼)?\s*[?？.]?\s*$"
    r"|\bhow\s+many\s+(?P<many>[A-Za-z]+)|\bin\s+(?P<en>[A-Za-z]+)\s*[?.]?\s*$",
    re.IGNORECASE,
)


def in_asked_unit(text: str, value: Decimal, unit: str | None) -> tuple[Decimal, str | None]:
    """A measure asked in another unit of its kind ("750ml 4병이면 몇 리터") is converted.

    Args:
        text: The request as the user wrote it.
        value: The calculated value in ``unit``.
        unit: The measure the figures carried, if any.

    Returns:
        The value and unit the question asks for (unchanged when it asks none).
    """
    if unit is None or unit in ("원", "$"):
        return value, unit
    match = _ASKED_UNIT.search(unicodedata.normalize("NFKC", text))
    asked = match and unit_symbol(match["ko"] or match["many"] or match["en"] or "")
    if not asked or asked == unit:
        return value, unit
    try:
        converted = convert_units(value, unit, asked)
    except ToolInputError:
        return value, unit  # another kind of unit ("몇 개"): the result stays as it is
    return converted.value, converted.unit
