"""A price question's item carried from the sentence before by its modifier alone.

"how much is a new chain?" asks the price of a chain. A visitor page's "we will book a new
time for you" names "new", and the next sentence, "Same-day changes are possible only when
a slot is free", states "free": read with the sentence before it (how a price row's item is
usually named by the line above), the pair names an item word of the question and a price.
But "new" only says which chain; the sentence before must name the thing itself, the head
of "how much is X" (its last word, English putting modifiers first), for its words to carry
onto a sentence that names no item at all. A sentence naming any of X's words itself is
left to the other checks.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tools.rag.priced_phrase import how_much_item_terms
from tools.rag.textutil import tokenize

__all__ = ["item_carried_by_modifier_only", "prices_another_thing_for_modifier"]


def item_carried_by_modifier_only(
    question: str,
    terms: Sequence[str],
    groups: Sequence[frozenset[str]],
    sentence: set[str],
    before: set[str],
) -> bool:
    """Whether only a modifier of "how much is X" links this sentence to X, from the one before.

    Args:
        question: The user's question.
        terms: The question's analysed terms.
        groups: Each term's concept group (its spellings and translations), as ``terms``.
        sentence: The candidate sentence's index tokens.
        before: The index tokens of the sentence before it.

    Returns:
        True when X has two or more terms, the sentence names none of them, and the sentence
        before names none of X's head (so it carries a modifier like "new" at most).
    """
    item = how_much_item_terms(question, terms)
    if len(item) < 2:
        return False
    group_of = dict(zip(terms, groups, strict=True))
    if any(group_of[t] & sentence for t in item):
        return False
    return not group_of[item[-1]] & before


# "Shore power for visitors is £5 a night": a thing priced (the subject) for whom (after
# "for"/"to"), then the verb that prices it.
_PRICED_FOR = re.compile(
    r"^\s*(?P<subject>[A-Za-z][^.;:|]*?)\s+(?:for|to)\s+(?P<whom>[A-Za-z][A-Za-z -]*?)\s+"
    r"(?:is|are|costs?|will\s+be|comes?\s+to|pays?)\b",
    re.IGNORECASE,
)
# Off only in the test that shows what reading the priced subject changes.
use_priced_subject = True


def prices_another_thing_for_modifier(
    question: str,
    terms: Sequence[str],
    groups: Sequence[frozenset[str]],
    sentence: str,
) -> bool:
    """Whether a sentence prices another thing for the group a modifier of X names.

    "how much is a visitor swinging mooring per night" asks the price of a mooring, the
    visitors' kind. "Shore power for visitors is £5 a night" names "visitors" only as whom
    its own subject is priced for (blind set 52): the head of X (its last word) is named
    nowhere, and the subject names none of X's words, so the figure is another thing's.
    A sentence whose subject is the group ("Visitors pay £3.60") or names X's head is left
    to the other checks.

    Args:
        question: The user's question.
        terms: The question's analysed terms.
        groups: Each term's concept group, as ``terms``.
        sentence: The candidate sentence as written.
    """
    if not use_priced_subject:
        return False
    item = how_much_item_terms(question, terms)
    if len(item) < 2:
        return False
    m = _PRICED_FOR.search(sentence)
    if m is None:
        return False
    group_of = dict(zip(terms, groups, strict=True))
    whole, subject, whom = (set(tokenize(x)) for x in (sentence, m["subject"], m["whom"]))
    if group_of[item[-1]] & whole or any(group_of[t] & subject for t in item):
        return False
    return any(group_of[t] & whom for t in item[:-1])
