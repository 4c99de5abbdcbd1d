"""A new price, then a pointer back: "급속은 385원이래 그럼?", "옆 가게는 2,900원이던데 거기선?".

The turn names another place or kind (급속, 옆 가게) and its price, and asks the previous
question of it. When the previous request holds exactly one amount of money, that is the
price replaced: the quantity and the rest of the question stay. With two or more amounts
(which one the new kind replaces is unsaid), a price moved by an amount ("500원 올랐대")
or any other figure in the turn, this rule reads nothing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tools.followup_slots import read_slots
from tools.followup_trailing_reference import ends_pointing_back
from tools.korean_numbers import normalize_numerals

__all__ = ["price_pointed_back"]

_FIGURE = re.compile(r"\d[\d,]*(?:\.\d+)?")
_WON = re.compile(r"(?P<num>\d[\d,]*(?:\.\d+)?)\s*원")
# A change by an amount, not to one: "500원 올랐대", "300원 더 싸".
_MOVED = re.compile(r"올라|올랐|오르|내려|내렸|떨어|더|싸|비싸|할인|깎|차이")


def price_pointed_back(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """The previous steps with their one amount of money set to the turn's new price.

    Args:
        text: The follow-up turn.
        steps: The step texts the previous turn amounted to.

    Returns:
        The new steps and what changed, or ``None`` when the rule does not apply.
    """
    plain = normalize_numerals(text)
    if not steps or not ends_pointing_back(plain) or _MOVED.search(plain):
        return None
    won = _WON.search(plain)
    if won is None or len(_FIGURE.findall(plain)) != 1:
        return None
    normal, slots = read_slots(steps)
    money = [slot for slot in slots if slot.kind == "money:krw"]
    if len(money) != 1:
        return None
    slot = money[0]
    new = won["num"].replace(",", "")
    step = normal[slot.step]
    new_steps = list(normal)
    new_steps[slot.step] = f"{step[: slot.start]}{new}{step[slot.end :]}"
    return new_steps, f"the price made {new}원"
