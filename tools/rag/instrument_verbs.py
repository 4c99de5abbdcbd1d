"""A verb of using a thing, asked with that thing, is covered where a sentence names the thing.

"how much do i get back per km if i drive my own car" asks what "Using your own car is
reimbursed at 300 won per kilometre" states: the asker's verb (drive) says how the car
named beside it is used, and a policy names the car, not the driving. So a question's
verb counts as present in a sentence that names its instrument — only when the
question itself names that instrument too ("drive my car", "ride a bike"): "do you
reimburse driving" names no car, and the verb alone is no free pass.

The table (the ``[instruments]`` lines of ``tools/rag/vocabulary.tsv``, a verb, a tab,
its things) is a closed list of verbs whose one object or vehicle is their meaning (to
drive is to use a car; to cycle, a bicycle), not of everything a verb can be done with.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from tools.rag.textutil import english_tokens
from tools.vocabulary import word_lines


@cache
def _stemmed() -> dict[str, frozenset[str]]:
    """The table as index tokens: each verb's stems -> its instruments' stems."""
    table: dict[str, frozenset[str]] = {}
    for line in word_lines("instruments"):
        nouns = frozenset(t for thing in line.english for t in _tokens(thing))
        for stem in (t for verb in line.korean for t in _tokens(verb)):
            table[stem] = table.get(stem, frozenset()) | nouns
    return table


def _tokens(word: str) -> list[str]:
    return english_tokens(word) if word.isascii() else [word]


def instrument_links(terms: Sequence[str]) -> dict[str, frozenset[str]]:
    """Each question verb whose instrument the question also names -> those instruments.

    Args:
        terms: The question's content terms (index tokens).

    Returns:
        A verb term -> the instrument terms of the same question that also stand for it.
    """
    asked = set(terms)
    links: dict[str, frozenset[str]] = {}
    for term in terms:
        named = _stemmed().get(term, frozenset()) & asked
        if named:
            links[term] = named
    return links
