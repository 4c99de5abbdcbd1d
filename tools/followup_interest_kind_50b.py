"""The other kind of interest asked after a compound-interest answer: "단리면?", "and with
simple interest instead?".

Set 33: "천만원을 연 5% 복리로 3년 두면 얼마 돼" (11,576,250원) and "5000 dollars at 4% compounded
yearly for 3 years, how much do I end up with" ($5,624.32) were read, and the turn naming
simple interest went to the cloud. The amount, the rate and the years stay; only the kind
of interest changes, so the step is asked again with its compounding named as simple
interest, and the simple-interest readers answer it (or nothing does, and the turn goes on).

Only a turn that names simple interest and nothing else (no figure, no other subject), and
only a previous step that names compounding once.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = ["simple_interest_instead"]

_ASKS_SIMPLE_KO = re.compile(
    r"^\s*(?:그럼\s*|그러면\s*|만약\s*)?단리\s*(?:로|으로)?\s*(?:면|이면|하면|계산하면|치면|는|은)?\s*"
    r"(?:얼마|어때|어떻게\s*돼)?\s*[?？.]*\s*$"
)
_ASKS_SIMPLE_EN = re.compile(
    r"^\s*(?:and|so|ok(?:ay)?|but)?\s*,?\s*(?:what\s+about|how\s+about|what\s+if\s+it(?:'s|\s+was|\s+is)"
    r"|with|at|using|if\s+it(?:'s|\s+was|\s+is))?\s*(?:a\s+|plain\s+)?simple\s+interest"
    r"\s*(?:instead)?\s*[?.!]*\s*$",
    re.IGNORECASE,
)
_COMPOUND_KO = re.compile(r"복리")
_COMPOUND_EN = re.compile(
    r"\bcompound(?:ed|ing)?\s+(?:yearly|annually|every\s+year|each\s+year|once\s+a\s+year)\b"
    r"|\bcompound\s+interest\b",
    re.IGNORECASE,
)


def simple_interest_instead(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """The compound-interest step asked again at simple interest, or ``None``.

    Args:
        text: The follow-up ("단리면?", "and with simple interest instead?").
        steps: The previous turn's steps.
    """
    if _ASKS_SIMPLE_KO.match(text):
        compound, simple = _COMPOUND_KO, "단리"
    elif _ASKS_SIMPLE_EN.match(text):
        compound, simple = _COMPOUND_EN, "simple interest"
    else:
        return None
    named = [i for i, step in enumerate(steps) if compound.search(step)]
    if len(named) != 1 or len(compound.findall(steps[named[0]])) != 1:
        return None
    index = named[0]
    changed = compound.sub(simple, steps[index])
    return [*steps[:index], changed, *steps[index + 1 :]], "simple interest instead of compound"
