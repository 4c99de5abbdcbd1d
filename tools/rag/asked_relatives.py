"""Whose event a rule is for: a sentence listing other relatives does not answer for this one.

"형 결혼식이면 경조사 휴가 나와요?" shares 결혼 and 경조사 휴가 with "본인 결혼은 5일, 자녀
결혼은 1일의 경조사 휴가를 받습니다": coverage is high, yet the sentence lists whose
weddings count and a brother's is not among them (the twentieth unseen set's first run
quoted it as the answer). :mod:`tools.rag.scene_words` rightly excuses a relative as the
scene of most questions ("엄마 모시고 가는데 …"); when the sentence itself tells relatives
apart, the asked one is the point. The question names a relative, the sentence names
relatives of other kinds only: it states their rule, not the one asked.

Only a relative's own event makes the relative the point: "형 결혼식이면", "시어머니 상",
"my sister's wedding". "I'm coming with my wife, how long is parking free?" over "Parking
is free for 2 hours; families with children get 3 hours." names a wife as the asker's
company, and the sentence's children are a class, not a list of whose events count; so
the rule needs an event word in the question and at least two kinds in the sentence.

A closed class of kinship words grouped by kind (a son and a 자녀 are one kind, an
older brother and a 형제 another), not a list of topics. A sentence naming no relative
(a general rule) is left to the other checks.
"""

from __future__ import annotations

import re

__all__ = ["names_relative", "names_relative_kind_asked", "states_other_relatives"]

# A word ends where a space, a particle, or the event noun (결혼, 상 as in 부모상) follows;
# "형" must not be the start of 형태 or the end of 성형.
_PARTICLES = r"(?:이랑|이나|나|하고|이|가|은|는|을|를|의|도|네|님|한테|에게|랑|와|과)"
# "외할아버지여도", "할머니면요", "조부모라도" (docthread59): a copula's "even if"/"if" ends it too.
_COPULA = r"(?:여도|이어도|이라도|라도|이면|면|라면|이라면|셔도|시면)"
# 상 takes its particle or copula ("외삼촌 상은?", "고모부상이면요?").
_SANG = r"상(?:이면요?|이라면|이에요|이예요|인데|이|은|는|을|를|의|도)?(?![가-힣])"
_END = rf"(?=$|[^가-힣]|{_PARTICLES}(?![가-힣])|{_COPULA}요?(?![가-힣])|결혼|{_SANG})"
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
        rf"(?<![가-힣])(?:[외친]?할머니|[외친]?할아버지|조부모님?|조부|조모){_END}"
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
    # An uncle or aunt, a cousin, a niece or nephew (turns51: "외삼촌 상은?" after "조부모상은
    # 3일" was answered with the grandparents' rule): relatives no leave rule above names,
    # each its own kind so one's rule never answers for another.
    "uncle-aunt": re.compile(
        rf"(?<![가-힣])(?:외?삼촌|큰아버지|작은아버지|백부|숙부|고모부?|이모부?|외?숙모|큰어머니"
        rf"|작은어머니|큰엄마|작은엄마|큰아빠|작은아빠){_END}|\b(?:uncles?|aunts?|aunties?)\b",
        re.IGNORECASE,
    ),
    "cousin": re.compile(
        rf"(?<![가-힣])(?:외?사촌|고종사촌|이종사촌){_END}|\bcousins?\b", re.IGNORECASE
    ),
    "niece-nephew": re.compile(
        rf"(?<![가-힣])(?:조카|조카딸|질녀){_END}|\b(?:nieces?|nephews?)\b", re.IGNORECASE
    ),
    # Only a sentence says "본인" for the employee's own event; a question's "제가" is no
    # relative to tell apart.
    "self": re.compile(r"(?<![가-힣])본인" + _END + r"|\byour own\b", re.IGNORECASE),
}


# An event a relative owns: a wedding, a funeral, a 60th birthday, a child's first birthday.
# "상" and "돌" are events only right after a kinship word ("부모상", "아들 돌"): alone they
# start 상담 or mean a stone.
_KIN_WORD = (
    r"(?:아들|딸|자녀|자식|엄마|아빠|어머니|아버지|어머님|아버님|부모님?|할머니|할아버지|조부모님?"
    r"|조부|조모|형제자매|형제|자매|남매|형님|형|누나|언니|오빠|동생|남편|아내|와이프|배우자"
    r"|장인|장모님?|시어머니|시아버지|시부모님?|처부모|빙부|빙모|손자|손녀|손주|본인"
    r"|외?삼촌|큰아버지|작은아버지|백부|숙부|고모부?|이모부?|외?숙모|큰어머니|작은어머니"
    r"|큰엄마|작은엄마|큰아빠|작은아빠|외?사촌|고종사촌|이종사촌|조카딸|조카|질녀)"
)
_OWNED_EVENT = re.compile(
    r"결혼|장례|회갑|환갑|칠순|팔순|고희|돌잔치|첫돌|별세|사망|돌아가|부고|경조사|사별|출산"
    rf"|{_KIN_WORD}\s?(?:상|돌)(?=$|[^가-힣]|[을이은는도의]|당|잔치|때)"
    r"|\b(?:weddings?|funerals?|marr(?:y|ies|ied|iage)|deaths?|dies|died|passed\s+away"
    r"|bereavement|birth|pass(?:es|ing)\s+away)\b",
    re.IGNORECASE,
)


def _kinds(text: str) -> set[str]:
    return {kind for kind, pattern in _KINDS.items() if pattern.search(text)}


def names_relative(text: str) -> bool:
    """Whether ``text`` names a relative of any kind ("my son", "아들"), not the asker."""
    return bool(_kinds(text) - {"self"})


def states_other_relatives(question: str, sentence: str) -> bool:
    """Whether the question names a relative and the sentence names only other kinds.

    Args:
        question: The user's question.
        sentence: A candidate answer sentence.

    Returns:
        True when the sentence tells relatives apart and names none of the kind asked.
    """
    asked = _kinds(question) - {"self"}
    if not asked or not _OWNED_EVENT.search(question):
        return False
    stated = _kinds(sentence)
    # "본인" alone is no list of relatives ("대리인은 … 본인 신분증을"): it says whose ID,
    # so another kind must be named beside it; one kind alone ("families with children")
    # is a class of visitor, not a list of whose events count.
    return len(stated) >= 2 and bool(stated - {"self"}) and not (asked & stated)


def names_relative_kind_asked(question: str, sentence: str, event_from: str = "") -> bool:
    """Whether the sentence names the kind of relative whose event the question asks.

    "외할머니 돌아가셔도 똑같아요?" is answered by "조부모상은 3일": a maternal grandmother is a
    grandparent (the kinds above are everyday words grouped by kind, doccond58). Another
    kind ("시어머니", an in-law) is not: its rule is not the grandparents'. ``event_from``
    (the previous question) may hold the event the question leaves unsaid: "외할아버지여도
    같은거죠?" after "조부모 돌아가시면 …" (docthread59).
    """
    asked = _kinds(question) - {"self"}
    if not asked or not (_OWNED_EVENT.search(question) or _OWNED_EVENT.search(event_from)):
        return False
    return bool(asked & _kinds(sentence))
