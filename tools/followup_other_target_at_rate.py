"""The same amount into another currency at a new rate: "and in pounds at 0.79?".

Blind set 38: after "how much is 250 usd in euros if the rate is 0.92" (€230.00), the turn
"and in pounds at 0.79?" went to a model. It names a target currency and one figure, the
rate for it: the previous question is asked again with that target and that rate (never
the 0.79 taken for an amount). Only when the previous question names exactly one target
(after in/to/into) and exactly one rate figure beside its amount, and the new question is
read by code.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tools.handlers import match_deterministic

__all__ = ["other_target_at_rate"]

_CURRENCY = r"pounds?|gbp|euros?|eur|dollars?|usd|yen|jpy|won|krw|yuan|cny|francs?|chf"
_TURN = re.compile(
    r"^\s*(?:and|what\s+about|how\s+about|ok|now)?\s*(?:in|to|into)?\s*"
    rf"(?P<cur>{_CURRENCY})\s*(?:at|@|with\s+a\s+rate\s+of|if\s+the\s+rate\s+is)\s*"
    r"(?P<rate>\d+(?:\.\d+)?)\s*(?:instead)?\s*[?.!]*\s*$",
    re.IGNORECASE,
)
_TARGET = re.compile(rf"\b(?:in|to|into)\s+(?P<cur>{_CURRENCY})\b", re.IGNORECASE)
_FIGURE = re.compile(r"(?<![\d.])\d+(?:\.\d+)?(?![\d.])")


def other_target_at_rate(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """The previous conversion into the turn's currency at the turn's rate, or ``None``.

    Args:
        text: The follow-up ("and in pounds at 0.79?").
        steps: The previous turn's step texts.
    """
    said = _TURN.match(text)
    if said is None or len(steps) != 1:
        return None
    step = steps[0]
    targets = list(_TARGET.finditer(step))
    figures = list(_FIGURE.finditer(step))
    if len(targets) != 1 or len(figures) != 2:
        return None  # the amount and its one rate, into one currency
    before = match_deterministic(step)
    if before is None or before.handler != "currency":
        return None
    rate = figures[1]
    target = targets[0]
    changed = (
        f"{step[: target.start('cur')]}{said['cur']}{step[target.end('cur') : rate.start()]}"
        f"{said['rate']}{step[rate.end() :]}"
    )
    if rate.start() < target.end():
        return None  # the rate said before the target: no plain substitution
    after = match_deterministic(changed)
    if after is None or after.handler != "currency":
        return None
    return [changed], f"into {said['cur']} at {said['rate']}"
