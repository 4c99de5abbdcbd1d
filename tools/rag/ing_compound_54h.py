"""A noun asked with an "-ing" word before it is that kind of thing, not the bare noun.

"do you have changing rooms at the stables" was answered from the riding school's party
paragraph ("… a pony ride, grooming and a room for your own food", blind set 45): the
paragraph holds "room", and "changing" was vouched for by another document's heading
("Changing your appointment"). In English an "-ing" word between a determiner and a noun
names a kind of that noun ("a changing room", "the waiting area", "any swimming pool",
"have parking spaces"). A document that never writes the "-ing" word's stem anywhere (the
stables' guide holds no "chang…") says nothing about that kind, whichever of its sentences
names the bare noun, so its answer is declined. Only English documents are read this way:
a Korean document names the kind in its own words ("탈의실"), which a stem cannot check.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from tools.rag.models import Passage
from tools.rag.textutil import language_of, tokenize

__all__ = ["asked_ing_kinds", "document_misses_ing_kind", "passages_writing_ing_kinds"]

# A determiner, "have" or "there" before the "-ing" word makes it a modifier of the noun
# after it ("a changing room", "have waiting rooms"); without one it is as often a verb
# with its object ("anyone selling tickets", "im bringing kids"), which names no kind.
_KIND = re.compile(
    r"\b(?:a|an|the|any|some|your|ur|no|have|has|there|with|for|of)\s+"
    r"([a-z]{3,}ing)\s+([a-z]{3,})\b",
    re.IGNORECASE,
)
# "-ing" words that are no verb made a kind: nouns and adjectives ("thing", "amazing"),
# prepositions ("including"), and the times of a day or of a service ("opening hours",
# "closing time", "working days"), which a guide states as hours without the word.
_NOT_MODIFIERS = frozenset(
    {"bring", "thing", "king", "ring", "sing", "spring", "string", "something", "anything"}
    | {"nothing", "everything", "morning", "evening", "during", "ceiling", "sibling"}
    | {"opening", "closing", "starting", "ending", "finishing", "working", "ongoing"}
    | {"remaining", "following", "existing", "upcoming", "missing", "pending", "outstanding"}
    | {"including", "excluding", "regarding", "concerning", "according", "amazing"}
    | {"interesting", "exciting", "boring", "charming", "annoying", "confusing"}
)


def asked_ing_kinds(question: str) -> list[tuple[str, str]]:
    """The (modifier stem, noun stem) pairs an English question asks about.

    >>> asked_ing_kinds("do you have changing rooms at the stables")
    [('chang', 'room')]
    """
    pairs: list[tuple[str, str]] = []
    for match in _KIND.finditer(question):
        word, noun = match.group(1).lower(), match.group(2).lower()
        if word in _NOT_MODIFIERS:
            continue
        stem, head = tokenize(word), tokenize(noun)
        if len(stem) == 1 and len(head) == 1 and len(stem[0]) >= 3:
            pairs.append((stem[0], head[0]))
    return pairs


def document_misses_ing_kind(question: str, document: str) -> bool:
    """Whether an English ``document`` never writes an "-ing" kind the question asks about.

    Args:
        question: The user's question.
        document: The whole text of the answering document (or its passage).
    """
    kinds = asked_ing_kinds(question)
    if not kinds or language_of(document) != "en":
        return False
    written = set(tokenize(document))
    return any(stem not in written for stem, _ in kinds)


# What may stand before a word's first letter in a stored document ("Changing …" opens a
# heading line; "(waiting" a bracket): a stem met only inside a word ("exchanged") is not it.
_WORD_STARTS = (" ", "\n", "(", "-", "*", "|", '"', "'", "/", "#")


def passages_writing_ing_kinds(
    question: str,
    passages: Sequence[Passage],
    document_mentions: Callable[[Passage, str], bool],
) -> list[Passage]:
    """The passages a model may read for the question: no English one whose document never
    writes an asked "-ing" kind ("the stables' party room" for "changing rooms").

    Args:
        question: The user's question.
        passages: The passages the model would read.
        document_mentions: Whether a passage's whole document writes a text (lower-cased).
    """
    stems = [stem for stem, _ in asked_ing_kinds(question)]
    if not stems:
        return list(passages)
    return [
        p
        for p in passages
        if language_of(p.text) != "en"
        or all(any(document_mentions(p, start + s) for start in _WORD_STARTS) for s in stems)
    ]
