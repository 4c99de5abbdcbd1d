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

from collections.abc import Sequence

from tools.rag.priced_phrase import how_much_item_terms

__all__ = ["item_carried_by_modifier_only"]


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
