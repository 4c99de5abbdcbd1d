"""Body mass index from a height and a weight: weight (kg) over height (m) squared.

Blind set 38: "키 170에 몸무게 65키로면 bmi 얼마야" went to a model. BMI is a fixed formula
(kg / m²), so code answers it: 65 / 1.70² = 22.49. The height is read in centimetres (a
figure of 100 or more, "170", "170cm") or metres ("1.7m"), the weight in kilograms (키로,
킬로, kg); both must be named (키/height, 몸무게/체중/weight) and BMI asked (bmi, 비엠아이,
체질량지수). A weight in pounds or a height in feet is declined, never read: the unit reader
took "150파운드" off as a measure and the older form (calculator_growth_forms) then read
"키 170 몸무게 150 bmi" as 150 kg (51.9 on main, found while fixing set 38).
"""

from __future__ import annotations

import re

from core.errors import ToolInputError
from core.lazy_regex import LazyPattern

__all__ = ["bmi_expression"]

_NUM = r"\d+(?:\.\d+)?"
_ASKS = LazyPattern(r"\bbmi\b|비엠아이|체질량\s*지수", re.IGNORECASE)
_HEIGHT = LazyPattern(
    rf"(?:키|신장|height)\s*(?:가|는|은|이|is|of)?\s*(?P<h>{_NUM})\s*(?P<u>cm|센티|센치|m|미터)?",
    re.IGNORECASE,
)
_WEIGHT = LazyPattern(
    rf"(?:몸무게|체중|weight)\s*(?:가|는|은|이|is|of)?\s*(?P<w>{_NUM})\s*(?:kg|키로|킬로|킬로그램|kilos?)?(?![a-z])",
    re.IGNORECASE,
)
_POUNDS_OR_FEET = LazyPattern(r"\d\s*(?:lbs?|pounds?|파운드|ft|feet|foot|'|피트)", flags=2)


def bmi_expression(text: str) -> str | None:
    """``"65 / (170 / 100) ** 2"`` for a height and weight with BMI asked, or ``None``.

    Args:
        text: The request with numerals as digits.

    Raises:
        ToolInputError: BMI asked of a weight in pounds or a height in feet.
    """
    if not _ASKS.search(text):
        return None
    if _POUNDS_OR_FEET.search(text):
        raise ToolInputError("BMI is read from kilograms and centimetres or metres only")
    heights, weights = list(_HEIGHT.finditer(text)), list(_WEIGHT.finditer(text))
    if len(heights) != 1 or len(weights) != 1:
        return None
    height, weight = heights[0], weights[0]
    unit = (height["u"] or "").lower()
    in_metres = unit in ("m", "미터") or (not unit and float(height["h"]) < 3)
    if in_metres:
        return f"{weight['w']} / {height['h']} ** 2"
    if float(height["h"]) < 100:
        return None  # neither centimetres nor metres: not a person's height as said
    return f"{weight['w']} / ({height['h']} / 100) ** 2"
