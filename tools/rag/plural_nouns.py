"""A Korean question opening with a one-syllable noun in the plural ("애들 …") is about them.

The subject checks (:func:`tools.rag.subjects.missing_from_document`) hold a passage to
the question's leading noun: a document that never names it states another thing's rule.
They leave one-syllable nouns aside as too ambiguous (Kiwi cuts many a compound or an
unknown word into single syllables), and a relation word (애, 엄마) the collection never
writes itself is read as scenery, who asks or comes along (:mod:`tools.rag.scene_words`).
A noun the asker writes with the plural suffix 들 is no such piece, and opening the
question it is the group whose fact is asked: "애들 점심 몇 시에 먹어요?" asks when the
kids eat lunch.

Over the bundled samples that question was answered with the clinic's "점심시간:
13:00–14:00 (점심시간에는 접수를 받지 않습니다)", the clinic's own lunch break, from a
guide that never names a child in any word. The rule: when the question's first noun is
such a plural, a passage whose whole document names it in none of its words (애, 아이,
어린이, kids…; only words of two or more letters are looked for, as a lone syllable sits
inside unrelated words) is not quotable as its answer. A daycare guide naming 아이 still
answers.
"""

from __future__ import annotations

from collections.abc import Callable

from tools.rag.crosslingual import concept_groups
from tools.rag.textutil import detect_script, kiwi_tokenize

__all__ = ["leading_plural", "plural_unnamed"]

_NOUN_TAGS = frozenset({"NNG", "NNP"})
# How a document names children by age (its limit), in either language.
_AGE_LIMITS = (
    "세 미만",
    "세 이하",
    "세 이상",
    "살 미만",
    "살 이하",
    "미성년",
    "years old",
    "or younger",
    "under the age",
)


def leading_plural(question: str) -> str:
    """The question's first noun when it is one syllable written with 들 right after, else "".

    Args:
        question: The user's question as typed.

    Returns:
        Kiwi's noun form ("애" of "애들 점심 몇 시에 먹어요?"); empty for a question not in
        Korean or opening with another noun.
    """
    if detect_script(question) != "ko":
        return ""
    tokens = kiwi_tokenize(question)
    for i, token in enumerate(tokens):
        if token.tag not in _NOUN_TAGS:
            continue
        after = tokens[i + 1] if i + 1 < len(tokens) else None
        plural = (
            len(token.form) == 1
            and after is not None
            and after.tag == "XSN"
            and after.form == "들"
            and after.start == token.start + token.len
        )
        return token.form if plural else ""
    return ""


def plural_unnamed(question: str, mentions: Callable[[str], bool]) -> bool:
    """Whether a document (``mentions``: does its text write a word) never names the plural.

    Args:
        question: The user's question as typed.
        mentions: Whether the passage's whole document writes a word.

    Returns:
        True when the question opens with a plural one-syllable noun and the document
        writes none of that noun's words of two or more letters.
    """
    noun = leading_plural(question)
    if not noun:
        return False
    group = concept_groups([noun])[0]
    words = [w for w in group if len(w) > 1]
    if "아이" in group:
        # A rule for children often names them by age alone: "만 13세 미만은 보호자와 함께
        # 입장해야 합니다" answers "애들도 수영장 이용할 수 있나요?".
        words += list(_AGE_LIMITS)
    return bool(words) and not any(mentions(w) for w in words)
