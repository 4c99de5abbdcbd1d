"""A closing time asked, answered by the opening hours' range.

Why this exists: "what time do u close" (blind set 42) was answered with "We are closed on
Mondays, except bank holiday Mondays, when we open from 10:00 to 16:00.": the only sentence
naming "close" was the Monday exception, while "We are open Tuesday to Sunday, 9:00 to
17:00." states the usual closing time as the end of its range but never writes "close".
The rule: a question asking when a place closes ("close", "closing", 닫다) is also matched
by the words of opening ("open", 열다, 영업, 운영), but a sentence reached only through them
answers only when it states a range of times (9:00 to 17:00, 10시~22시, 10시부터 22시까지),
whose end is the closing time; "we open at 9:00" says nothing about closing.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

__all__ = ["closing_links", "opening_line_without_range"]

_CLOSE = frozenset({"close", "clos", "닫"})
_OPEN = frozenset({"open", "열", "영업", "운영"})
_TIME = r"\d{1,2}(?::\d{2})?\s*(?:시|am|pm|a\.m\.|p\.m\.)?"
_RANGE = re.compile(
    rf"{_TIME}\s*(?:to|until|till|[-–~])\s*(?:[가-힣]{{1,2}}\s*)?{_TIME}|{_TIME}\s*부터.{{0,12}}?\d{{1,2}}\s*시",
    re.IGNORECASE,
)


def _asks_closing(terms: Sequence[str], answer_type: str | None) -> bool:
    return answer_type == "datetime" and any(t in _CLOSE for t in terms)


def closing_links(terms: Sequence[str], answer_type: str | None) -> dict[str, frozenset[str]]:
    """The opening words each closing word of a when-does-it-close question is matched by."""
    if not _asks_closing(terms, answer_type):
        return {}
    return {t: _OPEN for t in terms if t in _CLOSE}


def opening_line_without_range(
    terms: Sequence[str], answer_type: str | None, tokens: Collection[str], sentence: str
) -> bool:
    """Whether a sentence reached only through an opening word states no range of times.

    Args:
        terms: The question's terms.
        answer_type: The kind of answer it asks.
        tokens: The sentence's tokens.
        sentence: The sentence as written.
    """
    if not _asks_closing(terms, answer_type) or any(t in _CLOSE for t in tokens):
        return False
    return any(t in _OPEN for t in tokens) and not _RANGE.search(sentence)
