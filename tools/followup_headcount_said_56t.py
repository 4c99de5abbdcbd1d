"""A new head count said as who turns up: "and if only 3 show up" is "what about 3 people".

Blind set 48 (turns48): after "recipe serves 4 and uses 300g pasta. cooking for 10 ppl how
much pasta" (750 g), "and if only 3 show up" went to the cloud, while "what about 3 people"
is read (225 g). People say a head count by who comes ("show up", "turn up", "come", "make
it", "are coming", "can come"); the turn is that count of people, nothing else. Only a whole
turn of that form, with one count, is said plainly. ("and if 3 of us join" is left to the
rule that reads joining: three may join the group, or make it.)
"""

from __future__ import annotations

import re

__all__ = ["showed_up_as_people"]

_SHOW_UP = re.compile(
    r"^\s*(?:(?:and|but|so|ok|okay)\s+)?(?:what\s+)?if\s+(?:only\s+|just\s+)?(?P<n>\d+)\s+"
    r"(?:of\s+us\s+|people\s+|guests\s+|ppl\s+|friends\s+|kids\s+)?(?:actually\s+)?"
    r"(?:show\s+up|turn\s+up|come|make\s+it|are\s+coming|can\s+come|end\s+up\s+coming)"
    r"\s*(?:then|instead|tho|though)?\s*[?？.!]*\s*$",
    re.IGNORECASE,
)


def showed_up_as_people(text: str) -> str:
    """``text`` as "what about N people?" when it only says N turn up; else ``text``."""
    m = _SHOW_UP.match(text)
    return f"what about {m['n']} people?" if m else text
