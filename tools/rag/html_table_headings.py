"""Which lines of a passage head an HTML-form table (the row naming its columns).

A markdown table marks its heading row with the ``|---|`` rule under it; a table parsed
from HTML has no rule: the parser writes each row as ``cell | cell |`` (no leading bar)
with a blank line between rows, so the heading row is only known as the table's first
row (:mod:`tools.rag.table_columns` reads it the same way). Read as a body row, its first
cell ("Room", "Unit") looks like a case the table tells apart, and a question naming that
everyday word ("the horror room") looks like it asks about that "case" (blind set 25:
"im pregnant can i do the horror escape room" lost the sentence naming pregnant guests,
because it never writes the header's "Room").
"""

from __future__ import annotations

import re

__all__ = ["html_heading_lines"]

# As tools.rag.table_columns: an HTML row as parsed ("Small | 2 x 1.5 m | 89,000 won |")
# and a markdown row (leading bar), which is not one.
_HTML_ROW = re.compile(r"^\s*[^|\n]+\|(?:[^|\n]*\|)+\s*$")
_MARKDOWN_ROW = re.compile(r"^\s*\|.*\|\s*$")


def html_heading_lines(lines: list[str]) -> frozenset[int]:
    """The indexes of ``lines`` that are the first row of an HTML-form table.

    Args:
        lines: A passage's lines (blank lines between the rows are allowed).

    Returns:
        Each HTML-form row whose previous non-blank line is no such row.
    """
    headings: set[int] = set()
    in_table = False
    for index, line in enumerate(lines):
        if not line.strip():
            continue  # the parser leaves a blank line between rows
        row = bool(_HTML_ROW.match(line)) and not _MARKDOWN_ROW.match(line)
        if row and not in_table:
            headings.add(index)
        in_table = row
    return frozenset(headings)
