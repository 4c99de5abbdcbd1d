"""German and French number plates: ``HH-JT 582``, ``M-KL 2034E``, ``GK-418-TZ`` (redteam30).

:mod:`core.privacy.vehicle_plates` reads Korean and British plates by their shape and any
other as one token after its label; a German plate has two separators (district, a hyphen,
one or two letters, a space, up to four digits, an ``E`` or ``H`` for electric and historic
cars), so the label rule stops at the hyphen's second half. A French plate since 2009 is two
letters, three digits, two letters, with hyphens. Both shapes are also a code's or a model's
(``ISO-IR 100``, ``AB-123-CD`` in a spec), so they count only with a word of cars or parking
near them (``plate``, ``Kennzeichen``, ``parked``, ``garage``, ``번호판``…). The seller or
keeper named after the plate in its sentence (``plate GK-418-TZ, from Apolline Verdier``,
``… owned by …``) is read too: the plate says whose car the words are about (masked30).
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.task_recipient_names import read_name_after
from core.privacy.types import Hit

__all__ = ["detect_continental_plates"]

_GERMAN_RE = LazyPattern(
    r"(?<![A-Za-z0-9-])(?P<plate>[A-ZÄÖÜ]{1,3}-[A-Z]{1,2}[ \t]?[1-9][0-9]{0,3}[EH]?)"
    r"(?![A-Za-z0-9-])"
)
_FRENCH_RE = LazyPattern(
    r"(?<![A-Za-z0-9-])(?P<plate>[A-HJ-NP-TV-Z]{2}-[0-9]{3}-[A-HJ-NP-TV-Z]{2})(?![A-Za-z0-9-])"
)
_CAR_WORD = LazyPattern(
    r"(?i:\b(?:plates?|number[ \t]+plate|reg(?:istration)?|kennzeichen|immatriculation|car|"
    r"vehicle|van|parked|parking|garage|driveway|clio|golf|audi|bmw|vw|renault|peugeot)\b)"
    r"|번호판|차량|주차"
)
_REACH = 60
# masked30: the car's seller or keeper named after its plate in the same sentence ("plate
# GK-418-TZ, from Apolline Verdier"): two or more capitalised words after one of these.
_PARTY_RE = LazyPattern(
    r"[^.!?\n]{0,40}?(?<![A-Za-z])(?:from|owned[ \t]+by|belongs[ \t]+to|registered[ \t]+to|"
    r"sold[ \t]+(?:it[ \t]+)?to|owner(?:[ \t]+is)?:?)[ \t]+"
)


def detect_continental_plates(text: str) -> Iterator[Hit]:
    """German and French plates with a word of cars near them (see the module)."""
    if "-" not in text:
        return
    for pattern in (_GERMAN_RE, _FRENCH_RE):
        for m in pattern.finditer(text):
            near = text[max(0, m.start() - _REACH) : m.end() + _REACH]
            if _CAR_WORD.search(near) is not None:
                yield Hit("vehicle_plate", m.start("plate"), m.end("plate"), 0.7, False)
                party = _PARTY_RE.match(text, m.end("plate"))
                span = None if party is None else read_name_after(text, party.end())
                if span is not None:
                    yield Hit("person_name", span[0], span[1], 0.7, False)
