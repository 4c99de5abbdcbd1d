"""Whose event a rule is for: a sentence listing other relatives does not answer for this one.

"형 결혼식이면 경조사 휴가 나와요?" shares 결혼 and 경조사 휴가 with "본인 결혼은 5일, 자녀
결혼은 1일의 경조사 휴가를 받습니다": coverage is high, yet the sentence lists whose
weddings count and a brother's is not among them (the twentieth unseen set's first run
quoted it as the answer). :mod:`tools.rag.scene_words` rightly excuses a relative as the
scene of most questions ("엄마 모시고 가는데 …"); when the sentence itself tells relatives
apart, the asked one is the point. The question names a relative, the sentence names
relatives of other kinds only: it states their rule, not the one asked.

A closed class of kinship words grouped by kind (a son and a 자녀 are one kind, an
older brother and a 형제 another), not a list of topics. A sentence naming no relative
(a general rule) is left to the other checks.
"""

from __future__ import annotations

import re

__all__ = ["states_other_relatives"]

# A word ends where a space, a particle, or the event noun (결혼, 상 as in 부모상) follows;
# "형" must not be the start of 형태 or the end of 성형.
_PARTICLES = r"(?:이나|나|하고|이|가|은|는|을|를|의|도|네|님|한테|에게|랑|와|과)"
_END = rf"(?=$|[^가-힣]|{_PARTICLES}(?![가-힣])|결혼|상(?:이|은|는|을|를|의|도)?(?![가-힣]))"
_KINDS: dict[str, re.Pattern[str]] = {
    "child": re.compile(
        rf"(?<![가-힣])(?:아들|딸|자녀|자식){_END}|\b(?:sons?|daughters?|child(?:ren)?)\b",
        re.IGNORECASE,
    ),
    "parent": re.compile(
        rf"(?<![가-힣])(?:엄마|아빠|어머니|아버지|어머님|아버님|부모님?){_END}"
        r"|\b(?:mom|mum|mother|dad|father|parents?)\b(?!-in-law)",
        re.IGNORECASE,
    ),
    "grandparent": re.compile(
        rf"(?<![가-힣])(?:외?할머니|외?할아버지|조부모님?|조부|조모){_END}"
        r"|\b(?:grand(?:ma|pa|mother|father|parents?)|granny)\b",
        re.IGNORECASE,
    ),
    "sibling": re.compile(
        rf"(?<![가-힣])(?:형제자매|형제|자매|남매|형님|형|누나|언니|오빠|동생){_END}"
        r"|\b(?:brothers?|sisters?|siblings?)\b(?!-in-law)",
        re.IGNORECASE,
    ),
    "spouse": re.compile(
        rf"(?<![가-힣])(?:남편|아내|와이프|배우자){_END}|\b(?:husband|wife|spouse)\b",
        re.IGNORECASE,
    ),
    "in-law": re.compile(
        rf"(?<![가-힣])(?:장인(?:어른)?|장모님?|시어머니|시아버지|시부모님?|처부모|빙부|빙모){_END}"
        r"|배우자의?\s*부모|\b(?:\w+-in-law|in-laws)\b",
        re.IGNORECASE,
    ),
    "grandchild": re.compile(
        rf"(?<![가-힣])(?:손자|손녀|손주){_END}|\bgrand(?:son|daughter|child(?:ren)?)s?\b",
        re.IGNORECASE,
    ),
    # Only a sentence says "본인" for the employee's own event; a question's "제가" is no
    # relative to tell apart.
    "self": re.compile(r"(?<![가-힣])본인" + _END + r"|\byour own\b", re.IGNORECASE),
}


def _kinds(text: str) -> set[str]:
    return {kind for kind, pattern in _KINDS.items() if pattern.search(text)}


def states_other_relatives(question: str, sentence: str) -> bool:
    """Whether the question names a relative and the sentence names only other kinds.

    Args:
        question: The user's question.
        sentence: A candidate answer sentence.

    Returns:
        True when the sentence tells relatives apart and names none of the kind asked.
    """
    asked = _kinds(question) - {"self"}
    if not asked:
        return False
    stated = _kinds(sentence)
    # "본인" alone is no list of relatives ("대리인은 … 본인 신분증을"): it says whose ID,
    # so another kind must be named beside it.
    return bool(stated - {"self"}) and not (asked & stated)
