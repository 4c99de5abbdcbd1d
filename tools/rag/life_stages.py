"""Whom a rule is for: a sentence stating it for adults does not answer for a child.

"아이한테 이부프로펜 몇 mg 먹여요?" shares the drug and the unit with "성인은 보통 한 번에
200~400mg을 복용하며": coverage is high, yet the dose is an adult's, and giving it for a
child is the most dangerous wrong answer a document question can get (the sixteenth
unseen set's). The question names a life stage (a child, an adult, an older person, a
pregnancy) and the sentence names only others: the sentence states another group's rule.

A closed class of life-stage words, in Korean and English, not a list of topics. A
sentence naming the asked stage too ("성인 10,000원, 어린이 5,000원") or naming none
(a general rule) is left to the other checks; so is one that restricts ("성인만",
"adults only"), which answers a child's question with a no.
"""

from __future__ import annotations

import re

__all__ = ["states_another_life_stage"]

# The Korean words end where a particle or a space follows: "아이" is also the start of
# 아이스크림, 아이디 and 아이폰.
_PARTICLE = r"(?=$|[\s,.?!]|(?:가|는|을|를|한테|에게|도|의|들|용|이|은|랑|와|과)(?![가-힣]))"
_STAGES = {
    "child": re.compile(
        rf"(?<![가-힣])(?:아이|애기|아기|어린이|유아|소아|영아|초등학생){_PARTICLE}"
        r"|(?<![가-힣])애(?:한테|들)"
        r"|\b(?:child(?:ren)?|kids?|bab(?:y|ies)|infants?|toddlers?)\b",
        re.IGNORECASE,
    ),
    "adult": re.compile(
        rf"(?<![가-힣])(?:성인|어른){_PARTICLE}|\badults?\b|\bgrown-?ups?\b", re.IGNORECASE
    ),
    "older": re.compile(
        rf"(?<![가-힣])(?:노인|어르신|고령자){_PARTICLE}|\b(?:elderly|seniors?|older adults?)\b",
        re.IGNORECASE,
    ),
    "pregnant": re.compile(r"임신|임산부|\bpregnan(?:t|cy)\b", re.IGNORECASE),
}
# A sentence restricting a rule to a group answers the others with a no.
_RESTRICTS = re.compile(
    r"(?:성인|어른|어린이|아이)\s*(?:만|전용)|제외|\b(?:only|except|not (?:for|allowed))\b",
    re.IGNORECASE,
)


def _stages(text: str) -> set[str]:
    return {stage for stage, pattern in _STAGES.items() if pattern.search(text)}


def states_another_life_stage(question: str, sentence: str) -> bool:
    """Whether the question names a life stage and the sentence states only others.

    Args:
        question: The user's question.
        sentence: A candidate answer sentence.

    Returns:
        True when both name life stages, none of the question's is in the sentence, and
        the sentence does not restrict its rule to its own group.
    """
    asked = _stages(question)
    if not asked:
        return False
    stated = _stages(sentence)
    if not stated or asked & stated:
        return False
    return _RESTRICTS.search(sentence) is None
