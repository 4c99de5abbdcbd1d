"""One more person wants one of the things counted: "a fourth friend wants a bike too".

Set 30: after "e-bike rental is 35 a day per bike … 3 bikes for 2 days", the turn "a fourth
friend wants a bike too" went to the cloud. The ordinal says where the count now stands (a
fourth: 4), and the thing wanted names which count of the previous turn it is (the figure
before "bikes"). Read only when that count is exactly one less than the ordinal, so the
ordinal and the count agree; then the previous turn is run again with the new count, and
declines if code cannot read it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tools.followup_slot_kinds import ORDINALS

__all__ = ["ordinal_wants_one_too"]

# The English ordinals of the shared table ("fourth": 4); the Korean ones count otherwise.
_ORDINALS = {word: n for word, n in ORDINALS.items() if word.isascii()}
_ORDINAL_WORDS = "|".join(_ORDINALS)
_WANTS = re.compile(
    r"^\s*(?:oh\s+|and\s+|also\s+|so\s+)?(?:a|an|the)\s+(?:(?P<n>\d+)(?:st|nd|rd|th)|"
    rf"(?P<w>{_ORDINAL_WORDS}))\s+[a-z]+\s+"
    r"(?:wants|needs|would\s+like|is\s+getting|is\s+taking)\s+(?:a|an|one)\s+(?P<thing>[a-z-]+)"
    r"\s+(?:too|as\s+well)\s*[.!]?\s*$",
    re.I,
)


def ordinal_wants_one_too(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """The previous steps with the thing's count set to the ordinal, or ``None``.

    Args:
        text: The follow-up ("a fourth friend wants a bike too").
        steps: The previous turn's steps.
    """
    said = _WANTS.match(text)
    if said is None or not steps:
        return None
    place = int(said["n"]) if said["n"] else _ORDINALS[said["w"].lower()]
    thing = re.escape(said["thing"].lower())
    count = re.compile(rf"(?<![\d.,])(?P<c>\d+)\s+{thing}s\b", re.I)
    last = steps[-1]
    found = list(count.finditer(last))
    if len(found) != 1 or int(found[0]["c"]) + 1 != place:
        return None  # no count of that thing, two of them, or one the ordinal does not follow
    start, end = found[0].span("c")
    changed = [*steps[:-1], last[:start] + str(place) + last[end:]]
    return changed, f"{found[0]['c']} {said['thing']}s + 1 = {place}"
