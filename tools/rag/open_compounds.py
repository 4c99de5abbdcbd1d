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
# Except the letters English writes as a prefix ("x-ray", "e-mail", "t-shirt", "u-turn",
# "k-pop"), closed as "xray" in chat; not any letter ("s-ignup", "a-part").
_PREFIX_LETTERS = frozenset("extuk")
_SHORTEST_AFTER_LETTER = 3


def open_forms(term: str) -> list[str]:
    """Hyphenated spellings of ``term`` split at each inner point.

    Args:
        term: One index token (lowercase; Latin letters only yield forms).

    Returns:
        ``["c-heckup", "ch-eckup", "check-up", ...]`` for ``"checkup"`` (a one-letter
        head only for a prefix letter: ``["x-ray"]`` for ``"xray"``); empty for
        short, non-ASCII or non-alphabetic terms.
    """
    if not (term.isascii() and term.isalpha()):
        return []
    forms: list[str] = []
    if term[0] in _PREFIX_LETTERS and len(term) > _SHORTEST_AFTER_LETTER:
        forms.append(f"{term[0]}-{term[1:]}")
    if len(term) < _SHORTEST_WORD:
        return forms
    for cut in range(_SHORTEST_PART, len(term) - _SHORTEST_PART + 1):
        head, tail = term[:cut], term[cut:]
        forms.append(f"{head}-{tail}")
    return forms


def written_open(term: str, mentions: Callable[[str], bool]) -> bool:
    """Whether the documents write ``term`` hyphenated (``mentions``: a verbatim test)."""
    return any(mentions(form) for form in open_forms(term))
