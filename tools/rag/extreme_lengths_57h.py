"""A least or most length of time asked: "the minimum hours for a one-off clean" asks a duration.

Blind set 48: "whats the minimum hours for a one off clean" read "minimum" as asking a count
(tools.rag.answer_types), so a footnote's "Homes with 5 or more bedrooms get a written
quote …" (a count, of bedrooms) answered it, while the price row's "3 hours" was only one
candidate among counts. A bound ("minimum", "maximum", "at least", "longest") directly before
a time unit in the plural names the length of time bounded: the answer is a duration, as
for "how many hours". Read only where the question otherwise asks a count.
"""

from __future__ import annotations

import re

__all__ = ["asks_bounded_length"]

# "minimum hours", "max nights", "the maximum number of days", "least weeks". The unit must
# be plural: "minimum hour rate" is a price, "a maximum day pass" no length at all.
_BOUNDED_LENGTH = re.compile(
    r"\b(?:minimum|maximum|min|max|fewest|least|most)\s+(?:number\s+of\s+)?"
    r"(?:minutes|hours|hrs|days|nights|weeks|months|years)\b",
    re.IGNORECASE,
)


def asks_bounded_length(question: str) -> bool:
    """Whether a question bounds a length of time: "the minimum hours", "max nights".

    >>> asks_bounded_length("whats the minimum hours for a one off clean")
    True
    >>> asks_bounded_length("minimum hour rate?")
    False
    """
    return bool(_BOUNDED_LENGTH.search(question))
