"""Names in a pasted contact card's name fields: ``MECARD:N:Lindqvist,Annika;TEL:…``,
a vCard's ``N:Okafor;Chidi;;;`` and ``FN:Chidi Okafor`` (masked30).

A QR contact (MECARD) or an exported vCard gives the person's name in a field of its own,
family name first and split by a comma (MECARD) or a semicolon (vCard), so neither the
name-pair rule (given then family, a space between) nor the label rules (``Name:``) read
it. The card's own marker (``MECARD:``, ``BEGIN:VCARD``) says the ``N:`` and ``FN:`` fields
are a person's name; without the marker ``N:`` is a chemistry formula's nitrogen or a
list's item, and is left alone. Each non-empty name part of the field is reported.
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.types import Hit

__all__ = ["detect_contact_card_names"]

# MECARD: "N:" opens the card or follows a ";"; its value runs to the next ";".
_MECARD_N_RE = LazyPattern(r"(?i:MECARD:(?:[^\n]*?;)?N:)(?P<value>[^;\n]{1,80})")
# vCard: "N:" or "FN:" (maybe with parameters, "N;CHARSET=UTF-8:") at a line's start.
_VCARD_N_RE = LazyPattern(r"(?im:^[ \t]*(?:N|FN)(?:;[^:\n]*)?:)(?P<value>[^\n]{1,80})")
# One part of the name: letters of any script, with inner spaces, hyphens or apostrophes.
_PART_RE = LazyPattern(r"[^\W\d_](?:[^\W\d_]|[ '’.-](?=[^\W\d_]))*")


def _parts(text: str, start: int, end: int) -> Iterator[Hit]:
    for part in _PART_RE.finditer(text, start, end):
        # A Latin letter alone is an initial; a Hangul or Han syllable alone is a family
        # name ("N:옥;다빈;;;").
        if len(part.group(0)) >= 2 or not part.group(0).isascii():
            yield Hit("person_name", part.start(), part.end(), 0.8, False)


def detect_contact_card_names(text: str) -> Iterator[Hit]:
    """Name fields of MECARD and vCard texts (see the module)."""
    upper = text.upper()
    if "MECARD:" in upper:
        for m in _MECARD_N_RE.finditer(text):
            yield from _parts(text, m.start("value"), m.end("value"))
    if "BEGIN:VCARD" in upper:
        for m in _VCARD_N_RE.finditer(text):
            yield from _parts(text, m.start("value"), m.end("value"))
