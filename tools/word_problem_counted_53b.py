"""A word problem about things it counts itself, asked as "how many … do you have".

"there are 3 apples and you take away 2, how many apples do you have" (set 44) was taken
for a question put to the organisation ("do you have …?", tools/rag/organisation_rules)
and declined as a rule only its documents could give. Its "you" is the puzzle's actor:
the things asked are the things the question itself counts ("3 apples … how many apples").
Read only so; "how many rooms do you have" (nothing counted) stays a question to the
organisation.
"""

from __future__ import annotations

import re

from core.lazy_regex import LazyPattern

__all__ = ["counts_what_it_asks"]

_ASKED = LazyPattern(
    r"\bhow\s+many\s+(?P<thing>[a-z]+?)(?:e?s)?\s+(?:do|did|would|will|does)\s+"
    r"(?:you|i|we|he|she|they)\s+(?:have|get|end\s+up\s+with|keep)\b",
    re.IGNORECASE,
)


def counts_what_it_asks(text: str) -> bool:
    """Whether ``text`` counts, with a figure, the very things its "how many" asks of."""
    asked = _ASKED.search(text)
    if asked is None:
        return False
    thing = re.escape(asked["thing"].lower())
    counted = re.compile(rf"(?<![\d.])\d+\s+{thing}(?:e?s)?\b", re.IGNORECASE)
    return counted.search(text[: asked.start()]) is not None
