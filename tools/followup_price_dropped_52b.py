"""One of several prices paid each time left out (set 37).

"what if i air dry everything" after "laundromat is 4.25 per wash and 2.50 per dry, i do 3
loads a week, what's that a month if a month is 4 weeks" ((4.25 + 2.50) x 3 x 4 = 81) drops
the dry: 4.25 x 3 x 4 = 51.

Read only after a question :func:`tools.calculator_prices_per_use_52b.prices_per_use`
reads, when the turn has no figure, says something is left out (skip, air dry, without,
don't ...) and names exactly one of the things priced.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from core.lazy_regex import LazyPattern
from tools.calculator_prices_per_use_52b import per_use_expression, prices_per_use
from tools.korean_numbers import normalize_numerals

__all__ = ["price_per_use_dropped"]

_LEFT_OUT = LazyPattern(
    r"^\s*(?:and\s+|so\s+)?(?:what\s+if|if|and\s+if|how\s+about\s+if)\s+(?:i|we)\s+"
    r"(?:just\s+|only\s+)?(?:skip(?:ped)?|air[\s-]?dr(?:y|ied)|line[\s-]?dr(?:y|ied)"
    r"|hang[\s-]?dr(?:y|ied)|don'?t|do\s+not|didn'?t|stop|drop(?:ped)?|cut(?:\s+out)?|leave\s+out"
    r"|go\s+without|forget)\b",
    re.IGNORECASE,
)


def price_per_use_dropped(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """The sum with the one named price left out, or ``None``.

    Args:
        text: The follow-up ("what if i air dry everything").
        steps: The previous turn's steps (one request).
    """
    if _LEFT_OUT.match(text) is None or re.search(r"\d", text) or len(steps) != 1:
        return None
    read = prices_per_use(normalize_numerals(steps[0]))
    if read is None:
        return None
    words = {w.lower().rstrip("s") for w in re.findall(r"[a-z]+", text, re.IGNORECASE)}
    named = [(price, thing) for price, thing in read.prices if thing.rstrip("s") in words]
    if len(named) != 1:
        return None
    kept = tuple(line for line in read.prices if line != named[0])
    step = per_use_expression(read._replace(prices=kept))
    if "$" in steps[0]:
        step = f"${step}"  # the sum stays in dollars, as the question priced it
    return [step], f"without the {named[0][1]} ({named[0][0]})"
