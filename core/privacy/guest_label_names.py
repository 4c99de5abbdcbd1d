"""The name after a booking's role word: ``booking ref QF7Z9P, guest Ingeborg
Delacroix-Mbeki``, ``lead passenger: Tamsin Achterberg`` (redteam33).

Hotels, airlines and event sites list the person a booking is for after a role word
(``guest``, ``lead guest``, ``guest name``, ``passenger``, ``traveller``, ``attendee``,
``ticket holder``), and people copy those lines into a request to the front desk. The
booking rule (:mod:`core.privacy.booking_surnames`) reads ``under <surname>``; here the role
word labels the name. Two or three capitalised words after it are the person when the label
has a colon or the first word is a listed given name; ``guest Wi-Fi``, ``guest Room
Service`` and a brand are no one.
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.brand_names import is_brand
from core.privacy.name_list import is_given_name
from core.privacy.person_shaped import latin_person_words
from core.privacy.types import Hit

__all__ = ["detect_guest_label_names"]

_GUEST_RE = LazyPattern(
    r"(?i:\b(?:(?:lead|main|primary)[ \t]+)?(?:guest|passenger|traveller|traveler|attendee|"
    r"ticket[ \t]+holder)(?:[ \t]+name)?)(?P<colon>[ \t]*:)?[ \t]+"
    r"(?P<name>(?P<given>[A-Z][a-z]+)(?:[ \t]+[A-Z][a-z]+(?:[-'][A-Z][a-z]+)?){1,2})"
    r"(?![A-Za-z])"
)
_CUES = ("guest", "passenger", "travel", "attendee", "holder")


def detect_guest_label_names(text: str) -> Iterator[Hit]:
    """Full names after a booking's role word (see the module)."""
    lowered = text.lower()
    if not any(cue in lowered for cue in _CUES):
        return
    for m in _GUEST_RE.finditer(text):
        words = m.group("name").split()
        if any(is_brand(w) for w in words) or not latin_person_words(words):
            continue
        if m.group("colon") is not None or is_given_name(m.group("given")):
            yield Hit("person_name", m.start("name"), m.end("name"), 0.75, False)
