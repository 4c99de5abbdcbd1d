"""After a one-ingredient recipe scaled, a new number of servings: "turns out it's a party of 14".

"the recipe serves 4 and calls for 300 g of flour, how much for 6" (450 g), then "turns out
it's a party of 14", "what about for 14 people", "12인분이면?": the servings wanted change,
the recipe does not. The servings wanted are the request's last figure in the form
:mod:`tools.calculator_recipe_one_ingredient_49a` reads, so the turn's one count of people or
servings replaces that figure. A figure said without a word for people or servings ("what
about 14") could be the amount, and is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from core.lazy_regex import LazyPattern
from tools.calculator_recipe_one_ingredient_49a import one_ingredient_recipe_expression
from tools.followup_rerun import spliced

__all__ = ["recipe_servings_changed"]

_N = r"\d+"
_SERVINGS = LazyPattern(
    rf"^(?:(?!\d).)*?(?:\bparty\s+of\s+(?P<a>{_N})\b|\bfor\s+(?P<b>{_N})\b"
    rf"|\b(?P<c>{_N})\s+(?:people|persons|guests|servings|of\s+us)\b"
    rf"|(?<![\d.])(?P<d>{_N})\s*(?:인분|명)(?:이면|으로|이야|이래|분)?)(?:(?!\d).)*$",
    re.IGNORECASE,
)
_FIGURE = re.compile(r"(?<![\d.])\d+(?:\.\d+)?")


def recipe_servings_changed(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """The recipe step with the servings wanted set anew, or ``None`` when not that turn.

    Args:
        text: The follow-up turn ("turns out it's a party of 14").
        steps: The step texts the previous turn amounted to.

    Returns:
        The new steps and a line saying what changed.
    """
    said = _SERVINGS.match(text)
    if said is None or len(steps) != 1:
        return None
    step = steps[0]
    if one_ingredient_recipe_expression(step) is None:
        return None
    new_count = next(v for v in said.groups() if v is not None)
    last = list(_FIGURE.finditer(step))[-1]
    new = spliced(step, [(last.span(), new_count)])
    if one_ingredient_recipe_expression(new) is None:
        return None
    return [new], f"{last.group()} → {new_count} servings"
