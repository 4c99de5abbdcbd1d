"""The people of a work and a performer's billing, asked about: ``was Mr. Darcy richer
than Mr. Bingley in Pride and Prejudice, and when does Elizabeth Bennet find out?``,
``what ring name did Dwayne 'The Rock' Johnson use …?`` (redteam28).

:mod:`core.privacy.named_work_titles` reads the title a question ends with; a question
also names its work in the middle ("in Pride and Prejudice, why do …", "… in Pride and
Prejudice, and when …"). The people such a question names, by honorific (``Mr. Darcy``)
or as a pair (``Elizabeth Bennet``), are the work's characters, not anyone the writer
knows: a question that speaks of the writer (``my``, ``our``, ``I``) is read as usual. A
title is two or more capitalised words, small words ("and", "of", "the") between them,
after "in" and before a comma or the question mark; a place ("in New Street,", "in Oak
Park Hospital?") is no work.

A quoted nickname that opens with "The" (``'The Rock'``, ``'The Boss'``) between a given
and a family name is a ring or stage name: billing, made to be public. In a question that
does not speak of the writer, the name around it is a performer's, not a friend's (``my
cousin Dave 'The Hammer' Jones`` stays personal).
"""

from __future__ import annotations

from core.lazy_regex import LazyPattern
from core.privacy.named_work_titles import PLACE_WORDS, WRITER

__all__ = ["asks_about_a_works_people", "is_a_billing_nickname"]

_WORK_IN_QUESTION = LazyPattern(
    r"(?<![A-Za-z])(?i:in)[ \t]+"
    # blind52p: a title's other small words ("The Fault in Our Stars", "Gone with the Wind").
    r"(?P<title>[A-Z][a-z]+(?:[ \t]+(?:(?:of|and|the|&|in|on|at|to|for|from|with|a|an)[ \t]+)"
    r"{0,2}[A-Z][a-z]+){1,4})"
    r"[ \t]*[,?]"
)
_BILLING = LazyPattern(r"['\"‘“]The[ \t]+[A-Z][A-Za-z]+['\"’”]")


def _writer_free_question(text: str) -> bool:
    return "?" in text and WRITER.search(text) is None


def asks_about_a_works_people(text: str) -> bool:
    """Whether ``text`` is a writer-free question naming a work after "in" (see the module)."""
    titles = [
        m
        for m in _WORK_IN_QUESTION.finditer(text)
        if m.group("title").split()[-1] not in PLACE_WORDS
    ]
    if not titles:
        return False
    # The title's own words are no writer ("The Fault in Our Stars", blind52p).
    blanked = text
    for m in titles:
        blanked = (
            blanked[: m.start("title")] + " " * len(m.group("title")) + blanked[m.end("title") :]
        )
    return _writer_free_question(blanked)


def is_a_billing_nickname(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a "'The …'" nickname in a writer-free question."""
    return _writer_free_question(text) and _BILLING.fullmatch(text, start, end) is not None
