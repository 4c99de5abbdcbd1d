"""A rate moved to a new level in a verb of its own: "bump it up to 22 percent", "raise
the tip to 20%", "lower it to 5%", "drop the rate to 3.5%", "push that to 25%".

After "dinner came to 126 dollars, how much is a 15% tip" such a turn asks the same
question at the new rate (126 × 22% = 27.72). Found by the twenty-first unseen set,
where the turn fell to the generic "apply the turn to the previous result" reading and
answered 22% *of the tip* (4.16), a wrong figure. "make it 22%" already reads as a
correction of the one percentage; these verbs say the same thing, so they are read the
same way: only when the previous question states exactly one percentage (the correction
rule's own check), never as an operation on the result.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from core.lazy_regex import LazyPattern
from tools.followup_correction import corrected_figure

__all__ = ["moves_a_rate", "rate_moved_to"]

# Any tense, said by whoever moved it: "they bumped it to 25%", "the shop has lowered it to
# 10%" (found probing paraphrases: past tense with a subject fell to the generic reading and
# answered 25% *of the price*).
_VERB = (
    r"(?:(?:they|he|she|we|you|i|it|the\s+[a-z]+)(?:'ve|'s)?\s+(?:have\s+|has\s+|just\s+)?)?"
    r"(?:bump|raise|up|push|hike|lift|lower|drop|cut|knock|bring|brought|take|took|move|set"
    r"|change|switch|turn|put)(?:s|ed|d|ped|ping|ing)?"
)
# The thing moved: "it", "that", "the tip", "the rate", "the discount" (a word or two).
_OBJECT = r"(?:it|that|this|the\s+[a-z]+(?:\s+[a-z]+)?)"
_LEAD = r"^\s*(?:(?:ok(?:ay)?|and|so|then|actually|let'?s|can\s+you|could\s+you|please)[\s,]+)*"
_MOVED_TO = LazyPattern(
    rf"{_LEAD}{_VERB}\s+{_OBJECT}\s+(?:(?:up|down|back)\s+)?to\s+"
    r"(?P<rate>\d+(?:\.\d+)?)\s*(?:%|percent\b|per\s*cent\b|pct\b)"
    r"(?:\s+(?:off|discount))?(?:\s+instead)?\s*(?:please)?\s*[.!?]*\s*$",
    re.IGNORECASE,
)


# Any rate moved, to a level or by a step ("bump it up by 2 percent"): what moves is a rate
# of the previous question, so a share *of the result* is never what is asked.
_MOVES_A_RATE = LazyPattern(
    rf"{_LEAD}{_VERB}\s+{_OBJECT}\s+(?:(?:up|down|back)\s+)?(?:to|by)\s+"
    r"\d+(?:\.\d+)?\s*(?:%|percent\b|per\s*cent\b|pct\b)",
    re.IGNORECASE,
)


def moves_a_rate(text: str) -> bool:
    """Whether a turn moves a rate ("raise it to 20%", "bump it up by 2 percent")."""
    return _MOVES_A_RATE.match(text) is not None


def rate_moved_to(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """The previous steps asked again with their one percentage set to the turn's, or None.

    Args:
        text: The follow-up turn ("bump it up to 22 percent").
        steps: The previous turn's step texts.
    """
    moved = _MOVED_TO.match(text)
    if moved is None or not steps:
        return None
    return corrected_figure(f"make it {moved['rate']}%", steps)
