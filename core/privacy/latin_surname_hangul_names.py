"""A Korean name written with its family name in Latin letters and its given name in Hangul:
``예약자 pyo 지안``, ``내 이름은 yeom 서아 고`` (redteam32; redteam31 left it open).

People switch keyboards mid-name when a form or a booking shows the family name romanised
(from a passport) and they type the given name in Hangul, or the other way round. The Hangul
rules need a Hangul surname and the romanised-name rules a romanised given name, so the
mixed form passed both. The rule reads a romanisation of a Korean surname (any case), one
space, and one or two Hangul syllables that the given-name syllable lists accept, ending
where a word or a particle ends. Latin words that are English too (``in``, ``so``, ``do``,
``go``, ``an``) and job titles after a surname (``Kim 대리``, ``Lee 선생``) are left out.
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.names import plausible_korean_name
from core.privacy.types import Hit

__all__ = ["detect_latin_surname_hangul_names"]

# Romanised Korean surnames (Revised Romanization and the common older spellings), without
# the ones that are English words too.
_SURNAMES = (
    "kim|gim|lee|yi|rhee|park|pak|bak|choi|choe|jung|jeong|chung|kang|cho|jo|yoon|yun|jang|"
    "chang|lim|han|seo|suh|shin|sin|kwon|gwon|hwang|ahn|song|jeon|jun|hong|yoo|yu|ryu|ko|"
    "moon|mun|yang|son|bae|baek|paek|heo|hur|nam|shim|sim|noh|roh|kwak|gwak|sung|seong|cha|"
    "joo|ju|woo|koo|gu|min|jin|uhm|eom|um|byun|byeon|chae|won|bang|cheon|chun|gong|hyun|"
    "hyeon|ham|yeo|yeom|chu|seok|suk|seon|seol|gil|yeon|wi|pyo|myung|myeong|ban|wang|geum|"
    "ok|yook|yuk|maeng|tak|guk|eun|pyeon|yong|gyeong|bong|bok|mok|hyung|gam|eum|bin|paeng|"
    "namgung|hwangbo|jegal|sagong|seonu|sunwoo|dokgo"
)
# Candidates start on a Latin letter (so the engine skips ahead to letters); the word start
# and the surname list are checked on each.
_NAME_RE = LazyPattern(
    r"(?P<name>(?P<surname>[A-Za-z]{2,8})[ 	](?P<given>[가-힣]{1,2}))"
    r"(?=[ 	.,!?~)\]/]|$|이고|고|이에요|예요|입니다|이야|야|님|씨|이|가|은|는|으로|로|랑|이랑)"
)
_CUE_RE = LazyPattern(r"[A-Za-z][ 	][가-힣]")
_SURNAME_SET = frozenset(_SURNAMES.split("|"))
# Titles and words a romanised surname is written before in Korean text.
_NOT_GIVEN_TEXT = """
선생 대리 과장 부장 차장 사장 팀장 실장 교수 기사 작가 주임 이사 상무 전무 대표 원장 박사
반장 님 씨 군 양 형 언니 누나 오빠 선배 후배 회장 소장 감독 코치 의원 변호 의사
"""
_NOT_GIVEN = frozenset(_NOT_GIVEN_TEXT.split())


# Surnames that are English words too: in lower case ("song 하나 추천해줘", "ban 당했어")
# they are the word; capitalised ("Song 하나") the name.
_ENGLISH_WORDS_TEXT = """
song son ham ban bang won ok moon bin um gong sung chang wang hong han yang bong cha
chu gil mun min jin sin lim cho jo ko gu yu ju woo
"""
_ENGLISH_WORDS = frozenset(_ENGLISH_WORDS_TEXT.split())


def detect_latin_surname_hangul_names(text: str) -> Iterator[Hit]:
    """A romanised family name before a Hangul given name (see the module)."""
    if _CUE_RE.search(text) is None:
        return
    for m in _NAME_RE.finditer(text):
        given, surname = m.group("given"), m.group("surname")
        before = text[m.start() - 1] if m.start() else ""
        if surname.casefold() not in _SURNAME_SET or (before.isalnum() or before in "._@-"):
            continue
        if surname.islower() and surname in _ENGLISH_WORDS:
            continue
        if given in _NOT_GIVEN or not plausible_korean_name("김" + given, strong=False):
            continue
        yield Hit("person_name", m.start("name"), m.end("name"), 0.75, False)
