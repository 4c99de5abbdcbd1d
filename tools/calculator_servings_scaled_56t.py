"""One ingredient scaled from the servings it is for to the servings wanted, with no "recipe".

Blind set 48 (turns48): "팬케이크 4인분 반죽에 밀가루 240그램이면 6인분은 몇그램 넣어" went to
the cloud. :mod:`tools.calculator_recipe_one_ingredient_49a` reads the form when the word
레시피 is said and the unit is written g/ml; people name the dish instead and write the unit
in hangul (그램, 미리, 키로). Two serving counts (N인분) already say this is an amount for
servings: the one amount with a unit, over the first servings, times the second (360 g).

Read only when the question says exactly two N인분, exactly one amount with a unit after
the first and before the second, no other figure, and a question for an amount at the end
whose unit (if said) is the amount's.
"""

from __future__ import annotations

import re

from tools.korean_numbers import normalize_numerals

__all__ = ["servings_scaled_ko"]

_N = r"\d+(?:\.\d+)?"
_UNITS = {
    "g": "g", "그램": "g", "kg": "kg", "키로": "kg", "킬로": "kg", "ml": "ml", "미리": "ml",
    "l": "L", "리터": "L", "컵": "컵", "큰술": "큰술", "작은술": "작은술", "스푼": "스푼",
}  # fmt: skip
_UNIT = r"(?:그램|키로|킬로|미리|리터|큰술|작은술|스푼|컵|kg|ml|g|l)"
_AMOUNT = re.compile(
    rf"(?<![\d.])(?P<q>{_N})\s*(?P<u>{_UNIT})(?![A-Za-z가-힣]*인분)(?![A-Za-z])", re.I
)
_SERVINGS = re.compile(rf"(?<![\d.])(?P<n>{_N})\s*인분")
_ASKED = re.compile(
    rf"(?:몇\s*(?P<u>{_UNIT})?|얼마나?)\s*(?:이야|야|예요|필요해|넣어|넣어야\s*돼|넣어야돼|들어가|있어야|"
    rf"사야\s*돼|사야돼|필요함|임)?\s*[?？\s]*$",
    re.IGNORECASE,
)
_FIGURE = re.compile(rf"(?<![\d.]){_N}")


def servings_scaled_ko(text: str) -> tuple[str, str] | None:
    """``("240 / 4 * 6", "g")`` for the one amount at the servings wanted, or ``None``."""
    s = normalize_numerals(text).strip()
    servings = list(_SERVINGS.finditer(s))
    amounts = list(_AMOUNT.finditer(s))
    asked = _ASKED.search(s)
    if len(servings) != 2 or len(amounts) != 1 or asked is None:
        return None
    base, target = servings
    amount = amounts[0]
    unit = _UNITS[amount["u"].lower()]
    if asked["u"] is not None and _UNITS[asked["u"].lower()] != unit:
        return None  # "몇 ml" of an amount in grams: another question
    if not base.end() <= amount.start() < target.start():
        return None
    spans = sorted([base.span("n"), target.span("n"), amount.span("q")])
    if spans != [m.span() for m in _FIGURE.finditer(s)]:
        return None  # another figure (a pan size, a time): not this form alone
    return f"{amount['q']} / {base['n']} * {target['n']}", unit
