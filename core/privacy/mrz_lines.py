"""A passport's machine-readable zone: the first line's name (``PMKORSEOK<<HAYUL<<<…``,
any document type after ``P``) and the second line's number, birth date and expiry, whose
check digits prove the shape (redteam31).

People paste the two lines at the bottom of the photo page to ask what they mean. The
second line of ICAO 9303's TD3 format is 44 characters: the document number and its check
digit, the nationality, the birth date and its check digit, the sex, the expiry and its
check digit, an optional number and two more check digits. When the number's and the birth
date's check digits hold, the number and the birth date are reported. The first line gives
the holder's name as ``SURNAME<<GIVEN<NAMES``. ICAO's specimen state ``UTO`` (Utopia) names no
one, so its sample passport stays public.
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.types import Hit

__all__ = ["detect_mrz_lines"]

_LINE2_RE = LazyPattern(
    r"(?<![A-Z0-9<])(?P<number>[A-Z0-9<]{9})(?P<c1>[0-9])(?P<state>[A-Z<]{3})"
    r"(?P<dob>[0-9]{6})(?P<c2>[0-9])[MFX<](?P<exp>[0-9]{6})(?P<c3>[0-9])"
)
_LINE1_RE = LazyPattern(
    r"(?<![A-Z0-9<])P[A-Z<](?P<state>[A-Z<]{3})(?P<name>[A-Z]+(?:<[A-Z]+)*<<[A-Z]+(?:<[A-Z]+)*)<"
)
# Any MRZ line holds a run of fillers or a birth date and a sex letter between digits; a
# pattern that starts with a character class (no lookbehind) finds it cheaply.
_QUICK_RE = LazyPattern(r"<<|[0-9]{7}[MFX<][0-9]{7}")
_SPECIMEN_STATES = frozenset({"UTO"})


def _check_digit(field: str) -> str:
    total = 0
    for i, ch in enumerate(field):
        value = int(ch) if ch.isdigit() else 0 if ch == "<" else ord(ch) - 55
        total += value * (7, 3, 1)[i % 3]
    return str(total % 10)


def detect_mrz_lines(text: str) -> Iterator[Hit]:
    """Names, numbers and birth dates in passport MRZ lines (see the module)."""
    if "<" not in text or _QUICK_RE.search(text) is None:
        return
    for m in _LINE1_RE.finditer(text):
        if m.group("state") not in _SPECIMEN_STATES:
            yield Hit("person_name", m.start("name"), m.end("name"), 0.9, False)
    for m in _LINE2_RE.finditer(text):
        if m.group("state") in _SPECIMEN_STATES:
            continue
        if _check_digit(m.group("number")) != m.group("c1"):
            continue
        if _check_digit(m.group("dob")) != m.group("c2"):
            continue
        yield Hit("passport", m.start("number"), m.end("c1"), 0.95, True)
        yield Hit("birth_date", m.start("dob"), m.end("c2"), 0.9, True)
