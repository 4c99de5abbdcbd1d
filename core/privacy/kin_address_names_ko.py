"""A Korean name said with the kin word people call each other by: ``윗집 최덕배 아저씨``,
``예슬언니``, ``재훈이형``, ``민호형`` (redteam33).

Koreans address neighbours, friends and older colleagues by a kin word after the name, not
by a title: a full name before ``아저씨``/``아줌마``/``할머니``, a given name glued to
``언니``/``오빠``/``누나``/``형`` (with the endearing ``이`` after a final consonant:
``재훈이형``). The title rule reads ``님``/``씨`` and job titles, the kinship rule a relation
before the name (``사촌 언니 하람이``); here the kin word comes after it, so both passed.

Two forms are read:

- a full name (a listed surname and two syllables, the last no job, shop or place suffix:
  ``경비원``, ``관리인``, ``집주인``, ``편의점``, ``우체국`` are jobs, owners and places) before
  an elder's kin word (``아저씨``, ``아줌마``, ``아주머니``, ``할머니``, ``할아버지``);
- a two-syllable given name (common given-name syllables, judged as the other rules judge
  one) glued to ``언니``/``오빠``/``누나``/``형``/``형님``/``선배``/``쌤``, with ``이`` before
  it only after a final consonant, as speech has it. Words that take these after them
  without naming anyone (``동네언니``, ``대학선배``, ``사촌형``, ``미래형``, ``자유형``) are
  listed out.
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.kinship_names import KINSHIP_WORDS_KO
from core.privacy.names import KOREAN_SURNAMES, plausible_korean_name
from core.privacy.types import Hit

__all__ = ["detect_kin_address_names_ko"]

# After the kin word: a particle, 네 (the household), 님, or no more Hangul.
_AFTER = (
    r"(?=$|[^가-힣]|이가|이는|이랑|이한테|이(?![가-힣])|이[가-힣]?[ \t]|가|는|은|을|를|한테|에게|"
    r"께|의|랑|도|네|님|하고|아|야)"
)
_ELDER_WORDS = ("아저씨", "아줌마", "아주머니", "할머니", "할아버지")
_ELDER_RE = LazyPattern(
    r"(?<![가-힣])(?P<name>[" + "".join(KOREAN_SURNAMES) + r"][가-힣]{2})[ \t]?"
    r"(?:아저씨|아줌마|아주머니|할머니|할아버지)" + _AFTER
)
_GLUED_RE = LazyPattern(
    r"(?<![가-힣])(?P<given>[가-힣]{2})(?P<i>이)?(?:언니|오빠|누나|형님|형|선배|쌤)" + _AFTER
)
# Last syllables of jobs, owners and places, never of a given name before 아저씨.
_NOUN_ENDS = frozenset("원부사인실소장님집네관생객꾼업점상대단기공구국탕간청역")
_PARTICLE_ENDS = frozenset("로엔도만는가을를의랑와과께서에요")
# Words these kin words follow without a name: places and groups one knows someone from,
# ordinals, and nouns that take 형 (a type) after them.
_NOT_GIVEN_TEXT = """
    동네 대학 회사 학교 교회 직장 동아 친구 아는 옆집 윗집 앞집 옆반 학원 사촌 큰집 우리
    친한 같은 다른 옛날 첫째 둘째 셋째 막내 여자 남자 원래 제일 진짜 미래 현재 과거 진행
    완료 자유 주도 성장 도시 가족 체험 참여 맞춤 구독 소통 실전 대화 정착 기본 고급 초보
    신입 고참 직속 군대 과외 헬스 필라 요가 교육 상담 대표 소형 중형 대형 연구 현장 단체
    이번 정말 조카 이웃 오늘 내일 어제 지난 다음 그냥 아까 요즘 저희 그때 이제 아직 항상
    가끔 자주 이상 외향 내향 이성 감성 직관 현실 계란 사각 삼각 유선 전형 선호 모범 리더 노력 천재
"""
_NOT_GIVEN = frozenset(_NOT_GIVEN_TEXT.split()) | KINSHIP_WORDS_KO


def _ends_in_consonant(syllable: str) -> bool:
    return (ord(syllable) - ord("가")) % 28 != 0


def _elder_hits(text: str) -> Iterator[Hit]:
    for m in _ELDER_RE.finditer(text):
        name = m.group("name")
        if name[-1] in _NOUN_ENDS or name[1:] in _NOT_GIVEN or name[:2] in _NOT_GIVEN:
            continue
        # Elders' names use rarer syllables ("덕배", "판석", "말순"): one of the two common
        # in given names is enough ("김" + one syllable passes only then). A word with a
        # particle ("이번엔", "정말로") ends in the particle.
        given = name[1:]
        if given[-1] in _PARTICLE_ENDS or not plausible_korean_name(name, strong=True):
            continue
        if plausible_korean_name("김" + given[0], strong=False) or plausible_korean_name(
            "김" + given[1], strong=False
        ):
            yield Hit("person_name", m.start("name"), m.end("name"), 0.7, False)


def detect_kin_address_names_ko(text: str) -> Iterator[Hit]:
    """Korean names before the kin word they are called by (see the module)."""
    if any(w in text for w in _ELDER_WORDS):
        yield from _elder_hits(text)
    if not any(w in text for w in ("언니", "오빠", "누나", "형", "선배", "쌤")):
        return
    for m in _GLUED_RE.finditer(text):
        given = m.group("given")
        # The endearing 이 follows a final consonant only ("재훈이형", never "민호이형").
        if given in _NOT_GIVEN or (m.group("i") is not None and not _ends_in_consonant(given[1])):
            continue
        if plausible_korean_name("김" + given, strong=False):
            yield Hit("person_name", m.start("given"), m.end("given"), 0.65, False)
