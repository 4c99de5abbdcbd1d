"""A follow-up giving another amount in another unit of the same kind: "and 1.75 liters?".

After "how many fl oz in 750 ml" (25.36 fl oz), "and 1.75 liters?" went to the cloud: the
swap rules change a figure said as the previous request said it ("and 1000?", "and 82
kg?"), and neither the turn's litres nor "and 1750 ml?" were read. Any amount of a unit of
the same dimension asks the same conversion of it: the previous conversion's target unit
is kept and the new amount converted ("1.75 L = 59.17 fl oz"). Declined when the previous
turn was no unit conversion, or the turn's unit is unknown, ambiguous, or of another kind.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from core.errors import ToolInputError
from core.lazy_regex import LazyPattern
from tools.units import convert_units, parse_unit_request, unit_symbol

__all__ = ["amount_in_other_unit"]

_TURN = LazyPattern(
    r"^\s*(?:and|what\s+about|how\s+about|그럼|그러면)?\s*,?\s*"
    r"(?P<q>\d+(?:\.\d+)?)\s*(?P<u>[A-Za-z가-힣][A-Za-z가-힣. ]{0,11}?)\s*"
    r"(?:은|는|이면|면|이야|짜리는)?\s*[?？]*\s*$",
    re.IGNORECASE,
)


def amount_in_other_unit(text: str, previous_steps: Sequence[str]) -> tuple[list[str], str] | None:
    """The previous conversion asked of the turn's amount and unit, or ``None``.

    Args:
        text: The follow-up ("and 1.75 liters?").
        previous_steps: The previous turn's steps (one step, a unit conversion).
    """
    turn = _TURN.match(text)
    if turn is None or len(previous_steps) != 1:
        return None
    before = parse_unit_request(previous_steps[0])
    unit = unit_symbol(turn["u"].strip())
    if before is None or unit is None or unit == unit_symbol(before.to_unit):
        # An amount in the unit asked asks nothing to convert ("100도면?" after 화씨 in 섭씨
        # is the Fahrenheit figure changed, another rule's).
        return None
    try:
        convert_units(1, unit, before.to_unit)
    except ToolInputError:
        return None  # another kind of unit ("and 3 hours?" after a weight)
    step = f"convert {turn['q']} {turn['u'].strip()} to {before.to_unit}"
    return [step], f"{turn['q']} {turn['u'].strip()} in {before.to_unit}"
