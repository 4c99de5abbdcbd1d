"""Names and birth dates in the rows of pasted CSV or TSV text, found by its header
(redteam25).

``이름,부서,생년월일`` then ``남궁온유,영업2팀,1993.08.17``: a spreadsheet export gives each
person's name and birth date bare, and the header line says which column holds what. The
markdown-table rule (:mod:`core.privacy.table_names`) reads ``|``-tables; here the cells are
split by commas, semicolons or tabs. The first line whose cells include a name header
(``name``, ``first``, ``last``, ``이름``, ``성명``, ``고객명``…) or a birth-date header
(``dob``, ``birthday``, ``date of birth``, ``생년월일``, ``생일``) is the header, and every
following line split by the same separator is a row (a bare ``name`` or ``이름`` header needs
a column only people have beside it, ``email``, ``dob``, ``부서``…: ``name,version`` lists
packages): its cell under a name header is a
person's name when it is shaped like one, its cell under a birth-date header is a birth date
when it is shaped like a date. Other columns (a department, an amount) are left alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.types import Hit

__all__ = ["detect_delimited_row_columns"]

_NAME_HEADERS = frozenset(
    {
        "name", "names", "full name", "fullname", "full_name", "first", "first name",
        "firstname", "first_name", "given name", "last", "last name", "lastname",
        "last_name", "surname", "family name", "customer", "customer name", "client",
        "patient", "employee", "member", "guest", "tenant", "student", "contact", "이름",
        "성명", "성함", "고객명", "환자명", "직원명", "회원명", "학생명", "담당자", "예금주",
        "보호자", "수취인", "받는분", "받는 분",
        # masked30: "surname,given,mobile" (a given-name column by its short header).
        "given", "given_name", "givenname", "forename", "forenames", "family",
        "family_name", "familyname",
        # redteam47: a European export's headers (German, Dutch, French, Spanish, Italian,
        # Polish, Czech): "nachname;vorname;diagnose".
        "nachname", "vorname", "achternaam", "voornaam", "prénom", "prenom", "apellido",
        "apellidos", "cognome", "nazwisko", "imię", "imie", "příjmení", "jméno",
        "nom", "nombre", "nome", "naam",
    }
)  # fmt: skip
# A bare "name" column also heads lists of packages, settings and products ("name,version");
# it is a person's only beside a column that only people have.
_PERSON_FIELD_HEADERS = frozenset(
    {
        "email", "e-mail", "mail", "phone", "mobile", "tel", "cell", "address", "age",
        "gender", "sex", "department", "dept", "team", "title", "role", "salary",
        "nationality", "연락처", "전화", "전화번호", "휴대폰", "핸드폰", "이메일", "주소",
        "부서", "소속", "직급", "직책", "나이", "성별", "학년", "반", "연봉",
        # redteam47: a person's own columns in a European export, a diagnosis among them.
        "diagnosis", "diagnose", "diagnostic", "diagnóstico", "diagnosi", "geburtsdatum",
        "telefon", "téléphone", "teléfono", "adresse", "dirección", "indirizzo", "alter",
        "geschlecht", "abteilung",
    }
)  # fmt: skip
# "given" and "family" also head a taxonomy's columns ("genus,family"): a person's only
# beside a people-only column, as "name" is.
_PLAIN_NAME_HEADERS = frozenset(
    {
        "name",
        "names",
        "first",
        "last",
        "contact",
        "이름",
        "given",
        "family",
        # redteam47: "name" in French, Spanish, Italian and Dutch heads products' lists too.
        "nom",
        "nombre",
        "nome",
        "naam",
    }
)
_BIRTH_HEADERS = frozenset(
    {
        "dob", "d.o.b.", "birthday", "birth date", "birthdate", "birth_date",
        "date of birth", "date_of_birth", "생년월일", "생일", "출생일",
        "geburtsdatum", "date de naissance", "fecha de nacimiento", "data di nascita",
    }
)  # fmt: skip
_SEPARATORS = (",", ";", "\t")
_NAME_CELL = re.compile(
    r"[가-힣]{2,5}|[A-Z][a-z]+(?:[-'][A-Za-z]+)*"
    r"(?:[ \t]+(?:[A-Z]\.|[A-Z][a-z]+(?:[-'][A-Za-z]+)*)){0,3}"
)
_DATE_CELL = re.compile(
    r"(?:19|20)[0-9]{2}[-./][0-9]{1,2}[-./][0-9]{1,2}\.?|[0-9]{1,2}[-./][0-9]{1,2}[-./](?:19|20)[0-9]{2}"
    r"|[0-9]{6}|(?:19|20)[0-9]{6}"
)
_LINE_RE = LazyPattern(r"[^\n]+")


def _cells(line: str, base: int, sep: str) -> list[tuple[int, int]]:
    """(start, end) of each cell's stripped text, quotes taken off."""
    out: list[tuple[int, int]] = []
    pos = 0
    for cell in line.split(sep):
        stripped = cell.strip().strip('"').strip()
        lead = cell.index(stripped) if stripped else 0
        out.append((base + pos + lead, base + pos + lead + len(stripped)))
        pos += len(cell) + len(sep)
    return out


def _header(line: str) -> tuple[str, dict[int, str]] | None:
    """The separator and the personal columns (index -> "name"/"birth") of a header line."""
    for sep in _SEPARATORS:
        if sep not in line:
            continue
        cells = [c.strip().strip('"').strip().lower() for c in line.split(sep)]
        columns = {i: "name" for i, c in enumerate(cells) if c in _NAME_HEADERS}
        births = {i: "birth" for i, c in enumerate(cells) if c in _BIRTH_HEADERS}
        people_only = births or any(
            c in _PERSON_FIELD_HEADERS or (c in _NAME_HEADERS and c not in _PLAIN_NAME_HEADERS)
            for c in cells
        )
        if not people_only:
            continue
        columns |= births
        if columns and len(cells) >= 2:
            return sep, columns
    return None


def detect_delimited_row_columns(text: str) -> Iterator[Hit]:
    """Name and birth-date cells of CSV/TSV rows under a header naming them (see the module)."""
    if "\n" not in text:
        return
    found: tuple[str, dict[int, str]] | None = None
    for line in _LINE_RE.finditer(text):
        if found is None:
            found = _header(line.group(0))
            continue
        sep, columns = found
        if sep not in line.group(0):
            found = _header(line.group(0))
            continue
        cells = _cells(line.group(0), line.start(), sep)
        for index, kind in columns.items():
            if index >= len(cells):
                continue
            start, end = cells[index]
            value = text[start:end]
            if kind == "name" and _NAME_CELL.fullmatch(value):
                yield Hit("person_name", start, end, 0.75, False)
            elif kind == "birth" and _DATE_CELL.fullmatch(value):
                yield Hit("birth_date", start, end, 0.75, False)
