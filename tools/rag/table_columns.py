"""The column headings a table row's values sit under (markdown, or HTML as parsed).

In a price table "| 케이크 | 1호 | 2호 | 3호 |" the sizes head the columns: the row
"| 초코 케이크 | 31,000원 | 38,000원 | 47,000원 |" states the price of a 2호 cake though
it never writes "2호". A figure a question states ("2호 얼마예요?") is checked against
the row together with its table's heading row.
"""

from __future__ import annotations

import re

__all__ = ["column_heading_row", "with_column_headings"]

_ROW = re.compile(r"^\s*\|.*\|\s*$")
# An HTML table row as the parser writes it ("Medium | 3 x 2 m | 159,000 won |", no leading
# bar, a blank line between rows): its table's first row is the heading row ("Unit | Floor
# area | Monthly rent |"), whose "Monthly rent" says per what period the row's sum is
# (blind set 24: "how much is a medium storage unit per month" was declined without it).
_HTML_ROW = re.compile(r"^\s*[^|\n]+\|(?:[^|\n]*\|)+\s*$")
_SEPARATOR = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$")


def _html_heading_row(raw: str, passage: str) -> str | None:
    """The first row of the HTML-form table in ``passage`` holding the row ``raw``."""
    heading: str | None = None
    for line in passage.splitlines():
        if not line.strip():
            continue  # the parser leaves a blank line between rows
        if not _HTML_ROW.match(line) or _ROW.match(line):
            heading = None
            continue
        heading = heading or line.strip()
        if line.strip() == raw.strip():
            return heading
    return None


def _heading_row(raw: str, passage: str) -> str | None:
    """The heading row of the table in ``passage`` holding the row ``raw``."""
    lines = passage.splitlines()
    target = raw.strip()
    for index, line in enumerate(lines):
        if line.strip() != target:
            continue
        # Walk up the contiguous table to the row right above its |---| separator.
        above = index
        while above > 0 and _ROW.match(lines[above - 1]):
            above -= 1
            if _SEPARATOR.match(lines[above]) and above > 0 and _ROW.match(lines[above - 1]):
                return lines[above - 1].strip()
        return None
    return None


def column_heading_row(raw: str, passage: str) -> str | None:
    """The heading row of the table holding the body row ``raw`` (``None`` for no body row)."""
    if _HTML_ROW.match(raw.strip()) and not _ROW.match(raw.strip()):
        heading = _html_heading_row(raw, passage)
    elif not _ROW.match(raw.strip()) or _SEPARATOR.match(raw.strip()):
        return None
    else:
        heading = _heading_row(raw, passage)
    return None if heading is None or heading == raw.strip() else heading


def with_column_headings(raw: str, sentence: str, passage: str) -> str:
    """``sentence`` preceded by its table's heading row when ``raw`` is a body row of one.

    Args:
        raw: The sentence as written in the document.
        sentence: The sentence to check (cleaned or as written).
        passage: The text the sentence is from.

    Returns:
        The heading row's text and the sentence, or the sentence alone when ``raw`` is
        no table body row (or the passage lacks the table's heading).
    """
    if _HTML_ROW.match(raw.strip()) and not _ROW.match(raw.strip()):
        heading = _html_heading_row(raw, passage)
    elif not _ROW.match(raw.strip()) or _SEPARATOR.match(raw.strip()):
        return sentence
    else:
        heading = _heading_row(raw, passage)
    if heading is None or heading == raw.strip():
        return sentence
    return f"{heading} {sentence}"
