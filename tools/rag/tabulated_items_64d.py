"""A passage tabulating some items states nothing of an item its document tabulates elsewhere.

Why this exists (blind set 55): "교정 보증기간 몇년이에요" over a dental clinic's guide was
answered "보증을 받으려면 6개월마다 정기검진을 받으셔야 합니다. 정기검진을 1년 넘게 받지
않으면 보증이 끝납니다." Those are the notes under the warranty table, whose rows are
implants, crowns, inlays and fillings; braces (교정) are listed in the guide's price and
discount tables but have no warranty row. The question's item is one the document
tabulates, just not in this passage's table: the passage states the listed items'
figures, and its notes the listed items' conditions, not the unlisted item's.

The rule, for a question asking a kind of figure: a passage holding a table of two or more
body rows may not be quoted when a topic of the question is written in no word of the
passage yet is a word of a first cell (an item's label) of another table row of the same
document. A topic the document never tabulates (a plain word such as 가격 or "fee") is
left to the other checks.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tools.rag.textutil import tokenize

__all__ = ["misses_tabulated_item", "tabulated_items"]

#: Hold a tabulating passage to the items it lists (switched off in tests).
use_tabulated_items = True

_ROW = re.compile(r"^\s*\|(.*)\|\s*$")
_SEPARATOR = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$")


def _body_first_cells(text: str) -> list[str]:
    """The first cells of the markdown tables' body rows in ``text`` (heading rows skipped)."""
    lines = text.splitlines()
    cells: list[str] = []
    for index, line in enumerate(lines):
        row = _ROW.match(line)
        if row is None or _SEPARATOR.match(line):
            continue
        if index + 1 < len(lines) and _SEPARATOR.match(lines[index + 1]):
            continue  # the heading row names the columns, not an item
        if index == 0 or not _ROW.match(lines[index - 1]):
            continue  # a table's first line with no separator under it: no body row
        cells.append(row.group(1).split("|")[0].strip())
    return cells


def tabulated_items(text: str) -> set[str]:
    """The words of the items (first cells) the tables of ``text`` list in their body rows."""
    return {t for cell in _body_first_cells(text) for t in tokenize(cell)}


def misses_tabulated_item(
    topics: Sequence[str], passage: str, passage_tokens: set[str], document: str
) -> bool:
    """Whether ``passage`` tabulates items but not an asked one its ``document`` tabulates.

    Args:
        topics: The question's topic terms.
        passage: The passage's text.
        passage_tokens: The index terms of the passage (and its heading).
        document: The whole text of the passage's document.

    Returns:
        True for "교정 보증기간" against the warranty table of implants and crowns in a guide
        whose price table lists 투명교정 and whose discount table lists "가족 동시 교정".
    """
    if not use_tabulated_items or len(_body_first_cells(passage)) < 2:
        return False
    elsewhere = tabulated_items(document)
    return any(
        len(term) >= 2 and term not in passage_tokens and term in elsewhere for term in topics
    )
