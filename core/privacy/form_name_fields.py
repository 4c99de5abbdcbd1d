"""A name split over a form's fields: ``Surname: MAC AODHA  Forename(s): Saoirse Niamh``,
``성: 탁 / 이름: 서율`` (redteam31); ``Nachname: Kirchhoff-Yildiz  Vorname: Lenja`` on a German
form and its French, Spanish, Italian, Dutch and Portuguese counterparts (redteam43).

Forms copied from a passport office, a school or a sports club give the family name and the
given names in fields of their own (in Korean only when two name fields are given: "이름:"
alone labels files and products too). Each part alone is too short or too plain for the name
patterns (a two-syllable given name with no surname, a surname in capitals with a space),
but the label says what it is. The value runs to the end of the line, to a slash or a
``|``, to two spaces, or to the next label's colon; it must hold letters and at most four
words.
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.types import Hit

__all__ = ["detect_form_name_fields"]

_EN_LABEL = (
    r"(?i:surname|family[ \t]name|last[ \t]name|forenames?|forename\(s\)|given[ \t]names?|"
    r"given[ \t]name\(s\)|first[ \t]names?|middle[ \t]names?)"
)
# redteam43: the same fields on German, French, Spanish, Italian, Dutch and Portuguese forms
# (a visa, a residence registration): Nachname/Vorname, Nom de famille/Prénom, Apellidos, …
_ABROAD_LABEL = (
    r"(?i:nachname|vornamen?|familienname|geburtsname|nom[ \t]de[ \t]famille|pr[ée]noms?|"
    r"apellidos?|cognome|achternaam|voorna(?:am|men)|sobrenome)"
)
_VALUE = r"[ \t]*:[ \t]*(?P<value>[A-Za-zÀ-ÖØ-öø-ÿĀ-ſ'’-]+(?:[ ][A-Za-zÀ-ÖØ-öø-ÿĀ-ſ'’-]+){0,3})"
_EN_RE = LazyPattern(r"(?<![A-Za-z])" + _EN_LABEL + _VALUE)
_ABROAD_RE = LazyPattern(r"(?<![A-Za-zÀ-ÿ])" + _ABROAD_LABEL + _VALUE)
_KO_RE = LazyPattern(
    r"(?<![가-힣])(?:성|이름|성명|영문[ \t]?성|영문[ \t]?이름)[ \t]*:[ \t]*(?P<value>[가-힣]{1,4})"
    r"(?![가-힣])"
)
# Values that describe the field instead of filling it ("Surname: as on passport").
_NOT_VALUES = frozenset(
    ["as", "see", "same", "n/a", "na", "none", "required", "optional", "없음", "미정"]
)


def detect_form_name_fields(text: str) -> Iterator[Hit]:
    """Names given in a form's name fields (see the module)."""
    if ":" not in text:
        return
    korean = list(_KO_RE.finditer(text))
    # A Korean "이름:" alone labels files and products too ("파일 이름: 보고서"); the split
    # form gives the family name its own field as well.
    matches = list(_EN_RE.finditer(text)) + (korean if len(korean) >= 2 else [])
    matches += _ABROAD_RE.finditer(text)
    for m in matches:
        value = m.group("value")
        if value.split()[0].casefold() in _NOT_VALUES:
            continue
        yield Hit("person_name", m.start("value"), m.end("value"), 0.8, False)
