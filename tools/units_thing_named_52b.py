"""A measure asked after the thing it measures is named: "how many miles is a marathon,
42.195 km" (set 39) is "how many miles is 42.195 km".

The unit reader reads "how many miles is 42.195 km"; with the thing named between ("a
marathon,") it read nothing and the turn was declined as not in the documents. The name is
dropped only when it is a few words after "a"/"an"/"the"/"my" with no figure, set off from
the measure by a comma, colon or dash: the measure that follows is what is converted.
"""

from __future__ import annotations

import re

from core.lazy_regex import LazyPattern

__all__ = ["without_thing_named"]

_THING_NAMED = LazyPattern(
    r"^(?P<ask>how\s+many\s+[a-z°][\w/°]*\s+(?:is|are|in)\s+)(?:a|an|the|my|our|one)\s+"
    r"(?:[a-z'-]+\s+){0,2}[a-z'-]+\s*(?:,|:|-|–|—)\s*(?=-?\d)",
    re.IGNORECASE,
)


def without_thing_named(text: str) -> str:
    """``text`` with the thing measured dropped before its measure, or ``text`` unchanged.

    Args:
        text: The question as the unit reader has normalised it so far.
    """
    return _THING_NAMED.sub(lambda m: m["ask"], text, count=1)
