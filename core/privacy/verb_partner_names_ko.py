"""A Korean full name as the one a message goes to or a talk was with: ``이 회의록
편채원한테 보내줘``, ``아까 변소율씨랑 통화했는데``, ``나은서에게 전달 부탁해`` (redteam34).

The title rules read a name before ``님``/``씨`` and a particle that ends a noun phrase
(``께``, ``의``, ``가``…), the label rules a name after ``성명``/``환자``. A name glued to
the particle of a recipient or a partner (``한테``/``에게``/``께``, ``랑``/``이랑``/``하고``),
with or without ``씨``/``님`` before it, had neither, so a request to send something to a
colleague went out with the colleague's name. The particle alone is not enough (``친구한테``,
``누구랑``), so the rule reads it only when:

- the word before it is a full name: a listed surname (or a two-syllable one) and two
  given-name syllables, judged as the other rules judge one (``김치랑`` and ``동생한테`` are
  not names), standing as its own word;
- a verb of passing on or of talking follows within a few words (``보내``, ``전달``,
  ``전해``, ``말해``, ``물어``, ``연락``, ``통화``, ``전화``, ``문자``, ``카톡``, ``얘기``,
  ``부탁``, ``알려``, ``답장``, ``공유``, ``만나``, ``상의``; blind53p: a meeting said as a noun
  or a plan, ``만남``, ``데이트``, ``약속``, ``점심``, ``여행``): what makes the name a person
  someone deals with.

(blind54p) The other way round too: a full name as the subject (``가``/``이``/``는``/``도``)
right before the writer as its object or recipient (``나한테``, ``저에게``, ``날``, ``저를``):
``반서후가 나한테 돈 빌려달라고 했는데`` is someone acting on the writer, a person the writer
knows.

A public figure addressed (``봉준호 감독한테 팬레터``) has a title between the name and the
particle and is not read here; a work's character in a writer-free question is left alone.
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.names import COMPOUND_SURNAMES, KOREAN_SURNAMES, plausible_korean_name
from core.privacy.types import Hit
from core.privacy.work_characters import asks_about_a_works_people

__all__ = ["detect_verb_partner_names_ko"]

_SURNAME = "(?:" + "|".join(COMPOUND_SURNAMES) + "|[" + "".join(KOREAN_SURNAMES) + "])"
# The particle of a recipient or a partner, with an honorific before it.
_PARTICLE_RE = LazyPattern(r"(?:[ \t]?(?:씨|님))?(?:한테|에게|께|이랑|랑|하고)")
_NAME_BEFORE_RE = LazyPattern(r"(?P<name>" + _SURNAME + r"[가-힣]{2})\Z")
# A verb of passing on or of talking, a few words on.
_VERB_RE = LazyPattern(
    r"보내|보냈|전달|전해|말해|말했|물어|연락|통화|전화|문자|카톡|얘기|이야기|부탁|알려|답장|"
    r"공유|만나|만났|상의|회의|미팅|"
    # blind53p: a meeting said as a noun or a plan ("구나연이랑 두 번째 만남인데", "…이랑
    # 데이트", "…하고 점심 약속").
    r"만남|만날|데이트|약속|식사|점심|저녁|여행|놀러"
)
_CUES = ("한테", "에게", "께", "랑", "하고")
# blind54p: a full name as the subject, the writer as its object or recipient next.
_SUBJECT_TO_WRITER_RE = LazyPattern(
    r"(?P<name>" + _SURNAME + r"[가-힣]{2})(?:가|이|는|도)[ \t]+"
    r"(?:자꾸[ \t]+|또[ \t]+|갑자기[ \t]+|어제[ \t]+|오늘[ \t]+)?"
    r"(?:나한테|저한테|나에게|저에게|내게|제게|날|나를|저를|우리한테|저희한테|우리에게|저희에게)"
    r"(?![가-힣])"
)
_WRITER_CUES = (
    "나한테",
    "저한테",
    "나에게",
    "저에게",
    "내게",
    "제게",
    "날",
    "나를",
    "저를",
    "한테",
    "에게",
)
# A surname and a title ("정대리한테"): a person too, but the title rule's to read.
_TITLES_TEXT = """
    대리 과장 부장 차장 팀장 주임 사원 실장 계장 사장 원장 상무 전무
    기사 선생 교수 작가 감독 기자
"""
_TITLES = frozenset(_TITLES_TEXT.split())
# How far the verb may stand from the particle: "편채원한테 금요일까지 검토 부탁한다고".
_VERB_REACH = 24


def _free_before(text: str, i: int) -> bool:
    return i == 0 or not ("가" <= text[i - 1] <= "힣" or text[i - 1].isalnum())


def detect_verb_partner_names_ko(text: str) -> Iterator[Hit]:
    """Full names glued to a recipient's or partner's particle before a verb (see module)."""
    if any(cue in text for cue in _WRITER_CUES):
        yield from _subjects_to_writer(text)
    if not any(cue in text for cue in _CUES) or _VERB_RE.search(text) is None:
        return
    for p in _PARTICLE_RE.finditer(text):
        m = _NAME_BEFORE_RE.search(text, max(0, p.start() - 4), p.start())
        if m is None or not _free_before(text, m.start()):
            continue
        if _VERB_RE.search(text, p.end(), p.end() + _VERB_REACH) is None:
            continue
        name = m.group("name")
        if name[-2:] in _TITLES or not plausible_korean_name(name, strong=False):
            continue
        if asks_about_a_works_people(text):
            continue
        yield Hit("person_name", m.start("name"), m.end("name"), 0.7, False)


def _subjects_to_writer(text: str) -> Iterator[Hit]:
    """Full names acting on the writer: ``반서후가 나한테 …`` (blind54p)."""
    for m in _SUBJECT_TO_WRITER_RE.finditer(text):
        name = m.group("name")
        if not _free_before(text, m.start()) or name[-2:] in _TITLES:
            continue
        if not plausible_korean_name(name, strong=False) or asks_about_a_works_people(text):
            continue
        yield Hit("person_name", m.start("name"), m.end("name"), 0.7, False)
