"""A least or most length of time asked: "the minimum hours for a one-off clean" asks a duration.

Blind set 48: "whats the minimum hours for a one off clean" read "minimum" as asking a count
(tools.rag.answer_types), so a footnote's "Homes with 5 or more bedrooms get a written
quote …" (a count, of bedrooms) answered it, while the price row's "3 hours" was only one
candidate among counts. A bound ("minimum", "maximum", "at least", "longest") directly before
a time unit in the plural names the length of time bounded: the answer is a duration, as
for "how many hours". The pattern is one alternative of the duration rule.
"""

from __future__ import annotations

__all__ = ["BOUNDED_LENGTH"]

# "minimum hours", "max nights", "the maximum number of days", "least weeks". The unit must
# be plural: "minimum hour rate" is a price, "a maximum day pass" no length at all.
BOUNDED_LENGTH = (
    r"\b(?:minimum|maximum|min|max|fewest|least|most)\s+(?:number\s+of\s+)?"
    r"(?:minutes|hours|hrs|days|nights|weeks|months|years)\b"
)
