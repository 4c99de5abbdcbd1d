"""A sentence about another kind of the thing an "is there …?" question asks for.

"is there a student discount?" was answered with "The family discount cannot be used
together with the student discount.": the sentence names the asked discount, but only
as what another discount (its subject) may not be combined with. Whether a student
discount exists, or what it gives, it does not say. The rule, closed-class only: the
question asks for "<modifier> <head>" ("student discount"); a sentence whose subject
(the words before its first verb) holds the same head with another modifier before it
("The family discount") is about that other kind, however it names the asked one later.
The kind may be asked with its holder apart too ("do seniors get a discount", "any
discount for seniors?"): the same sentence was quoted for those, and once screened, a
sentence of the same section that never names seniors.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tools.rag.textutil import english_tokens, tokenize

__all__ = ["misses_asked_modifier", "subject_is_other_kind"]

# "is there a student discount", "are there any group rates", "do you have a kids menu".
_ASKED_BEFORE = re.compile(
    r"\b(?:(?:is|are)\s+there|do\s+(?:you|they)\s+(?:have|offer|give))\s+"
    r"(?:(?:a|an|any|some)\s+)?(?P<modifier>[A-Za-z]+)\s+(?P<head>[A-Za-z]+)\s*(?:[?.!,]|$)",
    re.IGNORECASE,
)
# The same kind asked with the holder named apart: "do seniors get a discount", "can
# students get a discount", "any discount for seniors?", "is there a discount for kids".
_ASKED_HOLDER = re.compile(
    r"\b(?:do|does|can|will)\s+(?P<modifier>[A-Za-z]+)\s+(?:get|have|receive)\s+"
    r"(?:(?:a|an|any|some)\s+)?(?P<head>[A-Za-z]+)\s*(?:[?.!,]|$)|"
    r"(?:^|\b(?:is|are)\s+there\s+)(?:(?:a|an|any|some)\s+)?(?P<head2>[A-Za-z]+)\s+for\s+"
    r"(?P<modifier2>[A-Za-z]+)\s*(?:[?.!,]|$)",
    re.IGNORECASE,
)
# Holders that are pronouns or whole parties name no kind ("do you get a discount").
_NO_KIND = frozenset({"you", "i", "we", "they", "us", "me", "everyone", "anyone", "people"})


def _asked_kind(question: str) -> tuple[str, str] | None:
    """The (modifier, head) of the kind a question asks exists, e.g. ("senior", "discount")."""
    found = _ASKED_BEFORE.search(question)
    if found is not None:
        return found["modifier"], found["head"]
    found = _ASKED_HOLDER.search(question.strip())
    if found is None:
        return None
    modifier = found["modifier"] or found["modifier2"]
    if modifier.lower() in _NO_KIND:
        return None
    return modifier, found["head"] or found["head2"]


# The sentence's subject: the words before its first verb or auxiliary.
_SUBJECT = re.compile(
    r"^\s*(?:[-*]\s*)?(?P<subject>[A-Za-z][A-Za-z' -]*?)\s+"
    r"(?:cannot|can't|can|may|must|will|won't|is|isn't|are|aren't|was|were|does|doesn't|do|"
    r"don't|has|have|applies|apply|gives?|includes?|only)\b",
    re.IGNORECASE,
)
# Words before a head noun that name no kind of it.
_DETERMINERS = frozenset(
    {"the", "a", "an", "any", "all", "no", "our", "your", "their", "this", "that", "these",
     "those", "each", "every", "some", "one", "its"}
)  # fmt: skip


def _stem(word: str) -> str:
    tokens = english_tokens(word)
    return tokens[0] if tokens else word.lower()


def subject_is_other_kind(question: str, sentence: str) -> bool:
    """Whether the sentence's subject is another kind of the thing the question asks for.

    Args:
        question: The user's question (English).
        sentence: A candidate answer sentence.

    Returns:
        True when the question asks "is there a <modifier> <head>?" and the sentence's
        subject holds <head> right after another modifier ("The family discount …" for a
        student discount), and nowhere holds the asked modifier.
    """
    asked = _asked_kind(question)
    found = _SUBJECT.match(sentence)
    if asked is None or found is None:
        return False
    modifier, head = _stem(asked[0]), _stem(asked[1])
    words = found["subject"].split()
    stems = [_stem(w) for w in words]
    if modifier in stems or head not in stems:
        return False
    at = stems.index(head)
    before = words[at - 1].lower() if at else ""
    return bool(before) and before not in _DETERMINERS


def misses_asked_modifier(
    question: str, sentence: str, heading: str, groups: Sequence[frozenset[str]]
) -> bool:
    """Whether an "is there a <modifier> <head>?" is met by a sentence never naming the kind.

    Args:
        question: The user's question (English).
        sentence: A candidate answer sentence.
        heading: The heading of the sentence's passage.
        groups: The question's terms, each with its equivalents in either language.

    Returns:
        True when the question asks for a "<modifier> <head>", the modifier is one of its
        terms, and neither the sentence nor its heading names it in any form.
    """
    asked = _asked_kind(question)
    if asked is None:
        return False
    modifier = _stem(asked[0])
    forms = [g for g in groups if modifier in g]
    if not forms:
        return False
    written = set(tokenize(f"{heading} {sentence}"))
    return not any(g & written for g in forms)
