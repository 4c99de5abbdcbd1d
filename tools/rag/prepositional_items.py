"""A price stated for what a sentence does *with* the asked thing, not for the thing.

Why this exists: "how much is a usb stick at the copy shop" was answered with "Scanning to
email or to a USB stick is free at every location." (blind set 36): the sentence names the
stick, and "free" is a price, yet what is free is the scanning; the stick is only where a
scan goes. An English question asking what a thing costs ("how much is a X", "how much
does a X cost", "price of a X") is not answered by a sentence that names X only after a
preposition ("to a USB stick", "onto your laptop", "with a card") while the price it states
belongs to the subject before it. Closed-class words only (the prepositions and the
question's frames); a sentence that also names X on its own ("A USB stick costs £4 …")
still answers.
"""

from __future__ import annotations

import re

from tools.rag.prices import money_spans
from tools.rag.textutil import english_tokens

__all__ = ["asked_item", "prices_item_only_as_object"]

# The thing a how-much question asks the price of, up to the place or the question mark:
# "how much is a usb stick at the copy shop" -> "usb stick".
_ASKED_ITEM = re.compile(
    r"\b(?:how\s+much\s+(?:is|are|does|do|would|will)|(?:what(?:'s|s|\s+is)\s+the\s+)?"
    r"(?:price|cost)\s+of)\s+(?:(?:an?|the|one|some|your|a\s+new)\s+)?"
    r"(?P<item>[a-z0-9][a-z0-9-]*(?:\s+[a-z0-9][a-z0-9-]*){0,2}?)"
    r"(?=\s+(?:at|in|from|for|cost|costs|to|on|if|when|per|each)\b|\s*[?.!,]|\s*$)",
    re.IGNORECASE,
)
# Where a thing stands as the object of what the sentence's subject does.
_PREPOSITIONS = frozenset({"to", "into", "onto", "from", "with", "via", "by", "on"})
_DETERMINERS = frozenset({"a", "an", "the", "your", "my", "our", "their", "any", "one"})
_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9-]*")


def asked_item(question: str) -> list[str]:
    """Index tokens of the thing a how-much question prices ("usb stick" -> usb, stick)."""
    match = _ASKED_ITEM.search(question)
    return english_tokens(match["item"]) if match else []


def prices_item_only_as_object(question: str, sentence: str) -> bool:
    """Whether ``sentence`` names the asked item only after a preposition, pricing another.

    Args:
        question: The user's question ("how much is a usb stick …").
        sentence: A candidate answer sentence.

    Returns:
        True when the sentence states a price, names the item's last word, and every
        mention of it follows a preposition (with at most a determiner and one modifier
        between), with words before the first mention: the price is that subject's.
    """
    item = asked_item(question)
    if not item or not money_spans(sentence):
        return False
    head = item[-1]
    words = [m.group().lower() for m in _WORD.finditer(sentence)]
    tokens = [english_tokens(w) for w in words]
    places = [i for i, t in enumerate(tokens) if head in t]
    if not places or places[0] == 0:
        return False
    for place in places:
        before = [w for w in words[max(0, place - 3) : place] if w not in _DETERMINERS]
        # "to a USB stick": the preposition, then at most one modifier word.
        window = words[max(0, place - 3) : place]
        preposed = any(w in _PREPOSITIONS for w in window) and len(before) <= 2
        if not preposed:
            return False
    return True
