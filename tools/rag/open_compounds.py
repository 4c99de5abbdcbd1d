"""Closed compounds and their hyphenated forms: "checkup" is "check-up".

Why: English writes many compounds closed or hyphenated (checkup, check-up; signup,
sign-up). The tokenizer splits the hyphenated form into two words, so a question writing
the closed form found a document writing the hyphenated one "never mentions" it and was
declined. A closed form is taken as held when a document writes it hyphenated, verbatim.
The spaced form is not taken: "walk up the stairs" is a verb and a particle, not a
"walkup"; nor are the parts alone (a "check" here, an "up" there).
"""

from __future__ import annotations

from collections.abc import Callable

# Both halves at least this long: a one-letter half would pair a stray letter with a
# word ("a-part" for "apart"); real compounds have two words.
_SHORTEST_PART = 2
_SHORTEST_WORD = 5


def open_forms(term: str) -> list[str]:
    """Hyphenated spellings of ``term`` split at each inner point.

    Args:
        term: One index token (lowercase; Latin letters only yield forms).

    Returns:
        ``["ch-eckup", "che-ckup", "check-up", ...]`` for ``"checkup"``; empty for
        short, non-ASCII or non-alphabetic terms.
    """
    if len(term) < _SHORTEST_WORD or not (term.isascii() and term.isalpha()):
        return []
    forms: list[str] = []
    for cut in range(_SHORTEST_PART, len(term) - _SHORTEST_PART + 1):
        head, tail = term[:cut], term[cut:]
        forms.append(f"{head}-{tail}")
    return forms


def written_open(term: str, mentions: Callable[[str], bool]) -> bool:
    """Whether the documents write ``term`` hyphenated (``mentions``: a verbatim test)."""
    return any(mentions(form) for form in open_forms(term))
