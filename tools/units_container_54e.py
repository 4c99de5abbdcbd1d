"""A measure asked of a container ("how many oz in a 750 ml bottle") and an ounce beside a
volume (set 45).

"how many oz in a 750 ml bottle" read nothing: the figure follows "a" and a container
noun follows its unit, and "oz" is an ounce of mass, so even "how many oz in 750 ml"
mixed a weight with a volume and was refused. Beside a volume, "oz"/"ounces" can only be
the fluid ounce (US, 29.5735 ml), the way a bottle's label means it; beside a mass it
stays the ounce of weight. A request that names anything but a drink or a drink's
container ("8 oz of flour in ml") may mean ounces of weight of a solid, whose volume
depends on the solid: it is no reading. The container is dropped only when it is one
known container word right after the measure and nothing follows it but the end of the
question.
"""

from __future__ import annotations

import re

from core.lazy_regex import LazyPattern
from tools.units_table import ALIASES, UNITS

__all__ = ["fluid_ounce_beside_volume", "ounce_of_a_solid", "without_container_named"]

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
# Words a request for fluid ounces may hold besides its units: "how many oz in a 750 ml
# bottle of wine". Any other word ("8 oz of flour in ml", "8 oz sugar to cups") may name a
# solid weighed in ounces, whose volume depends on what it is: no reading.
_PLAIN_WORDS = frozenset((
    "how", "many", "much", "is", "are", "there", "in", "a", "an", "the", "to", "into",
    "convert", "what", "whats", "what's", "that", "it", "one", "of", "make", "makes", "equals",
    "equal", "be", "would", "does", "do", "i", "my", "this",
))  # fmt: skip
_LIQUIDS = frozenset((
    "water", "milk", "juice", "wine", "beer", "soda", "pop", "coffee", "tea", "oil", "vinegar",
    "liquid", "liquor", "vodka", "whiskey", "rum", "gin", "sake", "soju", "broth", "stock",
    "syrup", "cream", "shampoo", "lotion", "fluid", "drink", "drinks", "smoothie",
))  # fmt: skip
# Containers of a drink ("a 750 ml bottle"); a bag, a box or a pack may hold a solid.
_DRINK_CONTAINERS = frozenset((
    "bottle", "can", "cup", "glass", "jar", "jug", "carton", "mug", "pitcher", "keg", "flask",
    "tumbler", "tank",
))  # fmt: skip
_WORD = re.compile(r"[a-z']+")


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


def ounce_of_a_solid(text: str, units: tuple[str, str]) -> bool:
    """Whether ``text`` asks ounces beside a volume of something that may be a solid.

    Args:
        text: The request as typed.
        units: The two unit names the reader found.
    """
    resolved = {_canonical(u) for u in units}
    if _OUNCE not in resolved or not any(_dimension(u) == "volume" for u in resolved if u):
        return False
    words = _WORD.findall(text.lower())
    unit_words = {u.lower() for u in units} | {"oz", "ounce", "ounces", "ml", "l", "fl"}
    other = [w for w in words if w not in unit_words and w not in _PLAIN_WORDS]
    return any(w not in _LIQUIDS and w.rstrip("s") not in _DRINK_CONTAINERS for w in other)


def _canonical(name: str) -> str | None:
    return ALIASES.get(name.lower())
