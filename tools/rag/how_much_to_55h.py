""" "How much to adopt a dog?" asks what doing it costs, as "how much is …" does.

Blind set 46: "how much to adopt a dog" (and "how much 2 adopt a dog") quoted the rescue's
home-visit sentences ("… more than 25 miles away, the home check is done by video call"),
since a bare "how much" was read as any amount, and 25 miles is one. In English "how much"
followed straight by "to"/"2" and a verb, or by "for" and a thing ("how much for two cats",
"how much for a lesson"), asks a price: nothing else is measured that way. A measure names
itself ("how much time to …", "how much notice for …"), so only "how much" right before
"to"/"2"/"for" counts.

Chat's "2" for "to" is read as "to" only before a word that is a verb and never a noun
("how much 2 adopt", "how much 2 enrol"): "how much 2 kids" asks for two children, and
"how much 2 rent" stays as typed (rent is a noun too), so its question keeps its figure.
"""

from __future__ import annotations

import re

from lemminflect import getAllLemmas

__all__ = ["asks_how_much_to_do", "with_how_much_to_spelled"]

# "how much to adopt", "how much 2 rent", "how much for 2 cats": the price of the act or
# the thing. "how much to" followed by a figure ("how much to 50") is a sum, not an act,
# and "how much for" before a time ("how much for how long") asks nothing priced.
_HOW_MUCH_TO = re.compile(
    r"\bhow\s+much\s+(?:(?:to|2)\s+(?=[a-z]{2,})(?!(?:do|be)\b)|for\s+(?!how\b|long\b))",
    re.IGNORECASE,
)


def asks_how_much_to_do(question: str) -> bool:
    """Whether an English question asks the price of doing or of having something.

    >>> asks_how_much_to_do("how much 2 adopt a dog")
    True
    >>> asks_how_much_to_do("how much time to get there")
    False
    """
    return bool(_HOW_MUCH_TO.search(question))


_HOW_MUCH_2 = re.compile(r"\b(how\s+much\s+)2\s+([a-z]{2,})\b", re.IGNORECASE)


def with_how_much_to_spelled(question: str) -> str:
    """``question`` with chat's "how much 2 adopt" written "how much to adopt".

    >>> with_how_much_to_spelled("how much 2 adopt a dog")
    'how much to adopt a dog'
    >>> with_how_much_to_spelled("how much 2 kids")
    'how much 2 kids'
    """

    def spelled(match: re.Match[str]) -> str:
        lemmas = getAllLemmas(match[2].lower())
        if "VERB" in lemmas and "NOUN" not in lemmas:
            return f"{match[1]}to {match[2]}"
        return match[0]

    return _HOW_MUCH_2.sub(spelled, question)
