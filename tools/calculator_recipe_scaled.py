"""An ingredient of a recipe scaled to another number of servings.

Blind set 32: "레시피가 4인분 기준 밀가루 300g 우유 200ml인데 6인분 만들려면 밀가루 몇g" and "the
recipe serves 4 and needs 2 cups of flour and 3 tbsp of butter, I'm cooking for 10, how much
flour" went to the cloud. The amount of the ingredient asked is its amount for the recipe's
servings, over those servings, times the servings wanted (450 g, 5 cups), in the unit the
recipe gives it. Read only when the recipe's servings and the servings wanted are each said
once, the ingredient asked is listed once with one amount, and every figure is one of these.
"""

from __future__ import annotations

import re

from tools.korean_numbers import normalize_numerals

__all__ = [
    "asked_ingredient",
    "batches_span",
    "per_batch_expression",
    "recipe_scaled_expression",
]

_N = r"\d+(?:\.\d+)?"
_UNIT_KO = r"(?:g|kg|ml|L|l|컵|큰술|작은술|스푼|티스푼|개|알|장|쪽|T|t)"
_INGREDIENT_KO = re.compile(
    rf"(?P<name>[가-힣]{{1,6}})\s*(?P<q>{_N})\s*(?P<u>{_UNIT_KO})(?![A-Za-z])"
)
_SERVINGS_KO = re.compile(rf"(?P<n>{_N})\s*인분")
_ASKED_KO = re.compile(
    r"(?P<name>[가-힣]{1,6}?)(?:은|는|이|가)?\s*(?:몇\s*(?:g|ml|컵|개|큰술|스푼)?|얼마)"
)
_UNIT_EN = (
    r"(?:cups?|tbsp|tsp|tablespoons?|teaspoons?|g|grams?|kg|oz|ounces?|ml|l|liters?|litres?"
    r"|eggs?|cloves?|pounds?|lbs?)"
)
_INGREDIENT_EN = re.compile(
    rf"(?P<q>{_N})\s*(?P<u>{_UNIT_EN})\s+(?:of\s+)?(?P<name>[a-z]+)", re.IGNORECASE
)
_BASE_EN = re.compile(
    rf"\bserves\s+(?P<n>{_N})\b|\bfor\s+(?P<m>{_N})\s+(?:people|servings|persons)\b"
    rf"|\bmakes\s+(?P<k>{_N})\s+servings\b"
    # "recipe for 4 needs 300g pasta" (set 49): the servings said right after "recipe for".
    rf"|\brecipe\s+(?:is\s+)?for\s+(?P<r>{_N})\b(?!\s*(?:{_UNIT_EN})\b)",
    re.IGNORECASE,
)
_TARGET_EN = re.compile(
    rf"\b(?:cooking|making\s+it|baking|cook|make\s+it)\s+for\s+(?P<n>{_N})\b"
    rf"|\bfeed\s+(?P<m>{_N})\b|\b(?:make|need)\s+(?P<k>{_N})\s+servings\b",
    re.IGNORECASE,
)
# "2 eggs" in a list of ingredients (set 49): a counted ingredient, its name its unit. Only
# where the list goes on or ends, so "2 eggs of …" or "2 eggs beaten" is no count here.
_COUNTED_EN = re.compile(
    rf"(?<![\d.])(?P<q>{_N})\s+(?P<name>eggs?|egg\s+yolks?|yolks?|onions?|carrots?|lemons?"
    r"|limes?|bananas?|apples?|potato(?:es)?|tomato(?:es)?|peppers?)\b(?=\s*(?:[,.;?!]|and\b|$))",
    re.IGNORECASE,
)
_FOR_PEOPLE_EN = re.compile(rf"\bfor\s+(?P<n>{_N})\s+(?:people|persons|guests|servings)\b", re.I)
_ASKED_EN = re.compile(r"\bhow\s+(?:much|many)\s+(?:\w+\s+of\s+)?(?P<name>[a-z]+)", re.I)
_RECIPE = re.compile(r"레시피|요리법|recipe", re.IGNORECASE)
_FIGURE = re.compile(rf"(?<![\d.]){_N}")


def _first(m: re.Match[str]) -> str:
    return next(v for v in m.groups() if v is not None)


def _plural(name: str) -> str:
    low = name.lower()
    return low if low.endswith("s") else f"{low}es" if low.endswith("o") else f"{low}s"


def asked_ingredient(text: str) -> re.Match[str] | None:
    """Where ``text`` asks for an ingredient ("밀가루 몇g", "how much flour")."""
    return _ASKED_KO.search(text) or _ASKED_EN.search(text)


