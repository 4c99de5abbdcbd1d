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

So too a bare figure whose unit only its column heading writes (blind set 55): "| Standard |
34.99 | 15 | … |" under "| Plan | Monthly fee (£) | Joining fee (£) | … |" prices a joining
fee of £15, and "| 임플란트 | 5 |" under "| 진료 | 보증 기간(년) |" states 5 years. Read without
the heading's "(£)" or "(년)" the row held no sum or length, and a sentence elsewhere with
a sum of its own ("… the joining fee is waived", "두 번째 스케일링은 50,000원") was quoted
instead. Each bare number is read with its heading's bracketed unit ("£15", "5년").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tools.rag.question import QuestionAnalysis, has_answer_type
from tools.rag.table_columns import column_heading_row
from tools.rag.textutil import tokenize

__all__ = [
    "cells_with_heading_units",
    "cells_with_headings",
    "counted_under_heading",
    "leaves_asked_case",
    "row_shown_with_units",
    "section_of",
]

#: Read bare figures with their column heading's bracketed unit (switched off in tests).
use_heading_units = True
#: Hold such a row to the case its section writes elsewhere (switched off in tests).
use_asked_case = True

# A heading ending in a bracketed unit: "Price (£)", "본인부담금(원)", "보증 기간(년)", "Fee (EUR)";
# units only, not a note ("Price (optional)", "요금 (평일)").
_HEADING_UNIT = re.compile(
    r"[(（]\s*(£|\$|€|₩|US\$|GBP|EUR|USD|KRW|원|만\s?원|천\s?원|년|개월|주|일|시간|분|명|회|개|권|세"
    r"|%|kg|g|km|m|cm|mm|ml|l|kWh|p|pence|minutes?|mins?|hours?|hrs?|days?|weeks?|months?"
    r"|years?|nights?)\s*[)）]\s*$",
    re.IGNORECASE,
)
# A bare figure, perhaps hedged ("약 15,000", "about 40"): no unit of its own.
_BARE = re.compile(r"^(약|about|approx\.?|c\.)?\s*(\d[\d,]*(?:\.\d+)?)$", re.IGNORECASE)
# Units written before the figure; every other unit follows it ("15,000원", "5 years").
_PREFIX_UNITS = frozenset({"£", "$", "€", "₩", "US$", "A$", "C$"})


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


def _united_cells(raw: str, passage: str) -> list[tuple[str, str]] | None:
    """The body row ``raw``'s (cell, heading) pairs, each bare figure given its heading's
    bracketed unit and the heading stripped of it; ``None`` when no bare figure gains one."""
    if not use_heading_units:
        return None
    heading = column_heading_row(raw, passage)
    if heading is None:
        return None
    cells, heads = _cells(raw), _cells(heading)
    if len(cells) != len(heads) or len(cells) < 2:
        return None
    read: list[tuple[str, str]] = []
    gained = False
    for cell, head in zip(cells, heads, strict=True):
        bare, unit = _BARE.match(cell), _HEADING_UNIT.search(head)
        if bare is None or unit is None:
            read.append((cell, head))
            continue
        sign, figure = unit.group(1).strip(), bare.group(2)
        hedge = f"{bare.group(1)} " if bare.group(1) else ""
        if sign in _PREFIX_UNITS:
            united = f"{hedge}{sign}{figure}"
        else:  # "15,000원", "45 minutes"
            united = f"{hedge}{figure}{' ' if sign.isascii() and sign.isalpha() else ''}{sign}"
        read.append((united, head[: unit.start()].strip()))
        gained = True
    return read if gained else None


def cells_with_heading_units(raw: str, passage: str) -> str | None:
    """The body row ``raw``'s value cells with each bare figure given its column heading's
    bracketed unit ("| 10 sessions | 340 | 6 months |" under "| Package | Price (£) | Valid
    for |" reads "£340 Price | 6 months Valid for"), or ``None`` when no bare figure gains one.

    Args:
        raw: The sentence as written in the document.
        passage: The text the sentence is from.
    """
    read = _united_cells(raw, passage)
    return None if read is None else " | ".join(f"{cell} {head}" for cell, head in read[1:])


def row_shown_with_units(raw: str, passage: str) -> str | None:
    """The body row ``raw`` as an answer quotes it when a bare figure's unit is only in its
    column heading: its label, then each value under its heading ("임플란트 — 보증 기간: 5년",
    "Standard — Monthly fee: £34.99; Joining fee: £15; …"), else ``None`` (quoted as is).

    Args:
        raw: The sentence as written in the document.
        passage: The text the sentence is from.
    """
    read = _united_cells(raw, passage)
    if read is None:
        return None
    values = "; ".join(f"{head}: {cell}" if head else cell for cell, head in read[1:] if cell)
    return f"{read[0][0]} — {values}"


def section_of(document: str, heading: str) -> str:
    """The text of ``document``'s section titled by the last part of the breadcrumb
    ``heading`` ("Guide > 3. Prices"), down to the next heading of its level or above
    ("" when no heading line is titled so)."""
    title = re.split(r"\s*>\s*", heading)[-1].strip() if heading else ""
    if not title:
        return ""
    lines = document.splitlines()
    for index, line in enumerate(lines):
        mark = re.match(r"^(#{1,6})\s+(.*?)\s*$", line)
        if mark is None or mark.group(2) != title:
            continue
        level = len(mark.group(1))
        body: list[str] = []
        for later in lines[index + 1 :]:
            other = re.match(r"^(#{1,6})\s", later)
            if other is not None and len(other.group(1)) <= level:
                break
            body.append(later)
        return "\n".join(body)
    return ""


def leaves_asked_case(
    topics: Sequence[str], shown: str, heading: str, section_tokens: set[str]
) -> bool:
    """Whether a row read through its heading units leaves out a case its passage writes
    elsewhere: "틀니 비급여로 하면 얼마에요" is not answered by the insured row "틀니 — …;
    본인부담금: 약 450,000원" of a section whose note prices a second scaling "비급여로".

    Args:
        topics: The question's topic terms.
        shown: The row as :func:`row_shown_with_units` quotes it (its column headings too).
        heading: The passage's section heading (a breadcrumb).
        section_tokens: The index terms of the row's whole section (a chunk may hold
            only the table; the note writing the other case may be in the next one).
    """
    # The section's own title vouches, not the document's ("… 비급여 진료비 > 3. 건강보험 …").
    section = re.split(r"\s*>\s*", heading)[-1] if heading else ""
    held = set(tokenize(f"{shown} {section}"))
    return use_asked_case and any(
        len(t) >= 2 and t in section_tokens and t not in held for t in topics
    )


def counted_under_heading(raw: str, passage: str, asked: QuestionAnalysis, question: str) -> bool:
    """Whether a count question's answer, or a how-often question's recurring figure, is a
    cell of the body row ``raw``, read under its column headings.

    Args:
        raw: The sentence as written in the document.
        passage: The text the sentence is from.
        asked: The question's analysis.
        question: The question itself.
    """
    if asked.answer_type is None:
        return False
    united = cells_with_heading_units(raw, passage)
    if united is not None and has_answer_type(
        united, asked.answer_type, asked.counter, recurring=asked.recurring, question=question
    ):
        return True
    if asked.answer_type != "count" and not asked.recurring:
        return False
    reading = cells_with_headings(raw, passage)
    return reading is not None and has_answer_type(
        reading, asked.answer_type, asked.counter, recurring=asked.recurring, question=question
    )
