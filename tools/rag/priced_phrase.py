"""The thing an English "how much is X …?" question prices: the words of X alone.

"How much is overnight parking at the resort?" asks what overnight parking costs. The
resort's locker section states sums ("Small locker: 5,000 won per day"), its title names
the resort and a later line leaves items "overnight", yet no sentence there prices
parking: quoting it answers another question. A price question naming its item with
"price/cost/fee" already needs a sentence naming an item it asks about
(:func:`tools.rag.prices.priced_items`); "how much is X" names the item too, but only in
X. The rest of the question says where, when or for whom ("at the resort", "on a
saturday", "to book a local move"), which a price line often leaves to its heading or
document, so only X's words are held to the sentence (a misspelt X, "the depostit",
holds nothing and leaves the answer to the other checks).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tools.rag.textutil import tokenize

__all__ = ["head_terms", "how_much_item_terms"]

# "how much is/are/was/will … X", "how much's X": X runs to the end of the clause.
_HOW_MUCH_IS_X = re.compile(
    r"\bhow\s+much(?:\s+(?:is|are|was|were|will|would)(?:\s+it\s+(?:be|cost))?|'s)\s+"
    r"(?P<phrase>[^?.!,;:()]*)",
    re.IGNORECASE,
)
# Where X ends: a preposition or conjunction opens what qualifies it (closed class).
_QUALIFIER_WORDS = (
    r"at|on|in|for|from|to|per|if|when|with|by|and|or|but|during|after|before|until|"
    r"without|including|plus|than|because|since|while|so|near|inside|each|every|vs"
)
_QUALIFIER = re.compile(rf"\b(?:{_QUALIFIER_WORDS})\b", re.IGNORECASE)
# "the fee for the X of Y": there "of" opens a qualifier too.
_QUALIFIER_OR_OF = re.compile(rf"\b(?:{_QUALIFIER_WORDS}|of)\b", re.IGNORECASE)


def head_terms(phrase: str, terms: Sequence[str], *, of_qualifies: bool = False) -> list[str]:
    """The ``terms`` written in ``phrase`` before the word that opens what qualifies it."""
    qualifier = _QUALIFIER_OR_OF if of_qualifies else _QUALIFIER
    named = set(tokenize(qualifier.split(phrase, maxsplit=1)[0]))
    return [t for t in terms if t in named]


def how_much_item_terms(question: str, terms: Sequence[str]) -> list[str]:
    """The question's ``terms`` that name the item of its "how much is X", in order.

    Args:
        question: The user's question.
        terms: The question's analysed terms (what the other checks weigh).

    Returns:
        The terms written in X ("overnight", "park" of "overnight parking at the
        resort"); empty when the question asks no "how much is X" or X is a pronoun
        ("how much is it per minute").
    """
    found = _HOW_MUCH_IS_X.search(question)
    if found is None:
        return []
    return head_terms(found.group("phrase"), terms)
