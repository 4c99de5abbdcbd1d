"""A person in an issue tracker's history line: ``Assignee changed from Unassigned to
Kateryna Hrytsenko`` (redteam37).

Jira, Linear and GitHub write who a ticket moved to as a history line, and people paste it
to summarise a ticket for stand-up. The names there have no title, label or relation, and
a Ukrainian or Polish family name is on no list. The field's change says a person stands on
either side of it: after ``Assignee``/``Reporter``/``Reviewer``/``Owner``/``Approver``
``changed``/``set`` ``from … to …``, or after ``assigned (this|it) to`` / ``reassigned to``,
each side that reads as a person (two to four capitalised words, :mod:`core.privacy.
person_shaped`, or a Korean name) is read. ``Unassigned``, ``To Do`` and ``In Review`` are no
person, and ``Status changed from To Do to In Review`` names no one.
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.names import plausible_korean_name
from core.privacy.person_shaped import LATIN_NAME_WORD, latin_person_words
from core.privacy.types import Hit

__all__ = ["detect_tracker_assignee_names"]

_VALUE = r"(?:" + LATIN_NAME_WORD + r"(?:[ \t]+" + LATIN_NAME_WORD + r"){0,3}|[가-힣]{2,4})"
_CHANGE_RE = LazyPattern(
    r"(?i:assignee|reporter|reviewer|owner|approver)[ \t]+(?i:changed|set|updated)"
    r"(?:[ \t]+(?i:from)[ \t]+(?P<old>" + _VALUE + r"))?[ \t]+(?i:to)[ \t]+"
    r"(?P<new>" + _VALUE + r")"
)
_ASSIGNED_RE = LazyPattern(
    r"(?<![A-Za-z])(?i:(?:re)?assigned)(?:[ \t]+(?i:this|it|the[ \t]+ticket))?[ \t]+(?i:to)[ \t]+"
    r"(?P<new>" + _VALUE + r")"
)
_CUES = ("ssign", "eporter", "eviewer", "wner", "pprover")


def _person(value: str) -> bool:
    if "가" <= value[0] <= "힣":
        return plausible_korean_name(value, strong=True)
    words = value.split()
    return len(words) >= 2 and latin_person_words(words)


def detect_tracker_assignee_names(text: str) -> Iterator[Hit]:
    """People on either side of a tracker's field change (see the module)."""
    lowered = text.lower()
    if not any(cue in lowered for cue in _CUES):
        return
    for pattern in (_CHANGE_RE, _ASSIGNED_RE):
        for m in pattern.finditer(text):
            for group in ("old", "new"):
                if group not in pattern.groupindex or m.group(group) is None:
                    continue
                if _person(m.group(group)):
                    yield Hit("person_name", m.start(group), m.end(group), 0.8, False)
