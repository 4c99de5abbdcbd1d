"""A trip's fuel cost asked with a bare "cost?" or "how much" once the fuel figures are said.

Blind set 48 (turns48): "my car uses 8 L per 100 km, trip is 350 km and fuel is 1.89/L.
cost?" was declined: :mod:`tools.calculator_fuel_per_100km` wanted the cost named as fuel's
("fuel cost", "how much for gas"). When the sentence states a consumption per 100 km and
a price per litre, and its every figure has one of the reader's roles (that reader still
checks), what a bare "cost?", "how much", "total?" or "얼마" asks is the fuel's cost.
"""

from __future__ import annotations

import re

__all__ = ["asks_cost_plainly"]

_BARE_ASK = re.compile(
    r"(?:^|[\s,.;:!?-])(?:(?:what(?:'s|\s+is|\s+does\s+it)?\s+(?:the\s+)?)?(?:total\s+)?cost"
    r"|how\s+much|total|얼마)\s*(?:is\s+that|will\s+it\s+be|would\s+it\s+be|(?:it|that)\s+cost)?"
    r"\s*(?:나와|들어|야|임|예요|에요)?\s*[?？.!]*\s*$",
    re.IGNORECASE,
)


def asks_cost_plainly(text: str) -> bool:
    """Whether ``text`` ends by asking only "how much", "cost?" or "얼마"."""
    return _BARE_ASK.search(text) is not None