def recipe_scaled_expression(text: str) -> tuple[str, str] | None:
    """``("300 / 4 * 6", "g")`` for the ingredient asked at the servings wanted, or ``None``.

    Args:
        text: The question as asked.
    """
    s = normalize_numerals(text)
    if not _RECIPE.search(s):
        return None
    korean = re.search(r"[가-힣]", s) is not None and _SERVINGS_KO.search(s) is not None
    if korean:
        servings = list(_SERVINGS_KO.finditer(s))
        if len(servings) != 2:
            return None
        base, target = servings
        ingredients = list(_INGREDIENT_KO.finditer(s))
        asked = _ASKED_KO.search(s, base.end())
        spans = [base.span("n"), target.span("n")]
    else:
        base_m, target_m = _BASE_EN.search(s), _TARGET_EN.search(s)
        if target_m is None and base_m is not None and base_m["n"]:
            # "serves 4 … how much pasta for 10 people" (set 34): the people asked for
            # after the servings the recipe makes are the target.
            target_m = _FOR_PEOPLE_EN.search(s, base_m.end())
        if base_m is None or target_m is None:
            return None
        base, target = base_m, target_m
        counted = list(_COUNTED_EN.finditer(s))
        at = {m.span("q") for m in counted}
        ingredients = [m for m in _INGREDIENT_EN.finditer(s) if m.span("q") not in at]
        ingredients += counted
        asked = _ASKED_EN.search(s)
        spans = [
            next(base.span(g) for g in "nmkr" if base[g]),
            next(target.span(g) for g in "nmk" if target[g]),
        ]
    if asked is None:
        return None
    named = [
        m for m in ingredients if m["name"].lower().rstrip("s") == asked["name"].lower().rstrip("s")
    ]
    if len(named) != 1:
        return None
    used = sorted(spans + [m.span("q") for m in ingredients])
    if used != sorted(m.span() for m in _FIGURE.finditer(s)):
        return None  # another figure (a pan size, a time): not this form alone
    q = named[0]["q"]
    # A counted ingredient is its own unit ("5 eggs"), said as a count of many.
    unit = named[0]["u"] if named[0].re is not _COUNTED_EN else _plural(named[0]["name"])
    return f"{q} / {_first(base)} * {_first(target)}", unit


# An amount per batch times the batches made (opens56e, set 47): "need 3/4 cup sugar per
# batch and im making 5 batches, how many cups total" is 3/4 x 5 cups. The amount may be a
# fraction ("3/4", "1 1/2"); the batches a count; the ingredient's unit or name is asked.
# Any other figure (a pan size, servings) makes it another question.
_Q = r"(?:\d+\s+\d+\s*/\s*\d+|\d+(?:\.\d+)?\s*/\s*\d+|\d+(?:\.\d+)?)"
_PER_BATCH = re.compile(
    rf"(?P<q>{_Q})\s*(?P<u>{_UNIT_EN})\s+(?:of\s+)?(?P<name>[a-z]+)\s+"
    r"(?:per|a|each|for\s+(?:each|one|a))\s+(?P<b>batch|loaf|tray|pan|round)\b",
    re.IGNORECASE,
)
_BATCHES = re.compile(
    r"\b(?:making|make|doing|do|baking|bake|need|want|planning)\s+(?:to\s+(?:make|do|bake)\s+)?"
    rf"(?P<n>{_N})\s+(?P<b>batch(?:es)?|loa(?:f|ves)|trays?|pans?|rounds?)\b",
    re.IGNORECASE,
)
_ASKED_TOTAL_EN = re.compile(
    r"\bhow\s+(?:much|many)\s+(?P<what>[a-z]+)(?:\s+of\s+(?P<of>[a-z]+))?\b", re.IGNORECASE
)


def _amount(q: str) -> str:
    """ "3/4" as "3 / 4", "1 1/2" as "(1 + 1 / 2)": the figure as an expression."""
    mixed = re.fullmatch(r"(\d+)\s+(\d+)\s*/\s*(\d+)", q.strip())
    if mixed:
        return f"({mixed[1]} + {mixed[2]} / {mixed[3]})"
    return re.sub(r"\s*/\s*", " / ", q.strip())


def per_batch_expression(text: str) -> tuple[str, str] | None:
    """``("3 / 4 * 5", "cups")`` for an amount per batch over the batches made, or ``None``."""
    s = normalize_numerals(text)
    per, made, asked = _PER_BATCH.search(s), _BATCHES.search(s), _ASKED_TOTAL_EN.search(s)
    if per is None or made is None or asked is None:
        return None
    if per["b"].lower()[:3] != made["b"].lower()[:3]:
        return None  # per loaf, then batches made: not the same thing counted
    unit, name = per["u"].lower(), per["name"].lower().rstrip("s")
    what = asked["what"].lower()
    if what.rstrip("s") not in (unit.rstrip("s"), name) and (asked["of"] or "").rstrip("s") != name:
        return None  # another ingredient or measure asked
    figures = len(_FIGURE.findall(s))
    if figures != len(_FIGURE.findall(per["q"])) + 1:
        return None  # another figure this reading leaves out
    plural = unit if unit.endswith("s") or unit in ("g", "kg", "ml", "l", "oz") else f"{unit}s"
    return f"{_amount(per['q'])} * {made['n']}", plural


def batches_span(text: str) -> tuple[int, int] | None:
    """Where the count of batches stands in ``text`` when :func:`per_batch_expression` reads
    it (``text`` with its numerals as digits), for a follow-up that says another count."""
    if per_batch_expression(text) is None:
        return None
    made = _BATCHES.search(normalize_numerals(text))
    return None if made is None else made.span("n")
