"""Another ingredient of a scaled one-ingredient recipe, told in a count or a half: "두부는
2인분에 반모 들어가면 5인분엔 몇모?" (set 50).

After "김치찌개 2인분 레시피에 돼지고기 300그램인데 5인분 만들면" (750 g, read by
:mod:`tools.calculator_recipe_one_ingredient_49a`), the turn names another ingredient, the
recipe's servings again, an amount ("반모" is half a block, 0.5모) and the servings wanted
again: 0.5 / 2 × 5 = 1.25모. :func:`tools.followup_recipe_other_amount_50a.
other_ingredient_with_amount` reads an amount in digits with a unit of measure; this reads
the half and the counted units (모, 알, 쪽) too, and the servings said again. Servings said
that differ from the recipe's are another question (declined).
"""

from __future__ import annotations

from collections.abc import Sequence

from core.lazy_regex import LazyPattern
from tools.calculator_recipe_one_ingredient_49a import (
    AMOUNT,
    SERVINGS_KO,
    one_ingredient_recipe_expression,
)
from tools.followup_reading_51a import Change
from tools.followup_rerun import kept_if_read, spliced
from tools.korean_numbers import normalize_numerals

__all__ = ["other_ingredient_counted"]

_UNIT = r"(?:모|알|쪽|개|g|kg|ml|컵|큰술|작은술|스푼|그램)"
_SAID = LazyPattern(
    r"^\s*(?:그리고\s*|아\s*|그럼\s*)?(?P<name>[가-힣]{1,6}?)\s*(?:은|는|도)\s*"
    r"(?:(?P<base>\d+)\s*인분\s*(?:에|엔|기준)?\s*)?"
    rf"(?P<q>반|\d+(?:\.\d+)?)\s*(?P<u>{_UNIT})(?![A-Za-z])\s*"
    r"(?:이면|면|들어가면|넣으면|들어가는데|넣는데|인데|이래)?\s*"
    r"(?:(?P<target>\d+)\s*인분\s*(?:엔|에는|에|은|이면|으로는)?\s*)?"
    rf"(?:몇\s*(?P<au>{_UNIT})?|얼마나?)?\s*(?:필요해|들어가|넣어|이야|야)?\s*[?？]*\s*$"
)


def other_ingredient_counted(text: str, steps: Sequence[str]) -> Change | None:
    """The recipe step asked of the turn's ingredient and amount, or ``None``."""
    said = _SAID.match(normalize_numerals(text))
    if said is None or len(steps) != 1:
        return None
    if said["au"] is not None and said["au"] != said["u"]:
        return None  # "반모 … 몇 g": another unit asked than the amount's
    step = normalize_numerals(steps[0])
    if one_ingredient_recipe_expression(step) is None:
        return None
    amounts, servings = list(AMOUNT.finditer(step)), list(SERVINGS_KO.finditer(step))
    if len(amounts) != 1 or len(servings) != 2:
        return None
    base, target = servings
    if said["base"] not in (None, base["n"]) or said["target"] not in (None, target["n"]):
        return None  # servings said that are not the recipe's: another question
    quantity = "0.5" if said["q"] == "반" else said["q"]
    changed = spliced(step, [(amounts[0].span(), f"{quantity}{said['u']}")])
    if one_ingredient_recipe_expression(changed) is None:
        return None
    return kept_if_read(changed, f"{said['name']} {said['q']}{said['u']} scaled the same way")
