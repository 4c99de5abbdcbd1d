"""A word asked about that meets the place's own name only through the stemmer.

Why this exists: "is there parking at the trampoline park" asks about parking, and the
light stemmer (:func:`tools.rag.textutil.tokenize`) reads "parking" and "park" as one
term on purpose ("where can I park" should meet "parking"). So the question's terms
were {trampoline, park}, and the page's opening line "… is a fictional indoor
trampoline park" named them all: it was quoted as the answer (blind set 40). The
place's name says whose rules to read; the other word, written differently but cut to
the same stem, is what is asked, and a sentence that holds that stem only inside the
place's name does not state it.

Closed-class only: the place is the noun phrase after a preposition and a determiner
("at the trampoline park", "near a car park"), and the rule applies only when the
question also writes a different word of the same stem outside that phrase.
"""

from __future__ import annotations

import re

from tools.rag.textutil import tokenize

__all__ = ["asked_stem_only_in_place_name", "place_name_homographs"]

# The place a question names after a preposition, with up to two words before its noun.
_PLACE_PHRASE = re.compile(
    r"\b(?:at|in|of|for|from|to|inside|near)\s+(?:the|this|that|your|ur|a|an)\s+"
    r"(?P<phrase>(?:[a-z]+\s+){0,2}[a-z]+)\b",
    re.IGNORECASE,
)
_WORD = re.compile(r"[A-Za-z]+")


def place_name_homographs(question: str) -> list[tuple[str, str]]:
    """Each place noun that shares its stem with another word the question writes.

    Args:
        question: The user's question (English).

    Returns:
        ``(noun, stem)`` pairs: ("park", "park") for "is there parking at the trampoline
        park"; empty when no word outside the place's phrase is a different word of the
        noun's stem ("parking at the museum", "the park at the park").
    """
    found: list[tuple[str, str]] = []
    for match in _PLACE_PHRASE.finditer(question):
        noun = match["phrase"].lower().split()[-1]
        stems = tokenize(noun)
        if len(stems) != 1:
            continue
        outside = question[: match.start()] + " " + question[match.end() :]
        others = {w.lower() for w in _WORD.findall(outside)} - {noun}
        if any(tokenize(w) == stems for w in others):
            found.append((noun, stems[0]))
    return found


def asked_stem_only_in_place_name(question: str, *context: str) -> bool:
    """Whether a sentence (with its heading and the sentence before) misses the asked word.

    Args:
        question: The user's question.
        context: A candidate sentence, its heading and the sentence before it.

    Returns:
        True when the question asks about a word that shares its stem with the noun of
        the place it names ("parking" at the "trampoline park") and the context holds
        that stem only as the place's noun itself ("… an indoor trampoline park", "park
        rules") or not at all, so whatever else it matches, it does not state the asked
        thing.
    """
    words = {w.lower() for text in context for w in _WORD.findall(text)}
    if not words:
        return False  # a passage in the other language: the word bridge judges it
    for noun, stem in place_name_homographs(question):
        if not any(w != noun and tokenize(w) == [stem] for w in words):
            return True
    return False
