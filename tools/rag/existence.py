"""The thing an English "is there …?" question asks whether a place has.

"Is there parking at the cinema?" asks whether the cinema has parking. A cinema
policy's opening line ("… is a fictional four-screen cinema") names the cinema and
nothing else the question asks about, yet it was quoted as the answer: the question
opens with "there", so :func:`tools.rag.question.yes_no_subject` finds no subject to
hold a passage to. The noun after "is there / are there" is that subject: a passage
that never names it (while other chunks of the collection do) states nothing about
whether it exists, however well it names the place.

Closed-class only. Nouns that ask for a figure of something else ("is there a fee /
a limit / an age minimum for …") are not the thing asked about: a sentence stating the
sum or the limit answers without the word, so they give no subject.
"""

from __future__ import annotations

import re

from tools.rag.textutil import english_tokens

__all__ = ["existence_subject"]

# "is there (a|an|any|some) X", at the start of a clause, "there" not followed by a verb.
_THERE = re.compile(
    r"(?:^|[.?!,;]\s*|\b(?:and|so|but|also)\s+)(?:is|are|was|were|'s)\s+there\s+"
    r"(?:(?:a|an|any|some|no)\s+)?(?P<noun>[A-Za-z][A-Za-z-]*)",
    re.IGNORECASE,
)
# Nouns whose answer is a figure or a rule about something else the question names.
_FIGURE_NOUNS = frozenset(
    {
        "fee", "fees", "charge", "charges", "cost", "costs", "price", "prices", "discount",
        "discounts", "limit", "limits", "minimum", "maximum", "deadline", "penalty", "fine",
        "way", "rule", "rules", "time", "age", "deposit", "reduction", "refund", "extra",
        "anything", "anyone", "anybody", "something", "someone", "somebody", "one", "enough",
        "much", "many", "more", "still", "also", "really", "even", "actually",
    }
)  # fmt: skip


def existence_subject(question: str) -> str:
    """The index token of what an English "is there …?" question asks about, else "".

    Args:
        question: The user's question.

    Returns:
        The noun's token ("park" of "is there parking at the cinema?"); empty when the
        question is not Latin-script, asks no "is there", or names a figure noun there.
    """
    if not question.isascii():
        return ""
    found = _THERE.search(question)
    if found is None or found["noun"].lower() in _FIGURE_NOUNS:
        return ""
    tokens = english_tokens(found["noun"])
    return tokens[0] if tokens else ""
