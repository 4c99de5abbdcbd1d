"""Korean names in four set phrasings that name a person without a title or a field label
(redteam42): a formal document's self-reference ``본인 추다온은 일신상의 사유로…`` (사직서,
위임장, 서약서), a messenger's notification ``금보늬님이 선물과 메시지를 보냈습니다``, a care or
case record's ``환자 서옥분(78)`` (a role, the name, the age in brackets), and a label answered
in a sentence, ``예금주는 변가윤이야``.

Each phrasing fixes where the name stands, so the name needs only a surname first and the
usual two to four syllables (any given-name syllables after the notification and the age tag; the
common given-name syllables after ``본인`` and after a label in a sentence, where
``본인 부담금은`` and ``담당자는 전화로`` read the same way). What stays public:
a form's blank (``본인 ○○○은``), a brand that sends a gift (``스타벅스님이`` has no surname
first), and a public figure's age in the news (no role word before the name).
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.names import COMPOUND_SURNAMES, KOREAN_SURNAMES, plausible_korean_name
from core.privacy.types import Hit

__all__ = ["detect_notice_names_ko"]

_SURNAME = "(?:" + "|".join(COMPOUND_SURNAMES) + "|[" + "".join(KOREAN_SURNAMES) + "])"
_NAME = r"(?P<name>" + _SURNAME + r"[가-힣]{1,2})"
# "본인 추다온은 …", "본인 추다온(인)": the writer of a formal document naming themself.
_SELF_RE = LazyPattern(
    r"(?<![가-힣])본인[ \t]+" + _NAME + r"(?=은|는|이|가|[ \t]*\(인\)|[ \t]*[,(])"
)
# "금보늬님이 선물과 메시지를 보냈습니다", "…님이 송금했어요", "…님이 초대했습니다".
_NOTICE_RE = LazyPattern(
    _NAME + r"[ \t]?님이[ \t]+(?:[가-힣]{1,6}(?:과|와|을|를|으로|로)?[ \t]+){0,3}"
    r"(?:보냈|보내셨|송금했|송금하셨|초대했|초대하셨|선물했|선물하셨)"
)
# "환자 서옥분(78)", "어르신 탁말자(81세)", "원아 봉하린(만 5세, 여)".
_ROLES = r"환자|환아|보호자|어르신|수급자|대상자|이용자|입소자|원아|아동|학생|피보험자|고객|입원자"
_AGE_TAG_RE = LazyPattern(
    r"(?:" + _ROLES + r")[ \t]+" + _NAME
    + r"[ \t]?\((?:만[ \t]?)?\d{1,3}(?:세)?(?:[ \t]*[,/][ \t]*(?:남|여|M|F))?\)"
)  # fmt: skip
# "예금주는 변가윤이야": a field label as the topic, the name as what it is.
_LABELS = (
    r"예금주|수취인|받는[ \t]?분|보내는[ \t]?분|신청인|보호자|담당자|집주인|임대인|세입자|임차인"
)
_TOPIC_RE = LazyPattern(
    r"(?:" + _LABELS + r")(?:은|는|이|가)[ \t]+" + _NAME
    + r"(?=이야|야|입니다|이에요|예요|이고|이며|이래|래|님|씨|으로|로)"
)  # fmt: skip
_CUES = ("본인", "님이", "(", "는 ", "은 ", "이 ", "가 ")


def _hits(pattern: LazyPattern, text: str, *, strong: bool) -> Iterator[Hit]:
    for m in pattern.finditer(text):
        name = m.group("name")
        end = m.end("name")
        if len(name) < 3 and pattern is not _NOTICE_RE:
            continue
        if plausible_korean_name(name, strong=strong):
            yield Hit("person_name", m.start("name"), end, 0.85, False)


def detect_notice_names_ko(text: str) -> Iterator[Hit]:
    """Names after 본인, before 님이 …보냈습니다, in 환자 …(78) and 예금주는 …이야."""
    if not any(cue in text for cue in _CUES):
        return
    if "본인" in text:
        yield from _hits(_SELF_RE, text, strong=False)
    if "님이" in text:
        yield from _hits(_NOTICE_RE, text, strong=True)
    if "(" in text:
        yield from _hits(_AGE_TAG_RE, text, strong=True)
    yield from _hits(_TOPIC_RE, text, strong=False)
