"""A question for the person in a role is answered only by a sentence naming that role.

"Who is the head doctor here?" over an expense policy quoted "Claims above 500,000 won
need the approval of a department head.": the sentence holds a person (a department
head) and the question's word "head", so the person-type check and the topic share both
passed, yet a department head is not a head doctor. A question of the form "who is the
ROLE" ("Who's the community manager?", "원장님이 누구세요?", "담당 간호사가 누구예요?")
names the role whose holder it asks for; every role noun of that phrase ("head" and
"doctor", "담당" and "간호사") must then be a word of the answering sentence, in either
language. Otherwise the sentence names another role and the question is declined.
"""

from __future__ import annotations

import re
from functools import cache
from itertools import pairwise

from tools.rag.crosslingual import equivalents
from tools.rag.textutil import tokenize

__all__ = ["asked_role_words", "misses_asked_role"]

# Off only to show what the rule changes (its tests switch it off).
use_asked_role = True

# Nouns naming a role a person holds (stemmed as the index stems them). Honorifics
# (선생님 after 간호사, 님, 씨) name no role and are not required.
_EN_ROLES = (
    "doctor physician gp nurse matron midwife head chief manager director owner teacher "
    "headteacher headmaster principal instructor tutor coach trainer pharmacist dentist "
    "surgeon vet receptionist supervisor lead leader chair chairman chairperson president "
    "captain chef therapist secretary officer founder conductor ceo administrator "
    "coordinator consultant boss landlord curator librarian"
)
_KO_ROLES = (
    "의사 간호사 수간호사 원장 부원장 병원장 약사 팀장 부장 과장 실장 본부장 센터장 대표 사장 "
    "관장 교장 교감 원감 강사 담임 코치 트레이너 매니저 담당 담당자 책임자 관리자 주치의 "
    "전문의 치료사 상담사 지휘자 창업자 점장 감독 주인"
)


@cache
def _role_stems() -> frozenset[str]:
    """The role nouns as the tokenizer gives them; built on first use, not on import, so
    importing tools.rag does not load Kiwi (the parser worker's address space is capped)."""
    return frozenset(t for w in f"{_EN_ROLES} {_KO_ROLES}".split() for t in tokenize(w))


# "who is the head doctor here", "who's your community manager": the phrase after the
# copula and its article, up to a place or time word or the end of the clause.
_EN_WHO_IS = re.compile(
    r"\bwho(?:'s|\s+is|\s+are|\s+was|\s+were|\s+will\s+be)\s+"
    r"(?:(?:the|your|our|their|my|this|that|a|an)\s+)?"
    r"(?P<phrase>[a-z][a-z'-]*(?:\s+[a-z][a-z'-]*){0,3}?)"
    r"(?=\s+(?:here|there|at|of|in|for|on|today|now|this|that|currently)\b|\s*[?.!,;]|\s*$)",
    re.IGNORECASE,
)
# "담당 간호사가 누구예요?", "원장님 성함이 누구인가요?": up to two words before 누구 as a
# copula's complement (not "누구한테 물어봐요", whom to ask, nor "누구랑").
_KO_WHO_IS = re.compile(
    r"(?P<phrase>(?:[가-힣A-Za-z]+\s+)?[가-힣A-Za-z]+)\s*누구(?!한테|에게|랑|와|하고|를|의|든)"
)


def asked_role_words(question: str) -> list[str]:
    """The role nouns of the role whose holder ``question`` asks for ([] for no such form)."""
    phrases = [m.group("phrase") for m in _EN_WHO_IS.finditer(question)]
    phrases += [m.group("phrase") for m in _KO_WHO_IS.finditer(question)]
    found = [t for phrase in phrases for t in tokenize(phrase) if t in _role_stems()]
    return list(dict.fromkeys(found))


def misses_asked_role(question: str, sentence: str) -> bool:
    """Whether ``sentence`` leaves out a role noun of the role ``question`` asks the holder of.

    Args:
        question: The user's question ("Who is the head doctor here?").
        sentence: A candidate answer sentence.

    Returns:
        True when the question asks who holds a role and some noun of that role (or its
        other-language equivalent) is no word of the sentence: "a department head" is
        not the head doctor asked about.
    """
    if not use_asked_role or not question:
        return False
    roles = asked_role_words(question)
    if not roles:
        return False
    tokens = tokenize(sentence)
    # Kiwi may cut a compound role one way in the question and another in the document.
    held = set(tokens) | {a + b for a, b in pairwise(tokens)}
    return not all(equivalents(role) & held for role in roles)
