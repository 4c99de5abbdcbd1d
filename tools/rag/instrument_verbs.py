"""A verb of using a thing, asked with that thing, is covered where a sentence names the thing.

"how much do i get back per km if i drive my own car" asks what "Using your own car is
reimbursed at 300 won per kilometre" states: the asker's verb (drive) says how the car
named beside it is used, and a policy names the car, not the driving. So a question's
verb counts as present in a sentence that names its instrument — only when the
question itself names that instrument too ("drive my car", "ride a bike"): "do you
reimburse driving" names no car, and the verb alone is no free pass.

The table is a closed list of verbs whose one object or vehicle is their meaning (to
drive is to use a car; to cycle, a bicycle), not of everything a verb can be done with.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from functools import cache

from tools.rag.textutil import english_tokens

# A verb (as written) -> the things it is the using of (as written).
_INSTRUMENTS: Mapping[str, tuple[str, ...]] = {
    "drive": ("car", "cars", "vehicle", "vehicles", "van", "truck", "motorbike", "motorcycle"),
    "ride": ("bike", "bicycle", "motorbike", "motorcycle", "scooter", "horse"),
    "cycle": ("bike", "bicycle"),
    "fly": ("plane", "aeroplane", "airplane", "flight", "flights"),
    "sail": ("boat", "yacht"),
    # 운전 (driving) is the using of a car (차, 자동차, 차량), as Kiwi emits them.
    "운전": ("차", "자동차", "차량"),
}


@cache
def _stemmed() -> dict[str, frozenset[str]]:
    """The table as index tokens: each verb's stems -> its instruments' stems."""
    table: dict[str, frozenset[str]] = {}
    for verb, things in _INSTRUMENTS.items():
        nouns = frozenset(t for thing in things for t in _tokens(thing))
        for stem in _tokens(verb):
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
