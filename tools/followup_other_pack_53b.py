"""Another pack's price per measure: "and a 2 lb bag for 32?" after "12 oz bag of coffee is
14.99, whats that per ounce" is 32 / 32 oz = 1.00 an ounce (set 42).

Set 42's rule (tools/followup_changes_42.py, taken out at coord50) read the figure right
but the calculator showed it bare ("1"), which a person cannot tell for a price. The
rule is back with the money shown as money: where the conversation priced the first pack
in cents ("14.99"), the price per measure is asked "to the cent" (1.00). The other pack's
size is put in the measure asked (2 lb is 32 oz), within one kind (mass, volume) only.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal

from core.lazy_regex import LazyPattern
from tools.followup_rerun import kept_if_runs

__all__ = ["other_pack_priced"]

_MEASURES = r"oz|ounces?|lbs?|pounds?|g|grams?|kg|ml|l|liters?|litres?"
_PACKS = r"bag|pack|packet|box|bottle|jar|can|tub|carton|bar|block|tin"
_PACK_TURN = LazyPattern(
    r"^\s*(?:and|what\s+about|how\s+about|and\s+what\s+about)\s+(?:an?\s+|the\s+)?"
    rf"(?P<size>\d+(?:\.\d+)?)\s*(?P<m>{_MEASURES})\s+(?P<pack>{_PACKS})?\s*"
    r"(?:for|at|is|costs?)\s+\$?(?P<price>\d+(?:\.\d+)?)\s*[?!.]*\s*$",
    re.IGNORECASE,
)
_PREVIOUS_PACK = LazyPattern(
    rf"^(?P<head>[^\d]*?)\b\d[\d,]*(?:\.\d+)?\s*(?P<m>{_MEASURES})\s+(?P<pack>{_PACKS})"
    r"(?P<what>\s+of\s+[a-z ]+?\s+(?:is|costs?|for|was|at)\s+)\$?(?P<price>\d[\d,]*(?:\.\d+)?)"
    rf"(?P<tail>.*\bper\s+(?P<asked>{_MEASURES})\s*[?!.]*)$",
    re.IGNORECASE,
)
# How many of the second unit make one of the first, within one kind (mass, volume).
_IN_UNIT = {
    ("lb", "oz"): Decimal(16), ("kg", "g"): Decimal(1000), ("l", "ml"): Decimal(1000),
    ("oz", "oz"): Decimal(1), ("lb", "lb"): Decimal(1), ("g", "g"): Decimal(1),
    ("kg", "kg"): Decimal(1), ("ml", "ml"): Decimal(1), ("l", "l"): Decimal(1),
}  # fmt: skip
_FORMS = {
    "oz": ("oz", "ounce", "ounces"),
    "lb": ("lb", "lbs", "pound", "pounds"),
    "g": ("g", "gram", "grams"),
    "kg": ("kg",),
    "ml": ("ml",),
    "l": ("l", "liter", "liters", "litre", "litres"),
}
_IN_CENTS = re.compile(r"\.\d{2}$")


def _unit(word: str) -> str:
    word = word.lower()
    return next((short for short, forms in _FORMS.items() if word in forms), word)


def _plain_decimal(value: Decimal) -> str:
    return str(int(value)) if value == value.to_integral_value() else str(value.normalize())


def other_pack_priced(text: str, previous_steps: Sequence[str]) -> tuple[list[str], str] | None:
    """ "and a 2 lb bag for 32?" after a pack's price per ounce: the other pack's, or ``None``.

    Args:
        text: The follow-up turn.
        previous_steps: The previous turn's step texts (one: the first pack's question).
    """
    turn = _PACK_TURN.match(text)
    if turn is None or len(previous_steps) != 1:
        return None
    previous = _PREVIOUS_PACK.match(previous_steps[0])
    if previous is None:
        return None
    asked = _unit(previous["asked"])
    factor = _IN_UNIT.get((_unit(turn["m"]), asked))
    if factor is None:
        return None  # a pound asked of millilitres, or a unit the table does not hold
    size = Decimal(turn["size"]) * factor
    pack = turn["pack"] or previous["pack"]
    # Money priced in cents is priced in cents again ("32.00"), so the answer is shown to
    # the cent (tools.calculator_cents_shown_53b: "1.00", never a bare "1").
    price = turn["price"]
    if _IN_CENTS.search(previous["price"]) and "." not in price:
        price = f"{price}.00"
    step = (
        f"{previous['head']}{_plain_decimal(size)} {asked} {pack}{previous['what']}"
        f"{price}{previous['tail']}"
    )
    how = f"{turn['size']} {turn['m']} ({_plain_decimal(size)} {asked}) for {turn['price']}"
    return kept_if_runs([step], how)
