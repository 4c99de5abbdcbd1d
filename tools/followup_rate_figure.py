"""A figure that states a rate ("14 km per liter", "리터당 14km") is not the quantity a
follow-up of the same unit replaces.

"my car does 14 km per liter, how many liters do i need for 420 km" then "and for 630
km?": both figures are kilometres, but the first is how far one litre goes; the follow-up
gives a new distance, so it replaces the 420. Found by the fifteenth unseen set, where the
rate was replaced ('0.6667 L'). The rule: when a step's figures of the follow-up's unit
are some rates and some not, only those of the same kind as the follow-up's own figure
(a rate when it says "per"/"당" itself, a quantity otherwise) may be replaced.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from core.lazy_regex import LazyPattern

__all__ = ["same_kind_of_figure", "states_a_per_rate"]

# After the figure: "per liter", "/h", "a litre", "an hour", "each day".
_PER_AFTER = LazyPattern(
    r"\s*(?:/\s*[A-Za-z가-힣]|(?:per|each|every)\s+[A-Za-z]"
    r"|an?\s+(?:lit(?:er|re)|gallon|hour|day|week|month|year|minute|kilo(?:gram)?|kg|person)\b)",
    re.IGNORECASE,
)
# Before the figure: "리터당 14km", "1리터에 14km", "한 시간에 80km", "시간당 12,000원".
_PER_BEFORE = LazyPattern(
    r"(?:[가-힣]+\s*당|(?:1|한)\s*[가-힣]+\s*에)\s*$",
)


def states_a_per_rate(text: str, figure: re.Match[str]) -> bool:
    """Whether ``figure`` (a match in ``text``) is a rate: so much per one of something."""
    return (
        _PER_AFTER.match(text, figure.end()) is not None
        or _PER_BEFORE.search(text[: figure.start()]) is not None
    )


def same_kind_of_figure(
    step: str, candidates: Sequence[re.Match[str]], text: str, wanted: re.Match[str]
) -> list[re.Match[str]]:
    """The candidates of ``step`` a follow-up's figure may replace.

    Args:
        step: The earlier step the candidates were found in.
        candidates: Its figures of the follow-up's unit, in order.
        text: The follow-up turn.
        wanted: The follow-up's figure.

    Returns:
        The candidates of the wanted figure's kind (rate or quantity) when the step has
        both kinds; all of them otherwise (nothing to tell apart).
    """
    wants_rate = states_a_per_rate(text, wanted)
    same = [q for q in candidates if states_a_per_rate(step, q) == wants_rate]
    return same if same and len(same) < len(candidates) else list(candidates)
