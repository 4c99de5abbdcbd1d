"""The words of a table row's column headings, which may be all that names its item.

"kids ticket price?" over "| Ticket | Price |" and "| Child (4 to 15) | £7.00 |": the
question prices a ticket, and the row is a ticket's price, yet only the heading row says
"Ticket". The priced-item check in :func:`tools.rag.answer.extractive_answer` wanted an
asked item in the sentence or the one before it, so it passed the row over and a sentence
naming "children" and a sum of something else (the penguin frames) answered (blind set 43).
A body row's heading row is part of what the row states, for that check.
"""

from __future__ import annotations

from tools.rag.row_case import row_heading_text
from tools.rag.textutil import tokenize

__all__ = ["row_column_tokens"]


def row_column_tokens(raw: str, passage: str) -> set[str]:
    """The tokens of the heading row above table row ``raw`` (none for prose).

    Args:
        raw: The candidate sentence as written in the passage.
        passage: The passage text holding it.

    Returns:
        The heading row's tokens when ``raw`` is a body row of a table the passage holds.
    """
    return set(tokenize(row_heading_text(raw, passage)))
