"""A measure asked of a container ("how many oz in a 750 ml bottle") and an ounce beside a
volume (set 45).

"how many oz in a 750 ml bottle" read nothing: the figure follows "a" and a container
noun follows its unit, and "oz" is an ounce of mass, so even "how many oz in 750 ml"
mixed a weight with a volume and was refused. Beside a volume, "oz"/"ounces" can only be
the fluid ounce (US, 29.5735 ml), the way a bottle's label means it; beside a mass it
stays the ounce of weight. The container is dropped only when it is one known container
word right after the measure and nothing follows it but the end of the question.
"""

from __future__ import annotations

import re

from core.lazy_regex import LazyPattern
from tools.units_table import UNITS

__all__ = ["fluid_ounce_beside_volume", "without_container_named"]

_CONTAINERS = (
    r"bottles?|cans?|cups?|glass(?:es)?|jars?|jugs?|cartons?|mugs?|pitchers?|tubs?|tins?"
    r"|bags?|boxe?s?|packs?|packets?|pots?|bowls?|kegs?|flasks?|tumblers?|tanks?|containers?"
)
# "how many oz in a 750 ml bottle" -> "how many oz in 750 ml".
_IN_A_CONTAINER = LazyPattern(
    r"^(?P<ask>how\s+many\s+[a-z°][\w/°]*\s+(?:are\s+)?(?:is\s+)?(?:there\s+)?in\s+)"
    r"(?:a|an|one|the|my|this|that)\s+(?P<m>-?\d+(?:\.\d+)?\s*[a-z][\w/]*)\s+"
    rf"(?:{_CONTAINERS})\s*[?.!]*$",
    re.IGNORECASE,
)
_OUNCE = "oz"
_FLUID_OUNCE = "floz"


def without_container_named(text: str) -> str:
    """``text`` with "a … bottle" around the measure dropped, or ``text`` unchanged.

    Args:
        text: The question as the unit reader has normalised it so far.
    """
    m = _IN_A_CONTAINER.match(text)
    return f"{m['ask']}{m['m']}" if m else text


def fluid_ounce_beside_volume(a: str, b: str) -> tuple[str, str]:
    """The pair with an ounce read as the fluid ounce when the other unit is a volume.

    Args:
        a: The canonical unit converted from.
        b: The canonical unit asked for.
    """
    if a == _OUNCE and _dimension(b) == "volume":
        return _FLUID_OUNCE, b
    if b == _OUNCE and _dimension(a) == "volume":
        return a, _FLUID_OUNCE
    return a, b


def _dimension(unit: str) -> str | None:
    entry = UNITS.get(unit)
    return None if entry is None else entry[0]
