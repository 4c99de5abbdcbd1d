"""The item a table row or a labelled list line is about: its first cell or its label.

Split from :mod:`tools.rag.qualifiers` so that the checks reading a passage's rows
(:mod:`tools.rag.named_groups`) share one reading of what a row key is.
"""

from __future__ import annotations

import re

_TABLE_ROW = re.compile(r"^\s*\|(.*)\|?\s*$", re.DOTALL)
# An HTML table row as the parser writes it (tools.rag.parsers: each cell followed by
# " | "): "10-visit pass | 190,000 won | 6 months |" has no leading bar, yet is a row.
_HTML_ROW = re.compile(r"^\s*([^|\n]+\|(?:[^|\n]*\|)+)\s*$")


def cells(raw: str) -> list[str] | None:
    """A table row's non-empty cells (markdown, or HTML as parsed); ``None`` for no row."""
    match = _TABLE_ROW.match(raw) or _HTML_ROW.match(raw)
    if match is None:
        return None
    return [c.strip() for c in match.group(1).split("|") if c.strip()]


# A markdown table's rule under its header row ("|---|:---:|").
_RULE = re.compile(r"^\s*\|?\s*:?-{2,}")


def heads_label_column(lines: list[str], index: int) -> bool:
    """Whether ``lines[index]`` is a markdown header row whose first cell heads the labels.

    "| 환불을 요청한 때 | 돌려드리는 금액 |" above "| 수업 시작 전 | … |": its first cell
    names the kind every row label is, not an item. A header whose first cell is empty
    ("| | Everyday Flat | Smart Time-of-Use |") names columns only; it is left as it was.
    """
    if index + 1 >= len(lines) or _RULE.match(lines[index + 1]) is None:
        return False
    first = lines[index].strip().removeprefix("|").split("|", 1)[0]
    return bool(first.strip())


def row_label(raw: str) -> str | None:
    """A table row's first cell, when the row has another cell to state something in."""
    found = cells(raw)
    return found[0] if found and len(found) > 1 else None


# "- 건조기: 기본 30분 3,000원", "Weekend: first ferry 08:10": a short label (at most
# four words, not ending in a digit, so "09:00" is no label) and its colon.
_LABELLED_LINE = re.compile(
    r"^\s*(?:[-*•·]\s+)?(?P<label>[^\s:：|][^:：|\n]{0,38}?[^\d\s:：|])\s*[:：]\s+\S"
)


def item_label(raw: str) -> str | None:
    """The item a table row or a labelled list line is about (its first cell or label)."""
    label = row_label(raw)
    if label is not None:
        return label
    found = _LABELLED_LINE.match(raw)
    if found is None or len(found["label"].split()) > 4:
        return None
    return found["label"]


def html_header_label(raw: str, passage: str) -> str | None:
    """The first header cell of the HTML-form table ``raw`` is a row of ("Test", "Product").

    It names the kind every row is (a test, a product), so a word of it in another row's
    label ("Blood test") sets no row apart: "Chest X-ray | 10 minutes |" is a test too.
    Only for the HTML form (no leading bar), whose rows the row checks read since
    2026-12-02; a markdown table's rows are left as they were measured.
    """
    if _TABLE_ROW.match(raw) or not _HTML_ROW.match(raw):
        return None
    header: str | None = None
    for line in passage.splitlines():
        if not line.strip():
            continue  # the parser leaves a blank line between rows
        if not _HTML_ROW.match(line):
            header = None
            continue
        if header is None:
            header = line
        if line.strip() == raw.strip():
            return row_label(header) if header.strip() != raw.strip() else None
    return None
