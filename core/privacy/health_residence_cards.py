"""A health card's or a residence card's number after its label: ``my OHIP number is
4821-937-265-KT``, ``Medicare card 2953 61820 4``, ``BRP number ZT9043617``, ``재류카드 번호가
UH48203917FA`` (redteam29).

A public health card (Ontario's OHIP, Australia's Medicare) and a residence permit (a UK
biometric residence permit, Japan's 在留カード) are identity numbers a person carries for
years: the clinic, the employer and the bank ask for them, and people paste them into the
form line they want written. Their shapes are ordinary digit groups or short letter-digit
codes, which order numbers and product codes share, so the card's name is required before
the number (a few words, "is", a colon or a Korean particle between). The card named with
no number ("how do I renew my BRP?") stays public.
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.types import Hit

__all__ = ["detect_health_residence_cards"]

# The label, then a few words ("number is", "card no.:", "번호가") before the number.
_GAP = r"(?:[ \t]*(?:number|no\.?|#|card|is|was|:|-|번호|番号|는|은|가|이|は)){0,4}[ \t]*"
_CARDS_RE = LazyPattern(
    r"(?:(?i:\bOHIP\b|\bhealth[ \t]+card\b)"
    + _GAP
    + r"(?P<ohip>\d{4}[ \t-]?\d{3}[ \t-]?\d{3}(?:[ \t-]?[A-Z]{2})?)"
    r"|(?i:\bmedicare\b)" + _GAP + r"(?P<medicare>[2-6]\d{3}[ \t]?\d{5}[ \t]?\d(?:[ \t/-]?\d)?)"
    r"|(?:\bBRP\b|(?i:\bbiometric[ \t]+residence[ \t]+permit\b))"
    + _GAP
    + r"(?P<brp>[A-Z]{2}[0-9X][0-9]{6})"
    r"|(?:재류[ \t]?카드|在留カ[ー-]ド|(?i:\bresidence[ \t]+card\b|\bzairyu\b))"
    + _GAP
    + r"(?P<zairyu>[A-Z]{2}[0-9]{8}[A-Z]{2}))"
    r"(?![0-9A-Za-z])"
)
_GROUPS = ("ohip", "medicare", "brp", "zairyu")
_CUES = ("ohip", "health card", "medicare", "brp", "biometric", "재류", "在留", "residence",
         "zairyu")  # fmt: skip


def detect_health_residence_cards(text: str) -> Iterator[Hit]:
    """Labelled health-card and residence-card numbers (see the module)."""
    lowered = text.lower()
    if not any(cue in lowered for cue in _CUES):
        return
    for m in _CARDS_RE.finditer(text):
        group = next(g for g in _GROUPS if m.group(g) is not None)
        yield Hit("national_id", m.start(group), m.end(group), 0.85, False)
