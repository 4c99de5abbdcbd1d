""" "What do I tell them?": the act of telling is what the question asks about.

"tell" phrases most questions ("tell me the opening hours", "can you tell me when …") and
is no content term (:data:`tools.rag.question_words.EN_FUNCTION_WORDS`). A what-question
about what to tell, say or ask someone else asks for what is told, though: "what do I have
to tell them when I call?" is answered by "Tell us your name, date of birth and the
original appointment date", whose one shared word is that verb. Without it the question's
only term was "call", and the sentence before ("call … by 6 p.m. on the day before") was
quoted (workload unseen 25). Telling the asker ("what can you tell me", "tell us") keeps
the verb a phrasing word.

A sentence that tells what to say in that verb ("Tell us your name …") names what is
asked, though the occasion ("when I call") is named only in the sentence before it: it is
no guess on one word carried from a neighbour (:mod:`tools.rag.carried_words`).
"""

from __future__ import annotations

import re

from tools.rag.textutil import english_tokens, tokenize

__all__ = ["names_the_telling", "told_verbs"]

_TOLD = re.compile(
    r"^\s*(?:what|whats|what's)\b.*?\b(?P<verb>tell|say|ask)\s+(?!me\b|us\b)"
    r"(?:them|him|her|(?:the|my|our|your|their)\s+[a-z]+)\b",
    re.IGNORECASE,
)


def told_verbs(question: str) -> set[str]:
    """The telling verb's index token when a what-question asks what to tell another."""
    found = _TOLD.search(question)
    return set(english_tokens(found.group("verb"))) if found is not None else set()


def names_the_telling(question: str, sentence: str) -> bool:
    """Whether ``sentence`` holds the verb of telling a what-to-tell question asks about."""
    told = told_verbs(question)
    return bool(told) and bool(told & set(tokenize(sentence)))
