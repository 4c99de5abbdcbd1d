"""The asker's own act is not answered by a sentence where the writer does it.

"do I have to reserve a table before coming?" was answered with "Give us your name and
we will reserve a new table for you.": the sentence holds "reserve", the act asked, but
done by the writer ("we"), as a step of another procedure (rebooking). Whether the
asker must do it is not said. The rule, closed-class only: the question asks about an
act the asker does ("do I need to X", "can we X", "should I X"); a sentence whose only
use of that verb has "we" (the document's writer) as its subject, and none with "you"
or as an instruction, is about the writer's act, not the asker's.
"""

from __future__ import annotations

import re

from tools.rag.textutil import english_tokens

__all__ = ["writer_does_the_asked_act"]

# "do I need to book", "can we bring", "should I call", "I have to register".
_ASKERS_ACT = re.compile(
    r"\b(?:(?:do|does|did|should|must|can|could|may|will|would)\s+(?:i|we)|(?:i|we))\s+"
    r"(?:(?:really\s+)?(?:need|have|want|got)\s+to\s+|ever\s+|also\s+)?(?P<verb>[a-z]+)\b",
    re.IGNORECASE,
)
# The writer doing an act: "we will book", "we'll call", "we then refund".
_WRITERS_ACT = re.compile(
    r"\bwe(?:'ll|\s+will|\s+can|\s+may|\s+would|\s+shall|\s+then|\s+also)?\s+(?P<verb>[a-z]+)\b",
    re.IGNORECASE,
)
# The reader doing it, or told to, right before the verb: "you book", "you must book",
# "you will need to book", "please book", or the verb opening the sentence ("Book …").
_READERS_ACT = re.compile(
    r"(?:\byou(?:\s+[a-z']+){0,3}|\bplease|^\s*(?:[-*]\s*)?)\s*$", re.IGNORECASE
)
_WORD = re.compile(r"[A-Za-z]+")
# Verbs too general to say whose act a sentence is about.
_LIGHT_VERBS = frozenset(
    {"be", "is", "are", "have", "has", "do", "get", "go", "make", "take", "need", "want", "use"}
)


def _stem(word: str) -> str:
    tokens = english_tokens(word)
    return tokens[0] if tokens else word.lower()


def writer_does_the_asked_act(question: str, sentence: str) -> bool:
    """Whether the sentence has the writer, not the reader, do the act the asker asks about.

    Args:
        question: The user's question (English).
        sentence: A candidate answer sentence.

    Returns:
        True when the question asks about its asker's act (a verb after "do I need to",
        "can we" …), the sentence writes that verb after "we", and never after "you",
        "please" or as an instruction opening the sentence.
    """
    asked = _ASKERS_ACT.search(question)
    if asked is None or asked["verb"].lower() in _LIGHT_VERBS:
        return False
    verb = _stem(asked["verb"])
    writers = [m for m in _WRITERS_ACT.finditer(sentence) if _stem(m["verb"]) == verb]
    if not writers:
        return False
    return not any(
        _stem(word.group()) == verb and _READERS_ACT.search(sentence[: word.start()])
        for word in _WORD.finditer(sentence)
    )
