"""A Korean name typed one syllable at a time with spaces: ``새로 들어온 석 다 인 입니다``,
``제 이름은 탁 서 율``, ``담당 표 하 윤 님`` (redteam31).

The spelled-syllable rule reads syllables with commas or slashes after a name label; people
also space a name out (to stress it, or by habit on a phone keyboard) and end it with a
copula or a title, which no name pattern reads because each syllable stands alone. The
shape: a surname syllable (or a compound surname), then one or two single syllables, each
one space apart, then ``입니다``/``이에요``/``예요``/``이고``/``이라고``/``님``/``씨`` or a name
label before it (``이름은``, ``저는``). Function words that stand alone in everyday Korean
(``거``, ``게``, ``좀``, ``잘``…) never count as a given-name syllable, so "이 거 다 입니다"
stays prose.

OCR of a business card or a form spaces every syllable and puts the name on a line of its own
(``영 업 2 팀 / 과 장 / 도 윤 재``), with no copula or label (redteam32). A line that is
exactly a surname and two spaced syllables counts in a text that is a card or a scan: it
says 명함 or OCR, or carries a contact (an ``@`` or a mobile's ``010``).
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.names import COMPOUND_SURNAMES, KOREAN_SURNAMES
from core.privacy.types import Hit

__all__ = ["detect_spaced_syllable_names_ko"]

_SURNAME = "(?:" + "|".join(COMPOUND_SURNAMES) + "|[" + "".join(KOREAN_SURNAMES) + "])"
_SYLLABLE = r"[가-힣]"
_NAME = _SURNAME + r"(?:[ ]" + _SYLLABLE + r"){1,2}"
_AFTER = r"[ ]?(?:입니다|입니당|이에요|예요|이고|이라고|라고|이요|님|씨)"
_BEFORE = r"(?:이름은|이름이|이름:|성함은|저는|전)[ ]"
_NAME_RE = LazyPattern(
    r"(?<![가-힣])(?:(?P<before>" + _BEFORE + r"))?(?P<name>" + _NAME + r")(?![가-힣])"
    r"(?P<after>" + _AFTER + r")?"
)
_LINE_RE = LazyPattern(r"(?m)^[ \t]*(?P<name>" + _SURNAME + r"(?:[ ]" + _SYLLABLE + r"){2})[ \t]*$")
_CARD_CUES = ("명함", "OCR", "ocr", "@", "010")
_NOT_GIVEN = frozenset("거것게걸뭐왜좀잘못또꼭참딱안더해줘봐요네")
# Particles end a phrase, not a name ("저는 이 일 을 …").
_NOT_LAST = frozenset("을를의에만도는가")


def detect_spaced_syllable_names_ko(text: str) -> Iterator[Hit]:
    """Korean names spaced out syllable by syllable (see the module)."""
    if "\n" in text and any(cue in text for cue in _CARD_CUES):
        for m in _LINE_RE.finditer(text):
            given = m.group("name").split(" ")[1:]
            if not any(s in _NOT_GIVEN or s in _NOT_LAST for s in given):
                yield Hit("person_name", m.start("name"), m.end("name"), 0.75, False)
    if (
        "입니" not in text
        and "이에요" not in text
        and "예요" not in text
        and not any(
            cue in text
            for cue in ("이고", "라고", "이요", "님", "씨", "이름", "성함", "저는", "전 ")
        )
    ):
        return
    for m in _NAME_RE.finditer(text):
        if m.group("before") is None and m.group("after") is None:
            continue
        given = m.group("name").split(" ")[1:]
        if any(s in _NOT_GIVEN for s in given) or given[-1] in _NOT_LAST:
            continue
        yield Hit("person_name", m.start("name"), m.end("name"), 0.75, False)
