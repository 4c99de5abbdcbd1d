"""Korean names at work: a surname with a job title, a name in brackets, a real name, @-mentions.

:mod:`core.privacy.names` finds a full name before a title (``박성호 과장님``). Colleagues
are named other ways too:

- a surname joined to a title, or a space between (``이주임이``, ``최 부장님``): in a team
  there is one 이 주임, so it names a person as a full name does. Words that start
  like that without naming anyone are left out: ``주차장``, ``부사장``, ``조사원``,
  ``여사장``, and a spaced ``이``/``전``/``현``/``구``/``신``/``나``/``제``, which are also
  "this", "former", "current", "old", "new", "I", "my" (``이 과장님`` may be "this manager");
- a full name in brackets after a title (``최 부장님(최동욱)``), and after ``본명``/``실명``
  (``뚱이(본명 오하늘)``: the real name behind a nickname);
- a full name before a bare title (``문가온 대리가``); and (blind53p) three syllables between
  a department and a spaced title (``총무팀 계동희 과장 부친상``), whatever the surname;
- an @-mention of a name with an honorific (``@태윤 님께``, ``@김하람님``): chat tools
  write a person's handle that way.
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.names import (
    COMPOUND_SURNAMES,
    KOREAN_NAME_PATTERN,
    KOREAN_SURNAMES,
    plausible_korean_name,
)
from core.privacy.real_name_fact_checks_ko import checks_a_public_real_name_ko
from core.privacy.types import Hit

__all__ = ["detect_titled_names_ko"]

_TITLES = r"과장|부장|차장|팀장|대리|주임|사원|실장|계장|본부장|사장|원장|상무|전무"
_SURNAME = "(?:" + "|".join(COMPOUND_SURNAMES) + "|[" + "".join(KOREAN_SURNAMES) + "])"
# After the title: an honorific, a particle, a bracket or the end of a word.
_AFTER = r"(?=님|께|에게|한테|이|가|은|는|을|를|의|도|만|과|와|랑|[ \t(（.,!?~]|$)"
_SURNAME_TITLE_RE = LazyPattern(
    r"(?<![가-힣])(?P<name>" + _SURNAME + r"(?P<space>[ \t])?(?:" + _TITLES + r"))" + _AFTER
)
# Common words of that shape, and the spaced prefixes that are determiners.
_NOT_NAMES = frozenset({"주차장", "부사장", "조사원", "여사장", "나대리", "사사장"})
_SPACED_NOT_SURNAMES = frozenset(
    {"이", "전", "현", "구", "신", "각", "본", "당", "동", "모", "나", "제", "저"}
)
_BRACKETED_RE = LazyPattern(
    r"(?:" + _TITLES + r")(?:님)?[ \t]?[(（][ \t]*"
    r"(?:(?:본명|실명)[ \t:]*)?" + KOREAN_NAME_PATTERN + r"[ \t]*[)）]"
)
_REAL_NAME_RE = LazyPattern(
    r"(?:본명|실명|진짜[ \t]?이름)(?:은|는|이)?[ \t:]*"
    + KOREAN_NAME_PATTERN
    + r"(?=이에요|예요|입니다|이고|이야|[^가-힣]|$)"
)
# "문가온 대리가": a full name before a bare title (names.py reads the ones with 님).
_FULL_NAME_TITLE_RE = LazyPattern(
    r"(?<![가-힣])" + KOREAN_NAME_PATTERN + r"(?P<gap>[ \t]?)(?P<title>" + _TITLES + r")" + _AFTER
)
# "공영주차장", "지하주차장": a word whose last syllable with the title is a common word
# (주 + 차장) is a place, not a name before a title (unless an honorific follows).
# "연구원장", "요양원장": a two-syllable word + 원 names an institution headed by a 원장.
_INSTITUTIONS = frozenset({"연구", "교육", "연수", "진흥", "평가", "개발", "요양", "심사", "감사"})
# blind53p: three syllables between a department (총무팀, 인사부, 기획실…) and a spaced rank
# ("[부고] 총무팀 계동희 과장 부친상") are a colleague whatever the surname (the surname list
# misses rarer ones: 계, 탁, 편…).
_DEPT_NAME_TITLE_RE = LazyPattern(
    r"(?<![가-힣])[가-힣]{1,6}(?:팀|부|실|과|본부|센터|지점|사업부)[ \t]+(?P<name>[가-힣]{3})[ \t]"
    r"(?P<title>" + _TITLES + r")" + _AFTER
)
_MENTION_RE = LazyPattern(
    r"(?<![A-Za-z0-9._%+-])@(?P<name>[가-힣]{2,4})(?=[ \t]?(?:님|씨|께|에게|한테))"
)


def _surname_titles(text: str) -> Iterator[Hit]:
    for m in _SURNAME_TITLE_RE.finditer(text):
        name = m.group("name")
        surname = name.split()[0] if m.group("space") else ""
        if name in _NOT_NAMES or surname in _SPACED_NOT_SURNAMES:
            continue
        yield Hit("person_name", m.start("name"), m.end("name"), 0.7, False)


def _place_word(name: str, title: str, gap: str) -> bool:
    """Whether ``name`` + ``title`` written together is a place or an institution's head.

    Written apart, or with an honorific after (``이하주차장님``), it names a person.
    """
    if gap:
        return False
    return name[-1] + title in _NOT_NAMES or (title == "원장" and name in _INSTITUTIONS)


def detect_titled_names_ko(text: str) -> Iterator[Hit]:
    """Surnames with titles, bracketed and real names, @-mentions (see the module)."""
    if any(t in text for t in ("장", "대리", "주임", "사원", "상무", "전무")):
        yield from _surname_titles(text)
        for m in _FULL_NAME_TITLE_RE.finditer(text):
            honoured = text.startswith(("님", "께", "에게", "한테"), m.end())
            if not honoured and _place_word(m.group("name"), m.group("title"), m.group("gap")):
                continue
            if plausible_korean_name(m.group("name"), strong=False):
                yield Hit("person_name", m.start("name"), m.end("name"), 0.75, False)
        for m in _DEPT_NAME_TITLE_RE.finditer(text):
            if plausible_korean_name(m.group("name"), strong=False):
                yield Hit("person_name", m.start("name"), m.end("name"), 0.75, False)
    if "(" in text or "（" in text:
        for m in _BRACKETED_RE.finditer(text):
            if plausible_korean_name(m.group("name"), strong=True):
                yield Hit("person_name", m.start("name"), m.end("name"), 0.8, False)
    if "본명" in text or "실명" in text or "진짜" in text:
        for m in _REAL_NAME_RE.finditer(text):
            # "세종대왕 본명이 이도 맞아?": a public person's real name checked (redteam32).
            if checks_a_public_real_name_ko(text, m.end("name")):
                continue
            if plausible_korean_name(m.group("name"), strong=True):
                yield Hit("person_name", m.start("name"), m.end("name"), 0.85, False)
    if "@" in text:
        for m in _MENTION_RE.finditer(text):
            yield Hit("person_name", m.start("name"), m.end("name"), 0.8, False)
