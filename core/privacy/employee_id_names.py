"""A name next to an employee number (redteam23).

``사번 A20193 공태린``, ``직원번호 30417 (변우주)``, ``employee ID E-40917 (Callum
Ferreira-Boyd)``: HR and payroll requests name a person by their staff number and their
name together. The staff number's label says the words right after the number are the
person it belongs to: a Korean name (a surname and a given name that pass the name rules'
plausibility check) or two or more capitalised words
(:mod:`core.privacy.labelled_id_names`). A register's ``Thornton, Gideon - employee no.
E0048213`` puts the name first, family name first; both it and the number are read
(masked30).
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.labelled_id_names import names_beside_labelled_ids
from core.privacy.person_shaped import latin_person_words
from core.privacy.types import Hit

__all__ = ["detect_employee_id_names"]

_LABELLED_ID_RE = LazyPattern(
    r"(?:사번|직원[ \t]?번호|사원[ \t]?번호"
    r"|(?i:\b(?:employee|staff|emp)[ \t]*(?:id|no\.?|number|#)))"
    # A site or office suffix may follow the digits ("004821-LON", redteam28).
    r"[ \t]*(?:은|는|:|#)?[ \t]*(?P<id>[A-Za-z]{0,3}-?\d{3,9}(?:-[A-Za-z0-9]{1,4})?)"
    r"(?![0-9A-Za-z])"
    r"[ \t]*[(,]?[ \t]*"
)
_KOREAN_NAME_RE = LazyPattern(
    r"(?P<name>[가-힣]{2,4}?)(?=$|[^가-힣]|님|씨|이|가|은|는|의|에게|한테)"
)


# masked30: a register's "Surname, Given" before the label, "Thornton, Gideon - employee no.
# E0048213": the family name, a comma, the given name, a dash, comma or bracket, the label
# and its number.
_SURNAME_FIRST_RE = LazyPattern(
    r"(?<![A-Za-z])(?P<name>(?P<family>[A-Z][a-z]+(?:[-'][A-Z][a-z]+)?),[ \t]*"
    r"(?P<given>[A-Z][a-z]+(?:-[A-Z][a-z]+)?))[ \t]*[-–—,(]?[ \t]*"
    r"(?i:(?:employee|staff|emp)[ \t]*(?:id|no\.?|number|#))[ \t]*:?[ \t]*"
    r"(?P<id>[A-Za-z]{0,3}-?\d{3,9})(?![0-9A-Za-z])"
)


def ids_of_named_staff(text: str, names: list[Hit]) -> Iterator[Hit]:
    """The staff numbers right before the names found after them: ``사번 A20231847 제갈윤서``
    names its holder, so the number is that person's record too, as in the surname-first form
    below (redteam48: the name was held and the number sent on)."""
    for m in _LABELLED_ID_RE.finditer(text):
        if any(m.end() <= hit.start <= m.end() + 2 for hit in names):
            yield Hit("mrn", m.start("id"), m.end("id"), 0.75, False)


def detect_employee_id_names(text: str) -> Iterator[Hit]:
    """The name right after (or, surname first, before) a labelled staff number."""
    names = list(names_beside_labelled_ids(text, _LABELLED_ID_RE, _KOREAN_NAME_RE))
    yield from names
    yield from ids_of_named_staff(text, names)
    if "," not in text:
        return
    for m in _SURNAME_FIRST_RE.finditer(text):
        if latin_person_words([m.group("family"), m.group("given")]):
            yield Hit("person_name", m.start("name"), m.end("name"), 0.75, False)
            # The staff number beside the name is that person's record (as a member number).
            yield Hit("mrn", m.start("id"), m.end("id"), 0.75, False)
