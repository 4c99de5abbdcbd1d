"""A named person's weekly routine: ``Margot Pellegrini-Shaw has swim club Mon and Wed 5pm``
(redteam25).

Where someone is, every week at a set hour, is personal data of the person named, and the
name is what makes it so. Parents and carers paste these lines into a timetable request;
the English name rules need a title, a label or a known given-name-plus-surname pair, and a
double-barrelled surname (``Pellegrini-Shaw``) is in no list. Here the routine itself says
a person is meant: one or two capitalised words, then a verb of a routine (``has``, ``goes
to``, ``does``, ``takes``, ``attends``, ``is at``), then, in the same sentence, a
day of the week and a clock time. Brands, days and other words that are no person are left
out (``Tesco has a sale Mon 9am``).
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.affiliation_names import EN_NOT_PERSONS
from core.privacy.brand_names import is_brand
from core.privacy.guarded_pattern import GuardedPattern
from core.privacy.name_list import is_family_name, is_given_name
from core.privacy.names import CAPITALISED_WORD, is_english_non_name
from core.privacy.types import Hit

__all__ = ["detect_schedule_names"]

_ROUTINE_RE = GuardedPattern(
    r"(?<![A-Za-z])(?P<name>"
    + CAPITALISED_WORD
    + r"(?:[ \t]+"
    + CAPITALISED_WORD
    + r")?)[ \t]+(?:has|goes[ \t]+to|does|takes|attends|is[ \t]+at)[ \t]"
    r"(?P<rest>[^.!?\n]{0,80})"
)
_DAY = LazyPattern(
    r"(?i:\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day)?s?\b|\bweekends?\b)"
)
_TIME = LazyPattern(r"(?i:\b[0-9]{1,2}(?::[0-9]{2})?[ \t]?(?:am|pm)\b|\b[0-9]{1,2}:[0-9]{2}\b)")


def _person(name: str) -> bool:
    words = name.split()
    if any(w in EN_NOT_PERSONS or is_english_non_name(w) or is_brand(w) for w in words):
        return False
    if len(words) == 1:
        return is_given_name(words[0])
    family_parts = words[1].split("-")
    return is_given_name(words[0]) or any(is_family_name(p) for p in family_parts)


def detect_schedule_names(text: str) -> Iterator[Hit]:
    """Names of people whose weekly routine is given (see the module)."""
    for m in _ROUTINE_RE.finditer(text):
        rest = m.group("rest")
        if _DAY.search(rest) is None or _TIME.search(rest) is None:
            continue
        if _person(m.group("name")):
            yield Hit("person_name", m.start("name"), m.end("name"), 0.7, False)
