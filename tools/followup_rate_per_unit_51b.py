"""A rate per one unit said anew in English: "what if the rate was 0.30 a mile" after "…
excess is 0.25 a mile …" (set 34).

The one figure of the previous question said "a/per/each <unit>" with that same unit is
replaced, and the question is read again. Only when exactly one such figure is in the
previous question (two rates per a mile: which one is unsaid) and the new question reads.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from core.lazy_regex import LazyPattern
from tools.followup_previous_51b import calculated, one_step_read_by

__all__ = ["rate_per_unit_said_anew"]

_N = r"\d+(?:\.\d+)?"
_SAID = LazyPattern(
    r"^\s*(?:and\s+|ok(?:ay)?\s*,?\s*)?(?:what\s+if|if|what\s+about|how\s+about)\s+"
    r"(?:the\s+)?(?:(?:rate|price|charge|cost|fee)\s+(?:was|is|were|went\s+up\s+to|went\s+to|of)\s+"
    r"|it\s+(?:was|is|were)\s+)?"
    rf"\$?(?P<r>{_N})\s+(?:a|per|each)\s+(?P<unit>[a-z]{{2,12}}?)s?\s*[?.!]*\s*$",
    re.I,
)


def rate_per_unit_said_anew(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """The previous question with its one rate per that unit replaced, or ``None``.

    Args:
        text: The follow-up turn.
        steps: The previous turn's step texts.
    """
    said = _SAID.match(text)
    step = one_step_read_by(steps)
    if said is None or step is None:
        return None
    unit = re.escape(said["unit"].lower())
    rates = list(
        re.finditer(rf"(?<![\d.])\$?(?P<r>{_N})\s+(?:a|per|each)\s+{unit}s?\b", step, re.I)
    )
    if len(rates) != 1 or rates[0]["r"] == said["r"]:
        return None
    start, end = rates[0].span("r")
    changed = step[:start] + said["r"] + step[end:]
    if calculated(changed) is None:
        return None
    return [changed], f"{rates[0]['r']} → {said['r']} a {said['unit']}"
