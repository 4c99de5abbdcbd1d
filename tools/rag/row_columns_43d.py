"""The words of a table row's column headings, which may be all that names its item.

"kids ticket price?" over "| Ticket | Price |" and "| Child (4 to 15) | £7.00 |": the
question prices a ticket, and the row is a ticket's price, yet only the heading row says
"Ticket". The priced-item check in :func:`tools.rag.answer.extractive_answer` wanted an
asked item in the sentence or the one before it, so it passed the row over and a sentence
naming "children" and a sum of something else (the penguin frames) answered (blind set 43).
The heading of the label column ("Ticket") says what kind of item every row is, so it counts
for that check; the other headings ("Price", "Contents") name the values, and counting them
would let any row of a price table pass a question about an item none of its rows names.
"""

from __future__ import annotations

from tools.rag.row_case import row_heading_text
from tools.rag.textutil import tokenize

__all__ = ["row_column_tokens"]


def row_column_tokens(raw: str, passage: str) -> set[str]:
    """The tokens of the label column's heading above table row ``raw`` (none for prose).

    Args:
        raw: The candidate sentence as written in the passage.
        passage: The passage text holding it.

    Returns:
        The first heading cell's tokens when ``raw`` is a body row of a table the passage holds.
    """
    cells = [cell for cell in row_heading_text(raw, passage).split("|") if cell.strip()]
    return set(tokenize(cells[0])) if cells else set()
