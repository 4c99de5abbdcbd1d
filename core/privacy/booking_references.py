"""A booking's reference code after its label: ``booking ref QF7Z9P``, ``PNR: K7QX2M``,
``예약번호 HB4K2Q`` (redteam33).

An airline's or a hotel's reference (PNR) and the traveller's surname are all that "manage
my booking" asks for: with them anyone can change seats, cancel or read the itinerary and
passport details. The code is short and random (five to eight letters and digits), so it
has no shape of its own; its label says what it is. A code of letters and digits mixed, or
of six or more digits, right after ``booking ref(erence)``, ``booking code/number``,
``confirmation code/number``, ``reservation code/number``, ``PNR``, ``record locator``,
``예약번호`` or ``예매번호`` is held as a credential. A word after the label
(``booking reference number``) is no code.
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.types import Hit

__all__ = ["detect_booking_references"]

_REF_RE = LazyPattern(
    r"(?:(?i:\b(?:booking|confirmation|reservation)[ \t]+(?:ref(?:erence)?|code|number|no\.?)"
    r"|\bPNR|\brecord[ \t]+locator)|예약[ \t]?번호|예매[ \t]?번호|예약[ \t]?코드)"
    r"[ \t]*(?:[:#]|(?i:is)|는|은)?[ \t]*(?P<code>[A-Za-z0-9]{5,10})(?![A-Za-z0-9])"
)
_CUES = ("book", "confirm", "reserv", "pnr", "locator", "예약", "예매")


def _code_shaped(code: str) -> bool:
    digits = sum(ch.isdigit() for ch in code)
    letters = sum(ch.isalpha() for ch in code)
    # Mixed like a PNR ("QF7Z9P"), or a number long enough to be a record's.
    return (digits > 0 < letters and code.upper() == code) or (letters == 0 and digits >= 6)


def detect_booking_references(text: str) -> Iterator[Hit]:
    """Booking reference codes after their label (see the module)."""
    lowered = text.lower()
    if not any(cue in lowered for cue in _CUES):
        return
    for m in _REF_RE.finditer(text):
        if _code_shaped(m.group("code")):
            yield Hit("secret", m.start("code"), m.end("code"), 0.75, False)
