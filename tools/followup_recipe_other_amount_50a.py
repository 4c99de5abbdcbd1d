"""Another ingredient told with its own amount after a one-ingredient recipe was scaled:
"설탕은 4인분에 30g이면 그것도" after "레시피가 4인분 기준 간장 60ml인데 10인분 만들려면 몇 ml야"
(read by :mod:`tools.calculator_recipe_one_ingredient_49a`): 30 g x 10 / 4 = 75 g.

The turn names the ingredient, the servings its amount is for (the recipe's, said again or
left out) and one amount with a unit; the first request is asked again of that amount, the
servings wanted kept. Kept only when the recipe reader reads the new request.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from core.lazy_regex import LazyPattern
from tools.calculator_recipe_one_ingredient_49a import one_ingredient_recipe_expression
from tools.followup_rerun import kept_if_read, spliced
from tools.korean_numbers import normalize_numerals

__all__ = ["other_ingredient_with_amount"]

_UNIT = r"(?:g|kg|ml|l|L|컵|큰술|작은술|스푼|티스푼)"
_SAID = LazyPattern(
    r"^\s*(?:그리고\s*|아\s*)?(?P<name>[가-힣]{1,6})(?:은|는|도)\s*(?:(?P<base>\d+)\s*인분에\s*)?"
    rf"(?P<q>\d+(?:\.\d+)?)\s*(?P<u>{_UNIT})(?![A-Za-z])\s*(?:이면|면|이래|인데|이야|야|넣어)?\s*"
    r"(?:그것도|그건|이것도|얘도)?\s*(?:\?|？)?\s*$"
)
_AMOUNT = re.compile(
    rf"(?P<name>[가-힣]{{1,6}})\s*(?P<q>\d+(?:\.\d+)?)\s*(?P<u>{_UNIT})(?![A-Za-z])"
)
_BASE = re.compile(r"(?<![\d.])(?P<n>\d+)\s*인분\s*(?:기준|에|짜리)")
_ASKED_UNIT = re.compile(rf"몇\s*{_UNIT}")


def other_ingredient_with_amount(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """The recipe step asked of the turn's ingredient and amount, or ``None``.

    Args:
        text: The follow-up ("설탕은 4인분에 30g이면 그것도").
        steps: The previous turn's steps (one one-ingredient recipe).
    """
    said = _SAID.match(normalize_numerals(text))
    if said is None or len(steps) != 1:
        return None
    step = normalize_numerals(steps[0])
    if one_ingredient_recipe_expression(step) is None:
        return None
    amounts, base = list(_AMOUNT.finditer(step)), _BASE.search(step)
    if len(amounts) != 1 or base is None:
        return None
    if said["base"] is not None and said["base"] != base["n"]:
        return None  # the amount is for other servings: not scaled from the same base here
    old = amounts[0]
    changed = spliced(step, [(old.span(), f"{said['name']} {said['q']}{said['u']}")])
    changed = _ASKED_UNIT.sub(f"몇 {said['u']}", changed)
    if one_ingredient_recipe_expression(changed) is None:
        return None
    return kept_if_read(changed, f"{said['name']} {said['q']}{said['u']} scaled the same way")
