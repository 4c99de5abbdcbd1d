"""Names in what Python prints (redteam41): a pandas DataFrame's rows under a name column
(``     이름  나이`` / ``0  모은결   34``), and a name keyword in an object's repr
(``Patient(name='Odalys Fenwick-Mbeki', dob=datetime.date(1979, 4, 2))``, as pytest shows it).

A printed DataFrame has a header line of column labels and, under it, rows that open with the
integer index; each row has one more cell than the header. When a label names a person
(``이름``, ``성명``, ``name``, ``full_name``, ``환자명``…) the cell under it is a name: a Korean
full name whose syllables read as one, or a capitalised Latin word. A repr's ``name='…'``
(``full_name``, ``patient_name``, ``first_name``…) inside ``Class(…)`` is read when the value
is one to four capitalised words or a Korean full name; so (redteam42) is every name keyword
of any call, ``User.objects.create(first_name='…', last_name='…')``.

Public look-alikes: a table whose columns are terms of office (``취임년``, ``퇴임년``,
``재위``, ``took_office``) lists office-holders, history rather than anyone's record; a repr
quoted from a tutorial, the docs or an example (``a dataclasses tutorial prints
Person(name='Ada Lovelace', …)``) with nothing of the writer in the text is the
documentation's, not a person's record.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.names import plausible_korean_name
from core.privacy.types import Hit

__all__ = ["detect_code_output_names"]

_NAME_LABELS = frozenset(
    {"이름", "성명", "성함", "환자명", "고객명", "회원명", "학생명", "직원명", "수령인", "name",
     "full_name", "fullname", "first_name", "last_name", "patient", "patient_name",
     "customer_name", "employee", "employee_name", "student_name", "member_name", "Name"}
)  # fmt: skip
_ROW_RE = LazyPattern(r"^[ \t]*\d+[ \t]+\S")
_ANY_ROW_RE = LazyPattern(r"(?m)^[ \t]*\d+[ \t]+\S")
_NAME_KEYWORD_RE = LazyPattern(r"name[ \t]*=")
_KOREAN_NAME_RE = LazyPattern(r"[가-힣]{2,4}")
_LATIN_WORD_RE = LazyPattern(r"[A-ZÀ-Þ][a-zß-ÿ'’]+(?:-[A-ZÀ-Þ][a-zß-ÿ'’]+)*")
# A call or a repr: "Patient(", and (redteam42) any call, "User.objects.create(",
# "Customer.objects.filter(", "factory.build(": each of its name keywords is read, not only
# the first ("first_name='Marisol', last_name='Quennell-Adeyemi'").
_CALL_RE = LazyPattern(r"\b[A-Za-z_][\w.]*\((?P<args>(?:[^()\n]|\([^()\n]*\)){0,300})")
_KEYWORD_RE = LazyPattern(
    r"\b(?:full_|first_|last_|given_|family_|patient_|customer_|user_|owner_|holder_|employee_|"
    r"member_|student_|middle_|maiden_|sur)?name[ \t]*=[ \t]*"
    r"(?P<q>['\"])(?P<value>[^'\"\n]{2,60})(?P=q)"
)
_LATIN_NAME_RE = LazyPattern(
    r"[A-ZÀ-Þ][a-zß-ÿ'’]+(?:-[A-ZÀ-Þ][a-zß-ÿ'’]+)*(?:[ \t][A-ZÀ-Þ][a-zß-ÿ'’.]+"
    r"(?:-[A-ZÀ-Þ][a-zß-ÿ'’]+)*){0,3}"
)
_DOCS_WORD = LazyPattern(
    r"(?i)(?<![a-z])(?:tutorial|docs|documentation|manual|example|sample|textbook|"
    r"course|book)s?(?![a-z])|예제|예시|튜토리얼|교재|공식[ \t]?문서"
)
# The writer's own ("my test", "우리 환자"); a bare "I" is left out: "how do I …" asks.
_WRITER = LazyPattern(r"(?i:\b(?:my|our|we|us)\b)|(?<![가-힣])(?:우리|저희|내|제)(?![가-힣])")
# Column labels of a term of office: a table of office-holders with their terms is history.
_OFFICE_TERM_LABELS = LazyPattern(
    r"취임|퇴임|재임|재위|즉위|임기|(?i:took_?office|left_?office|term_?(?:start|end)|"
    r"in_?office|reign)"
)


def _is_person_cell(cell: str) -> bool:
    if _KOREAN_NAME_RE.fullmatch(cell):
        return len(cell) >= 3 and plausible_korean_name(cell, strong=True)
    return _LATIN_WORD_RE.fullmatch(cell) is not None


def _name_cell_words(cells: list[str], header: list[str]) -> tuple[int, int] | None:
    """Where the one name cell of a row starts and how many words it spans.

    A cell of one word lines the row up with the header (one index cell more); a name of two
    or three capitalised words (``Owen Harris``, redteam42) makes the row longer by one or
    two, and lines it up once they are read as the one cell under the name label.
    """
    extra = len(cells) - len(header) - 1
    if not 0 < extra <= 2:
        return None
    labels = [column for column, label in enumerate(header) if label in _NAME_LABELS]
    if len(labels) != 1:
        return None
    first = labels[0] + 1
    words = cells[first : first + extra + 1]
    if all(_LATIN_WORD_RE.fullmatch(w) is not None for w in words):
        return first, extra + 1
    return None


def _table_hits(text: str) -> Iterator[Hit]:
    lines = text.split("\n")
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line) + 1)
    header: list[str] | None = None
    for i, line in enumerate(lines):
        cells = line.split()
        if _ROW_RE.match(line) is None:
            names_people = any(c in _NAME_LABELS for c in cells)
            office_terms = any(_OFFICE_TERM_LABELS.search(c) for c in cells)
            header = cells if names_people and not office_terms else None
            continue
        if header is None:
            continue
        spanned = _name_cell_words(cells, header)
        if spanned is not None:
            first, count = spanned
            start = offsets[i] + _cell_start(line, first)
            end = offsets[i] + _cell_start(line, first + count - 1) + len(cells[first + count - 1])
            yield Hit("person_name", start, end, 0.8, False)
            continue
        if len(cells) != len(header) + 1:
            continue
        for column, label in enumerate(header):
            cell = cells[column + 1]
            if label in _NAME_LABELS and _is_person_cell(cell):
                start = offsets[i] + _cell_start(line, column + 1)
                yield Hit("person_name", start, start + len(cell), 0.8, False)


def _cell_start(line: str, index: int) -> int:
    """Where the ``index``-th whitespace-separated cell of ``line`` starts."""
    pos = 0
    for _ in range(index + 1):
        while line[pos] in " \t":
            pos += 1
        if _ < index:
            while pos < len(line) and line[pos] not in " \t":
                pos += 1
    return pos


def _quoted_from_docs(text: str) -> bool:
    return _DOCS_WORD.search(text) is not None and _WRITER.search(text) is None


def _keyword_values(text: str) -> Iterator[re.Match[str]]:
    for call in _CALL_RE.finditer(text):
        yield from _KEYWORD_RE.finditer(text, call.start("args"), call.end("args"))


def _repr_hits(text: str) -> Iterator[Hit]:
    for m in _keyword_values(text):
        value = m.group("value")
        korean = _KOREAN_NAME_RE.fullmatch(value) is not None and len(value) >= 3
        if korean and not plausible_korean_name(value, strong=True):
            continue
        if not korean and _LATIN_NAME_RE.fullmatch(value) is None:
            continue
        if _quoted_from_docs(text):
            continue
        yield Hit("person_name", m.start("value"), m.end("value"), 0.8, False)


def detect_code_output_names(text: str) -> Iterator[Hit]:
    """Names in printed DataFrames and in reprs' name keywords (see the module)."""
    # Cheap gates first: a row line opening with an index, a "name=" keyword.
    if "\n" in text and _ANY_ROW_RE.search(text) and any(label in text for label in _NAME_LABELS):
        yield from _table_hits(text)
    if "(" in text and _NAME_KEYWORD_RE.search(text):
        yield from _repr_hits(text)
