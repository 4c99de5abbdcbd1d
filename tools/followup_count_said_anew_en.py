"""A count said anew in English, the one count of the previous request it replaces found by
its cue: "what about if it's just 3" after "… split between 4 of us"; "the shop says only 2
need replacing" after "… I need 4".

Blind sets 38 and 30 sent these to the cloud: the new count carries no noun of its own, so
no slot rule could tell which figure it replaces. The phrasing settles it: "just"/"only"
with a bare count supposes the group ("4 of us", "5 people", "3 ways", "6 friends"); "only
N need replacing" is the count after "I need". Each phrasing is a row of ``RESTATED_COUNTS``:
the turn's pattern, the previous count's cue, and when the change is taken. The previous
request must say exactly one count of that cue; otherwise the turn is left to the other
rules (never a guess at which figure the count replaces).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

__all__ = [
    "RESTATED_COUNTS",
    "RestatedCount",
    "count_said_anew",
    "just_a_count",
    "only_some_needed",
]

_N = r"\d+(?:\.\d+)?"
_GROUP_NOUNS = r"(?:of\s+us|people|ppl|ways|friends|guys)"


@dataclass(frozen=True)
class RestatedCount:
    """One phrasing of a count said anew, and where the count it replaces stands."""

    #: The turn, the new count in group ``n``.
    turn: re.Pattern[str]
    #: The count it replaces in the previous request, in group ``n``.
    previous: re.Pattern[str]
    #: What changed, ``{old}`` and ``{new}`` standing for the counts.
    how: str
    #: Read only after a request of one step (a group split is asked alone).
    one_step_only: bool = False
    #: Taken only when the new count is smaller ("only 2 need replacing").
    fewer_only: bool = False


# "what about if it's just 3", "if there's only 5 of us" (set 38).
_JUST = re.compile(
    r"^\s*(?:and\s+|so\s+|ok\s+)?(?:(?:what|how)\s+about\s+|what\s+)?(?:if\s+)?"
    r"(?:it'?s|it\s+is|it\s+was|it\s+were|there'?s|there\s+(?:is|are|was|were)|we'?re"
    r"|we\s+(?:are|were))"
    rf"\s+(?:just|only)\s+(?P<n>\d+)\s*{_GROUP_NOUNS}?\s*[?.!]*\s*$",
    re.IGNORECASE,
)
_GROUP = re.compile(rf"(?<![\d.])(?P<n>\d+)(?=\s+{_GROUP_NOUNS}\b)", re.I)
# "the shop says only 2 need replacing" after "… I need 4" (set 30).
_ONLY = re.compile(
    r"^\s*(?:(?:oh|ok|so|but|actually)\s*,?\s+)?(?:(?:the|my)\s+[a-z]+\s+says?\s+"
    r"|it\s+turns\s+out\s+)?"
    rf"(?:that\s+)?only\s+(?P<n>{_N})\s+(?:of\s+them\s+)?(?:needs?|have\s+to\s+be|has\s+to\s+be)\b"
    r"[a-z ]*[.!]?\s*$",
    re.I,
)
_NEEDED = re.compile(rf"\b(?:i|we)\s+need\s+(?P<n>{_N})\b", re.I)

SMALLER_GROUP = RestatedCount(_JUST, _GROUP, "{old} → {new}", one_step_only=True)
FEWER_NEEDED = RestatedCount(_ONLY, _NEEDED, "only {new} needed", fewer_only=True)
RESTATED_COUNTS = (SMALLER_GROUP, FEWER_NEEDED)


def count_said_anew(
    row: RestatedCount, text: str, steps: Sequence[str]
) -> tuple[list[str], str] | None:
    """The previous steps with the one count of ``row``'s cue replaced, or ``None``.

    Args:
        row: The phrasing to read.
        text: The follow-up turn.
        steps: The previous turn's step texts.
    """
    said = row.turn.match(text)
    if said is None or not steps or (row.one_step_only and len(steps) != 1):
        return None
    last = steps[-1]
    counts = list(row.previous.finditer(last))
    if len(counts) != 1:
        return None
    old = counts[0]["n"]
    if row.fewer_only and float(said["n"]) >= float(old):
        return None  # "only" a count that is not fewer
    start, end = counts[0].span("n")
    changed = last[:start] + said["n"] + last[end:]
    return [*steps[:-1], changed], row.how.format(old=old, new=said["n"])


def just_a_count(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """ "what about if it's just 3" after "… split between 4 of us": the group count."""
    return count_said_anew(SMALLER_GROUP, text, steps)


def only_some_needed(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """ "the shop says only 2 need replacing" after "… I need 4": the count needed."""
    return count_said_anew(FEWER_NEEDED, text, steps)
