"""A person's data compared with a column in SQL: ``WHERE name = 'Briony …' AND dob = '1979-…'``
(redteam30).

People paste a query that returns nothing to ask why. The literal compared with a person's
column is that person's data: the column's name says what it is (``name``, ``full_name``,
``surname``, ``dob``, ``email``, ``phone``, ``성명``…), so any string literal after ``=``,
``LIKE`` or ``IN (`` there is read, whatever its shape. Only a clause of a query counts
(``WHERE``, ``AND``, ``OR``, ``SET``, ``ON`` before the column), so ``name = 'id'`` in a
config stays public, as do placeholders (``?``, ``:name``, ``%s``) and a pattern made only
of wildcards.

An ``INSERT INTO t (name, phone, birth) VALUES ('옥채원', '010-…', '1993-07-19')`` gives the
same data by position (redteam32): each string literal is read by the column it fills, with
the same column names plus ``birth``/``born``. Without a column list, a people table's row
(``INSERT INTO customers VALUES (1042, 'Perpetua', 'Ellingsworth', …)``) gives its given and
family name as two one-word capitalised literals side by side, one of them in the census
name lists.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.name_list import is_family_name, is_given_name
from core.privacy.names import COMPOUND_SURNAMES, is_english_non_name, plausible_korean_name
from core.privacy.types import Hit, PiiType

__all__ = ["detect_sql_person_values"]

# Column names by what their values are; a table prefix ("p.name") is allowed.
_NAME_COLUMNS = (
    "full_name|fullname|first_name|firstname|last_name|lastname|surname|given_name|"
    "family_name|patient_name|customer_name|member_name|성명|고객명|환자명"
)
# A bare "name" names a product as often as a person: read it in a people table's query, or
# when the value is a name by the census lists.
_BARE_NAME_COLUMNS = "name|이름"
_PEOPLE_TABLE_RE = LazyPattern(
    r"(?i:\b(?:from|update|into|join)[ \t]+[`\"\[]?[A-Za-z_]*(?:patient|user|customer|member|"
    r"employee|staff|student|contact|people|person|client|guest|applicant|tenant|resident)s?\b)"
    r"|(?:from|update|into|join)[ \t]+(?:회원|고객|환자|직원|학생|연락처)"
)
_BIRTH_COLUMNS = "dob|date_of_birth|birth_date|birthdate|birthday|생년월일"
_MAIL_COLUMNS = "email|e_mail|mail|이메일"
_PHONE_COLUMNS = "phone|mobile|tel|phone_number|휴대폰|연락처|전화번호"
_COLUMN_TYPES: tuple[tuple[str, PiiType], ...] = (
    (_NAME_COLUMNS, "person_name"),
    (_BARE_NAME_COLUMNS, "person_name"),
    (_BIRTH_COLUMNS, "birth_date"),
    (_MAIL_COLUMNS, "email"),
    (_PHONE_COLUMNS, "phone"),
)
_CLAUSE = r"(?i:\b(?:where|and|or|set|on|having)\b)[ \t(]*(?:[A-Za-z_][A-Za-z0-9_]*\.)?"
_VALUE = r"'(?P<value>(?:[^'\n]|'')+)'"
_COMPARISON = r"[ \t]*(?:=|(?i:like|in[ \t]*\())[ \t]*"
_PATTERNS = tuple(
    (LazyPattern(_CLAUSE + r"[`\"\[]?(?i:" + columns + r")[`\"\]]?" + _COMPARISON + _VALUE), kind)
    for columns, kind in _COLUMN_TYPES
)


def _a_value(value: str) -> bool:
    # A wildcard-only pattern or a placeholder names no one.
    return value.strip("%_ ") != "" and not value.startswith((":", "?", "%s", "$"))


def _a_persons_name(value: str, people_table: bool) -> bool:
    # A Korean name: three syllables, or four after a two-syllable surname.
    hangul = all("가" <= c <= "힣" for c in value) and (
        len(value) == 3 or (len(value) == 4 and value[:2] in COMPOUND_SURNAMES)
    )
    if people_table or (hangul and plausible_korean_name(value, strong=True)):
        return True
    return any(is_given_name(w) or is_family_name(w) for w in value.split())


_INSERT_RE = LazyPattern(
    r"(?i:\binsert[ \t]+into)[ \t]+[`\"\[]?[A-Za-z_가-힣][A-Za-z0-9_.가-힣]*[`\"\]]?[ \t]*"
    r"(?:\((?P<columns>[^()\n]{1,400})\)[ \t\n]*)?(?i:values)[ \t]*\((?P<values>[^\n]{1,2000}?)\)"
)
_LITERAL_RE = LazyPattern(r"'(?:[^'\n]|'')*'|[^,'()]+")
_INSERT_TYPES: tuple[tuple[LazyPattern, PiiType], ...] = tuple(
    (LazyPattern(r"(?i)(?:" + columns + r")"), kind)
    for columns, kind in (*_COLUMN_TYPES, ("birth|born|생일", "birth_date"))
)


def _a_full_name(value: str) -> bool:
    words = value.split()
    if len(words) == 1:
        return _a_persons_name(value, False) and all("가" <= c <= "힣" for c in value)
    return is_given_name(words[0]) and is_family_name(words[-1])


_ONE_WORD_RE = LazyPattern(r"'(?P<w>[A-ZÀ-Þ][a-zß-ÿ]+(?:-[A-Z][a-zß-ÿ]+)?)'")


def _unnamed_row_names(values: list[re.Match[str]], base: int) -> Iterator[Hit]:
    for first, second in itertools.pairwise(values):
        a, b = _ONE_WORD_RE.fullmatch(first.group(0)), _ONE_WORD_RE.fullmatch(second.group(0))
        if a is None or b is None:
            continue
        given, family = a.group("w"), b.group("w")
        if is_english_non_name(given) or is_english_non_name(family):
            continue
        # One of the two must be in the census lists ("'Active', 'Admin'" is a status row).
        if not (is_given_name(given) or is_family_name(family)):
            continue
        for v in (first, second):
            yield Hit("person_name", base + v.start() + 1, base + v.end() - 1, 0.75, False)


def _inserted_values(text: str) -> Iterator[Hit]:
    """String literals of an INSERT read by the column each fills (redteam32)."""
    people_table = _PEOPLE_TABLE_RE.search(text) is not None
    for m in _INSERT_RE.finditer(text):
        base = m.start("values")
        values = [v for v in _LITERAL_RE.finditer(m.group("values")) if v.group(0).strip()]
        if m.group("columns") is None:
            # No column list: in a people table's row, two string literals side by side
            # that are each one capitalised word are its given and family name.
            if people_table:
                yield from _unnamed_row_names(values, base)
            continue
        columns = [c.strip().strip('`"[]') for c in m.group("columns").split(",")]
        for column, v in zip(columns, values, strict=False):
            literal = v.group(0)
            if not literal.startswith("'"):
                continue
            value = literal[1:-1]
            for pattern, kind in _INSERT_TYPES:
                if pattern.fullmatch(column) is None:
                    continue
                bare = pattern.fullmatch("name") is not None and kind == "person_name"
                # A bare "name" column of another table ("products") needs a full name.
                if bare and not (people_table or _a_full_name(value)):
                    break
                if _a_value(value):
                    start = base + v.start() + 1
                    yield Hit(kind, start, start + len(value), 0.8, False)
                break


def detect_sql_person_values(text: str) -> Iterator[Hit]:
    """String literals compared with a person's column in a query (see the module)."""
    if "'" not in text:
        return
    if "insert" in text.lower():
        yield from _inserted_values(text)
    if "=" not in text and "like" not in text.lower():
        return
    people_table = _PEOPLE_TABLE_RE.search(text) is not None
    for columns, (pattern, kind) in zip(_COLUMN_TYPES, _PATTERNS, strict=True):
        bare = columns[0] == _BARE_NAME_COLUMNS
        for m in pattern.finditer(text):
            value = m.group("value").strip("%")
            if bare and not _a_persons_name(value, people_table):
                continue
            if _a_value(value):
                start = m.start("value") + m.group("value").index(value)
                yield Hit(kind, start, start + len(value), 0.8, False)
