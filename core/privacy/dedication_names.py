"""A full name in a quoted engraving or dedication: ``'For Annelise Vandermeer - 25 years at
Kestrel Labs'`` (redteam37).

Engravings on watches, plaques and trophies, a book's inscription and a bench's dedication
name the person they honour after ``For``/``To``/``In memory of``/``Presented to``, and people
paste the text to ask about its length or wording. :mod:`core.privacy.task_recipient_names`
reads "a card for …" in the writer's own sentence; inside the quoted text the name has no
such lead. In a text that speaks of engraving, inscribing or dedicating (engrave, inscribe,
inscription, dedication, plaque, trophy, lettering, 각인, 문구), a quote that opens with one of
those leads followed by two to four capitalised words read as a person
(:mod:`core.privacy.person_shaped`) holds that person's name. ``'For Sale'``, ``'To The
Moon'`` and a lead with no such quote stay public.
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.person_shaped import LATIN_NAME_WORD, latin_person_words
from core.privacy.types import Hit

__all__ = ["detect_dedication_names"]

# Substrings of the words of engraving and dedication (lower-cased text), checked first.
_CUES = ("engrav", "inscri", "dedicat", "plaque", "trophy", "lettering", "memorial", "각인", "문구")
_DEDICATION_RE = LazyPattern(
    r"['\"‘“](?:[ \t]*)(?i:for|to|in[ \t]+(?:loving[ \t]+)?memory[ \t]+of|presented[ \t]+to|"
    r"awarded[ \t]+to|with[ \t]+love[ \t]+to|dedicated[ \t]+to)[ \t]+"
    r"(?P<name>" + LATIN_NAME_WORD + r"(?:[ \t]+" + LATIN_NAME_WORD + r"){1,3})"
)


def detect_dedication_names(text: str) -> Iterator[Hit]:
    """The honoured person's name in a quoted dedication (see the module)."""
    if "'" not in text and '"' not in text and "‘" not in text and "“" not in text:
        return
    lowered = text.lower()
    if not any(cue in lowered for cue in _CUES):
        return
    for m in _DEDICATION_RE.finditer(text):
        words = m.group("name").split()
        # Stop at the first word that is no name ("For Anna Berg Kestrel Labs …").
        while len(words) > 2 and not latin_person_words(words):
            words.pop()
        if len(words) >= 2 and latin_person_words(words):
            start = m.start("name")
            yield Hit("person_name", start, start + len(" ".join(words)), 0.8, False)
