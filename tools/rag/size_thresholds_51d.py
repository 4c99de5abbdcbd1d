"""A "big" or "small" thing asked about, which a rule sizes with a threshold.

Why: "who has to approve a big expense claim" was declined with "not in the documents:
big", though the policy states "Claims above 500,000 won need the approval of a
department head". A document never calls a claim big: it draws the line with a figure
("above 500,000 won", "bills larger than 50,000 won", "orders under $20"). So an
adjective of size that the documents never use is no missing topic when the best
retrieved passage has a sentence that names the sized thing and a threshold on it in the
adjective's direction (big: above, over, more than; small: below, under, less than). The
adjective is then read as the question's scenery: the answer still has to come from a
sentence of that passage; with none, the documents decline as before.

And a note paid with is a banknote: "pay cash with a big note" asks what the payment
FAQ states of "bills larger than 50,000 won". :mod:`tools.rag.banknotes` links a note to
a bill only when a sum names it; a note sized by an adjective, in a question about paying
or change, is money as surely (:func:`sized_note_links`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from tools.rag.crosslingual import equivalents
from tools.rag.models import Passage
from tools.rag.textutil import english_tokens

__all__ = ["sized_note_links", "sizes_a_threshold_states"]

# Adjectives of size (their index tokens) and the direction of the line they ask about.
_BIG = frozenset({"big", "large", "huge", "high", "hefty", "sizable", "sizeable"})
_SMALL = frozenset({"small", "little", "tiny", "low", "minor"})
# A comparison with a figure after it, within a few words ("above 500,000 won").
_AT_LEAST = (
    r"above|over|exceeding|more\s+than|larger\s+than|bigger\s+than|greater\s+than"
    r"|higher\s+than|in\s+excess\s+of"
)
_AT_MOST = r"below|under|less\s+than|smaller\s+than|lower\s+than"
_FIGURE_AFTER = r"\s+(?:[^\s.;!?]+\s+){0,2}?[$€£¥₩]?\s?\d"
_THRESHOLD = {
    "big": re.compile(rf"\b(?:{_AT_LEAST}){_FIGURE_AFTER}", re.IGNORECASE),
    "small": re.compile(rf"\b(?:{_AT_MOST}){_FIGURE_AFTER}", re.IGNORECASE),
}
_WORD = re.compile(r"[a-z]+(?:'[a-z]+)?", re.IGNORECASE)
# The most words read as the noun phrase after the adjective ("big expense claim").
_PHRASE_WORDS = 3
_PHRASE_END = frozenset(
    {"to", "for", "of", "in", "on", "at", "with", "by", "from", "and", "or", "is", "are",
     "be", "do", "does", "can", "i", "you", "we", "they", "it", "that", "this", "if", "when"}
)  # fmt: skip
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n+")
# A question about paying or change: a note sized there is a banknote.
_PAYING = re.compile(r"\b(?:pay|paying|paid|cash|change)\b", re.IGNORECASE)
_MONEY_NAMES = frozenset({"bill", "banknote"})


def _direction(word: str) -> str:
    token = english_tokens(word)
    size = token[0] if token else ""
    return "big" if size in _BIG else "small" if size in _SMALL else ""


def _sized_nouns(question: str) -> list[tuple[str, str, list[str]]]:
    """(adjective token, direction, head noun tokens) of each sized noun phrase."""
    words = [w.lower() for w in _WORD.findall(question)]
    found: list[tuple[str, str, list[str]]] = []
    for at, word in enumerate(words):
        direction = _direction(word)
        if not direction:
            continue
        phrase: list[str] = []
        for after in words[at + 1 : at + 1 + _PHRASE_WORDS]:
            if after in _PHRASE_END:
                break
            phrase.append(after)
        nouns = [t for w in phrase for t in english_tokens(w)]
        if nouns:
            found.append((english_tokens(word)[0], direction, nouns))
    return found


def _names(sentence_tokens: set[str], noun: str) -> bool:
    return bool(sentence_tokens & (equivalents(noun) | {noun}))


def sizes_a_threshold_states(
    question: str, unknown: Sequence[str], passages: Sequence[Passage]
) -> list[str]:
    """The unknown size adjectives whose sized thing the best passage draws a line for.

    Args:
        question: The user's question as typed (English; other text gives nothing).
        unknown: Its terms the collection holds in neither language (index tokens).
        passages: The retrieved passages, best first.

    Returns:
        The unknown adjectives ("big" of "a big expense claim") for which a sentence of
        the best passage names the phrase's head noun and a threshold in the adjective's
        direction with a figure ("Claims above 500,000 won ..."); else empty.
    """
    if not passages or not question.isascii():
        return []
    sized = [s for s in _sized_nouns(question) if s[0] in unknown]
    if not sized:
        return []
    sentences = [s for s in _SENTENCE_END.split(passages[0].text) if s.strip()]
    held: list[str] = []
    for size, direction, nouns in sized:
        # The phrase's head is its last noun ("claim" of "expense claim").
        head = nouns[-1]
        for sentence in sentences:
            if _THRESHOLD[direction].search(sentence) and _names(
                set(english_tokens(sentence)), head
            ):
                held.append(size)
                break
    return held


def sized_note_links(question: str) -> Mapping[str, frozenset[str]]:
    """``note`` linked to ``bill`` and ``banknote`` for a sized note in a paying question."""
    if not _PAYING.search(question):
        return {}
    if any(nouns[-1] == "note" for _, _, nouns in _sized_nouns(question)):
        return {"note": _MONEY_NAMES}
    return {}
