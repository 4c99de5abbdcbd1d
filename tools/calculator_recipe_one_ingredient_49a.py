"""A recipe with one ingredient scaled to other servings, asked without naming it again.

:mod:`tools.calculator_recipe_scaled` reads "… 밀가루 300g 우유 200ml인데 6인분 만들려면 밀가루
몇g" and "… how much flour": the ingredient asked is named. With one ingredient in the
recipe people do not name it again: "레시피가 4인분 기준 간장 60ml인데 10인분 만들려면 몇
ml야", "the recipe serves 4 and calls for 300 g of flour, how much for 6". The one
ingredient is then the one asked: its amount over the recipe's servings, times the servings
wanted, in its unit (150 ml, 450 g). Read only when the recipe says its servings and the
servings wanted once each, lists exactly one amount with a unit, holds no other figure, and
a unit asked ("몇 ml") is that amount's unit.
"""

from __future__ import annotations

import re

from tools.korean_numbers import normalize_numerals

__all__ = ["AMOUNT", "SERVINGS_KO", "one_ingredient_recipe_expression"]

_N = r"\d+(?:\.\d+)?"
_RECIPE = re.compile(r"레시피|요리법|recipe", re.IGNORECASE)
_UNIT = (
    r"(?:그램|킬로그램|모|알|쪽|g|kg|ml|l|L|컵|큰술|작은술|스푼|티스푼|cups?|tbsp|tsp|tablespoons?|teaspoons?|grams?"
    r"|oz|ounces?|liters?|litres?|pounds?|lbs?)"
)
_AMOUNT = re.compile(rf"(?<![\d.])(?P<q>{_N})\s*(?P<u>{_UNIT})(?![A-Za-z])", re.IGNORECASE)
_SERVINGS_KO = re.compile(rf"(?<![\d.])(?P<n>{_N})\s*인분")
AMOUNT, SERVINGS_KO = _AMOUNT, _SERVINGS_KO  # (for a follow-up saying another amount)
# "몇 ml야", "몇g 필요해", "얼마나 넣어": the amount asked, its unit if said.
_ASKED_KO = re.compile(
    rf"(?:몇\s*(?P<u>{_UNIT})?|얼마나?)\s*(?:이야|야|예요|필요해|넣어|들어가|있어야)?[?？\s]*$"
    # "… 5인분 만들면" (set 50): the servings wanted end the message, the amount is asked.
    r"|인분\s*(?:을|를|으로|로)?\s*(?:만들면|만들려면|만들라면|하면|끓이면|요리하면|할\s*거면"
    r"|만들\s*거면|만들\s*때는?)\s*[?？\s]*$",
    re.IGNORECASE,
)
_BASE_EN = re.compile(
    rf"\b(?:serves|feeds|is\s+for|makes)\s+(?P<n>{_N})\b(?!\s*(?:{_UNIT})\b)", re.IGNORECASE
)
_ASKED_EN = re.compile(
    rf"\bhow\s+much\s+(?:(?:would|do|will)\s+i\s+need\s+)?(?:for|to\s+(?:feed|serve))\s+"
    rf"(?P<n>{_N})(?:\s+(?:people|persons|guests|servings))?\s*\??\s*$",
    re.IGNORECASE,
)
_FIGURE = re.compile(rf"(?<![\d.]){_N}")
_KOREAN_UNITS = {"그램": "g", "킬로그램": "kg"}
# Between the one amount and the servings wanted, when no amount is asked by its unit: only
# the words that join them ("300그램인데 5인분"), never a second ingredient without a figure.
_ONLY_JOINS = re.compile(
    r"^\s*(?:이|가|인데|이고|이면|이야|정도(?:인데|고)?|들어가는데|넣는데|,)?\s*$"
)


def _same_unit(asked: str | None, given: str) -> bool:
    return asked is None or asked.lower().rstrip("s") == given.lower().rstrip("s")


def one_ingredient_recipe_expression(text: str) -> tuple[str, str] | None:
    """``("60 / 4 * 10", "ml")`` for a one-ingredient recipe's amount at other servings.

    Args:
        text: The question as asked.

    Returns:
        The expression and the ingredient's unit, or ``None`` when the text is not this form.
    """
    s = normalize_numerals(text).strip()
    if not _RECIPE.search(s):
        return None
    amounts = list(_AMOUNT.finditer(s))
    if len(amounts) != 1:
        return None
    amount = amounts[0]
    servings_ko = list(_SERVINGS_KO.finditer(s))
    if servings_ko:
        asked_ko = _ASKED_KO.search(s)
        if len(servings_ko) != 2 or asked_ko is None or not _same_unit(asked_ko["u"], amount["u"]):
            return None
        base, target = servings_ko
        spans = [base.span("n"), target.span("n")]
        between = s[amount.end() : target.start()]
        if asked_ko.group().lstrip().startswith("인분") and not _ONLY_JOINS.match(between):
            return None  # "300그램 두부 반모인데 5인분 만들면": which amount is asked is unsaid
    else:
        base_en, target_en = _BASE_EN.search(s), _ASKED_EN.search(s)
        if base_en is None or target_en is None or target_en.start() < base_en.end():
            return None
        base, target = base_en, target_en
        spans = [base.span("n"), target.span("n")]
    if sorted([*spans, amount.span("q")]) != [m.span() for m in _FIGURE.finditer(s)]:
        return None  # another figure (a second amount, a time): not this form alone
    if not amount.start() > base.start() or not target.start() > amount.start():
        return None  # the amount belongs to the recipe's servings, the servings asked come last
    # ("300그램", set 50: shown as g, the unit the other readers give.)
    unit = _KOREAN_UNITS.get(amount["u"], amount["u"])
    return f"{amount['q']} / {base['n']} * {target['n']}", unit
