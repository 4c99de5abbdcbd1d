"""A "-고" clause before the asked act says how it is done, and a rule on it answers.

"여권사진 안경 쓰고 찍어도 돼요?" asks about taking the photo with glasses on: the act the
question is read around is 찍 (take), yet what it asks leave for is the clause before it,
안경 쓰고 (wearing glasses). The passport rules answer it in a sentence on wearing alone
("일반 안경은 … 빛 반사가 없을 때만 쓸 수 있습니다"), which never says 찍, so the act screen
(:mod:`tools.rag.asked_act`) passed it over as another act, and the rules' other sentences
answered (blind set 43). A sentence that names the clause's own object and verb states the
rule on the manner asked, so it is no other act. Korean only: an English question puts the
manner after the act ("take the photo with glasses on") and names it as an object.
"""

from __future__ import annotations

from collections.abc import Set

from tools.rag.crosslingual import equivalents
from tools.rag.kiwi_tags import morpheme_tags

__all__ = ["manner_clause", "states_manner_clause"]

_NOUN_TAGS = frozenset({"NNG", "NNP"})
# The asked act after the clause asks leave or need: 찍어도 돼요, 타야 돼요, 들어가야 하나요.
_ASKING_ENDINGS = frozenset({"어도", "아도", "도", "어야", "아야", "야"})


def manner_clause(question: str) -> tuple[str, str] | None:
    """The object and verb of a "N V-고 V-어도/어야 …" clause of a Korean question, if one.

    Args:
        question: The user's question.

    Returns:
        ``(noun, verb stem)`` of the clause ("안경", "쓰" of "안경 쓰고 찍어도 돼요?"), or
        ``None`` when the question has no such clause.
    """
    tags = morpheme_tags(question)
    for i in range(len(tags) - 4):
        (noun, noun_tag), (verb, verb_tag), (ending, ending_tag) = tags[i : i + 3]
        (_, act_tag), (asking, _) = tags[i + 3], tags[i + 4]
        if (
            noun_tag in _NOUN_TAGS
            and verb_tag == "VV"
            and (ending, ending_tag) == ("고", "EC")
            and act_tag == "VV"
            and asking in _ASKING_ENDINGS
        ):
            return noun, verb
    return None


def states_manner_clause(question: str, tokens: Set[str]) -> bool:
    """Whether a sentence's tokens name the question's "-고" clause: its object and its verb.

    Args:
        question: The user's question.
        tokens: The candidate sentence's tokens.

    Returns:
        True when the question has a manner clause and the sentence names its verb and its
        object (in either language, or in a compound holding it: 색안경 holds 안경).
    """
    found = manner_clause(question)
    if found is None:
        return False
    noun, verb = found
    names_object = bool(equivalents(noun) & tokens) or any(noun in token for token in tokens)
    return verb in tokens and names_object
