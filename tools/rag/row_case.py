"""A table row is on the question's case when its column headings name the rest of it.

Why this exists: "A4 컬러 양면 인쇄 얼마에요?" over a print price table ("| Size and colour |
Single-sided | Double-sided (per sheet) |", then "| A4 colour | 20p | 35p |") was declined
(blind set 36): 양면 reaches the document only through the everyday vocabulary (double,
sided), and the same-case check (:mod:`tools.rag.vocabulary_case`) wants such a word in the
answering sentence or its section heading; the row never writes "double-sided", its column
does. A row's values sit under its table's heading row, which names what each value is
(:mod:`tools.rag.table_columns` reads the same row for a figure the question states), so
the heading row's words count with the row's section heading for that check, and with the
row's words for the cross-language one (:mod:`tools.rag.translated_case`). Only a body row
of a table gets them; a sentence of prose keeps its own words.
"""

from __future__ import annotations

from tools.rag.table_columns import column_heading_row

__all__ = ["row_heading_text"]


def row_heading_text(raw: str, passage: str) -> str:
    """The heading row of the table holding body row ``raw`` (``""`` for none).

    Read as part of the row's section heading, not as the row's own words: a word the
    question reaches only through the vocabulary ("비용" -> 요금) is not made "written in the
    sentence" by a column named 요금, which would hold the row to the stricter half of the
    same-case check.

    Args:
        raw: The candidate sentence as written in the passage.
        passage: The passage text holding it.

    Returns:
        The heading row's text when ``raw`` is a body row of a table whose heading row the
        passage holds; ``""`` otherwise.
    """
    return column_heading_row(raw, passage) or ""
