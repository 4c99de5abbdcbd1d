"""Names in a pasted table's name column: ``| 이름 | 나이 | / | 장서윤 | 34 |``.

A table row gives a name bare, with no title, label or introduction next to it: the
header says what the column holds. When a header cell is a name label (``name``,
``이름``, ``성명``, ``customer``…), each row's cell in that column is a person's name.
Rows are a table's lines, or, in a table typed into one chat line, the cells between
``/`` separators. A cell that is not shaped like a name (a number, an empty cell, a
separator ``---``) is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.types import Hit

__all__ = ["detect_table_names"]

_HEADERS = frozenset(
    {
        "name", "names", "full name", "first name", "last name", "surname", "customer",
        "client", "patient", "employee", "staff", "member", "guest", "tenant", "student",
        "contact", "who", "이름", "성명", "성함", "고객명", "환자명", "직원", "담당자", "고객",
        "환자", "예금주", "학생", "회원", "보호자",
    }
)  # fmt: skip
_LINE_RE = LazyPattern(r"\|[^\n]*\|")
_ROW_BREAK = frozenset({"/", "//", "\\n"})
_NAME_CELL = re.compile(
    r"[가-힣]{2,5}|[A-Z][a-z]+(?:[-'][A-Za-z]+)?"
    r"(?:[ \t]+(?:[A-Z]\.|[A-Z][a-z]+(?:[-'][A-Za-z]+)?)){0,3}"
)


def _rows(line: re.Match[str]) -> list[list[tuple[int, int]]]:
    """The rows of one table line: lists of (start, end) of each cell's stripped text."""
    rows: list[list[tuple[int, int]]] = [[]]
    body = line.group(0)[1:-1]
    base = line.start() + 1
    for cell in body.split("|"):
        stripped = cell.strip()
        lead = len(cell) - len(cell.lstrip())
        if stripped in _ROW_BREAK:
            rows.append([])
        else:
            rows[-1].append((base + lead, base + lead + len(stripped)))
        base += len(cell) + 1
    return [row for row in rows if row]


def detect_table_names(text: str) -> Iterator[Hit]:
    """Cells of a name column below a header naming it (see the module)."""
    if text.count("|") < 4:
        return
    rows = [row for line in _LINE_RE.finditer(text) for row in _rows(line)]
    column: int | None = None
    for row in rows:
        cells = [text[s:e] for s, e in row]
        if all(set(c) <= set("-: ") for c in cells):
            continue
        headers = [i for i, c in enumerate(cells) if c.lower() in _HEADERS]
        if headers:
            column = headers[0]
            continue
        if column is None or column >= len(row):
            continue
        start, end = row[column]
        if _NAME_CELL.fullmatch(text[start:end]):
            yield Hit("person_name", start, end, 0.75, False)
