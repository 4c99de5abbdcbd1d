"""A count in a table cell counts what its column heading names.

"how many edited photos do we get with the Essentials package?" is answered by the row
"Essentials | 6 hours | 1 | about 400 | none | $2,400": its "about 400" sits under the
column "Edited photos", so the row does count photos, though it never writes the noun.
Read without its headings the row held no count of photos, and a sentence elsewhere
("a sneak peek of about 20 photos") was quoted instead. Each cell is read followed by its
column's heading ("about 400 Edited photos"), so a number counts the noun heading it.

So too a figure that recurs by its column's period (blind set 51): "시장주차장 10분 추가될
때마다 얼마" asks a sum per period, and the row "| 중앙시장 공영주차장 | 무료 | 300원 |
12,000원 |" states it under "추가 10분마다"; read alone the row held no recurring sum.
"""

from __future__ import annotations

from tools.rag.question import QuestionAnalysis, has_answer_type
from tools.rag.table_columns import column_heading_row

__all__ = ["cells_with_headings", "counted_under_heading"]


def _cells(row: str) -> list[str]:
    return [cell.strip() for cell in row.strip().strip("|").split("|")]


def cells_with_headings(raw: str, passage: str) -> str | None:
    """The body row ``raw`` with each cell followed by its column heading, or ``None``
    when ``raw`` is no body row of a table in ``passage`` or its cells do not line up.

    Args:
        raw: The sentence as written in the document.
        passage: The text the sentence is from.
    """
    heading = column_heading_row(raw, passage)
    if heading is None:
        return None
    cells, heads = _cells(raw), _cells(heading)
    if len(cells) != len(heads) or len(cells) < 2:
        return None
    return " | ".join(f"{cell} {head}" for cell, head in zip(cells, heads, strict=True))


def counted_under_heading(raw: str, passage: str, asked: QuestionAnalysis, question: str) -> bool:
    """Whether a count question's answer, or a how-often question's recurring figure, is a
    cell of the body row ``raw``, read under its column headings.

    Args:
        raw: The sentence as written in the document.
        passage: The text the sentence is from.
        asked: The question's analysis.
        question: The question itself.
    """
    if asked.answer_type is None or (asked.answer_type != "count" and not asked.recurring):
        return False
    reading = cells_with_headings(raw, passage)
    return reading is not None and has_answer_type(
        reading, asked.answer_type, asked.counter, recurring=asked.recurring, question=question
    )
