"""Another ingredient of the same scaled recipe: "우유는?", "and butter?".

After "레시피가 4인분 기준 밀가루 300g 우유 200ml인데 6인분 만들려면 밀가루 몇g" (read by
:mod:`tools.calculator_recipe_scaled`), "우유는?" asks the milk for the same six servings
(set 32). The ingredient asked in the previous question is replaced by the one the turn names,
which must be listed in the recipe; the recipe is scaled again.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tools.calculator_recipe_scaled import asked_ingredient, recipe_scaled_expression
from tools.korean_numbers import normalize_numerals

__all__ = ["other_ingredient_asked"]

_NAMED = re.compile(
    r"^\s*(?:그럼|그리고|아)?\s*(?P<ko>[가-힣]{1,6}?)(?:은|는|도)\s*(?:몇\s*\S*|얼마\S*)?\s*[?？]?\s*$"
    r"|^\s*(?:and|what\s+about|how\s+about|and\s+the|what\s+about\s+the)?\s*(?:the\s+)?"
    r"(?P<en>[a-z]+)\s*\??\s*$",
    re.IGNORECASE,
)


def other_ingredient_asked(
    text: str, previous_steps: Sequence[str]
) -> tuple[list[str], str] | None:
    """The previous recipe question asking the ingredient the turn names, or ``None``.

    Args:
        text: The follow-up ("우유는?").
        previous_steps: The previous turn's steps; one scaled-recipe question.
    """
    said = _NAMED.match(text)
    if said is None or len(previous_steps) != 1:
        return None
    step = normalize_numerals(previous_steps[0])
    if recipe_scaled_expression(step) is None:
        return None
    asked = asked_ingredient(step)
    if asked is None:
        return None
    name = said["ko"] or said["en"]
    changed = f"{step[: asked.start('name')]}{name}{step[asked.end('name') :]}"
    if recipe_scaled_expression(changed) is None:
        return None  # not an ingredient of this recipe
    return [changed], f"{asked['name']} → {name}"
