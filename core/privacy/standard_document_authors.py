"""The author of a numbered public standard: ``PEP 20's header says 'Author: Tim Peters'``,
``RFC 2324 was written by Larry Masinter`` (redteam38).

A PEP, an RFC, a BIP or an EIP prints its authors in its header, and they are public by
that publication, as a book's author on its cover is. A pair the name rules read as a
person is let through when a standard's name and number (``PEP 8``, ``RFC 9110``, ``BIP-39``)
stands in the same sentence before it and an author word (``Author:``, ``written by``,
``authored by``, ``by``) leads to it. A name without the standard beside it stays personal.
"""

from __future__ import annotations

from core.lazy_regex import LazyPattern

__all__ = ["is_a_standard_documents_author"]

_STANDARD_RE = LazyPattern(r"\b(?:PEP|RFC|BIP|EIP|ERC|JEP|KEP|JSR|SRFI)[ \t-]?[0-9]{1,5}\b")
_AUTHOR_LEAD_RE = LazyPattern(
    r"(?i)(?:\bauthors?[ \t]*:|\b(?:written|authored|edited|co-?authored)[ \t]+by|\bby)"
    r"[ \t]*['\"]?(?:[A-Z][A-Za-z.'-]*[ \t]+){0,2}\Z"
)
_WINDOW = 80


def is_a_standard_documents_author(text: str, start: int, end: int) -> bool:
    """Whether the name at ``text[start:end]`` is named as a numbered standard's author."""
    before = text[max(0, start - _WINDOW) : start]
    if _AUTHOR_LEAD_RE.search(before) is None:
        return False
    sentence = before.rsplit("\n", 1)[-1]
    return _STANDARD_RE.search(sentence) is not None
