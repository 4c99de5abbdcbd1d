"""The overtime hours said anew after regular plus overtime hours: "oh the overtime was 9
hours".

Set 31: after "I make 22 an hour, worked 40 hours plus 6 hours overtime at time and a half"
(1,078, read by :mod:`tools.calculator_overtime_hours_50b`), the turn correcting the
overtime went to the cloud. The regular hours and the rate stay; only the overtime hours
are the new figure: 40 x 22 + 9 x 22 x 1.5 = 1,177.

Only a turn that names the overtime and one count of hours, after a step that reading reads.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tools.calculator_overtime_hours_50b import with_overtime_hours
from tools.korean_numbers import normalize_numerals

__all__ = ["overtime_said_anew"]

_OVERTIME_SAID = re.compile(
    r"^\s*(?:oh|ah|actually|sorry|wait|and|so|ok(?:ay)?)?\s*,?\s*(?:what\s+if\s+|if\s+)?"
    r"(?:(?:the|my)\s+overtime\s+(?:was|is|were|came\s+to|will\s+be)\s+(?P<h>\d+(?:\.\d+)?)\s*(?:hours|hrs|h)?"
    r"|(?:i\s+)?(?:did|do|worked|work|had|have|pulled)\s+(?P<h2>\d+(?:\.\d+)?)\s*(?:hours|hrs|h)\s+"
    r"(?:of\s+)?overtime)\b\s*(?:instead|then|actually)?\s*[?.!]*\s*$",
    re.IGNORECASE,
)


def overtime_said_anew(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """The overtime step with the overtime hours the turn says, or ``None``.

    Args:
        text: The follow-up ("oh the overtime was 9 hours").
        steps: The previous turn's step texts.
    """
    said = _OVERTIME_SAID.match(text)
    if said is None or len(steps) != 1:
        return None
    hours = said["h"] or said["h2"]
    changed = with_overtime_hours(normalize_numerals(steps[0]), hours)
    if changed is None:
        return None
    return [changed], f"{hours} hours of overtime"
