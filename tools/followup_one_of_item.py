"""A count of one said with the item's singular noun: "and just the one coffee".

Blind set 36: after "half a dozen bagels at 1.20 each and a couple of coffees at 3.10" and
"make it a dozen bagels", "and just the one coffee" was left to the local model, which
answered '21.9' (for 17.50). ``tools.followup_slots`` takes an English count's noun for an
item kind only in the plural ("3 coffees"): a singular word after a figure is as often a
unit or an adjective ("a 2 litre bottle"). A count of exactly one is said with the singular,
though; when its noun plus "s" names an item the previous turn counted, it is that item.
"""

from __future__ import annotations

from collections.abc import Collection

from tools.followup_slot_kinds import item_kind

__all__ = ["one_item_kind"]


def one_item_kind(unit: str | None, number: str, kinds: Collection[str]) -> str | None:
    """The item kind of "1 coffee" when the previous turn counted coffees, else ``None``.

    Args:
        unit: The word after the figure ("coffee").
        number: The figure as written ("1").
        kinds: The kinds of the previous turn's figures.
    """
    if number != "1" or not unit or not unit.isascii() or not unit.isalpha():
        return None
    for plural in (f"{unit}s", f"{unit}es"):
        kind = item_kind(plural)
        if kind in kinds:
            return kind
    return None
