"""Self-introductions in forms the intro rules did not read (redteam40): Russian ``Меня
зовут Ксения Белозёрова`` (and Ukrainian ``Мене звати …``; redteam51: the more common Ukrainian
``Мене звуть …``, ``Мене кличуть …``, ``Моє ім'я …``; Belarusian, Bulgarian and Serbian are
:mod:`core.privacy.self_intros_56p`'s), Chinese ``我叫邵雨桐`` /
``我的名字是…`` in a text with no Hangul, and Gyeongsang dialect's ``…탁무열이라 캅니다``.

Each phrase says "I am called": the words after it are the writer's own name. A Cyrillic name
is one to three capitalised Cyrillic words; a Chinese one two to four Han characters up to the
next punctuation or space; a Korean one a plausible name (a surname first,
:func:`core.privacy.names.plausible_korean_name`) before ``(이)라 캅니다`` / ``카이`` /
``캐요``. A title quoted as a work stays public: ``the novel 我叫刘跃进``, ``《我叫…》`` (a
work's noun or a title bracket just before the phrase).
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.latin_self_intros import is_language_course_text
from core.privacy.names import (
    COMPOUND_SURNAMES,
    KOREAN_SURNAMES,
    plausible_korean_name,
    split_korean_name,
)
from core.privacy.types import Hit

__all__ = ["detect_self_intro_names_more"]

_CYRILLIC_RE = LazyPattern(
    r"(?i:меня[ \t]+зовут|мене[ \t]+зв(?:ати|уть)|мене[ \t]+кличуть|моё[ \t]+имя|мое[ \t]+имя|"
    r"моє[ \t]+ім['’ʼ]я)[ \t]+[-–—:]?[ \t]*"
    # Ukrainian ґ (and ў, ђ ј љ њ ћ џ of names written in them) are outside а-я.
    r"(?P<name>[А-ЯЁІЇЄҐЂЈЉЊЋЏЎ][а-яёіїєґђјљњћџў]+(?:['’-][А-ЯЁІЇЄҐа-яёіїєґ][а-яёіїєґђјљњћџў]+)?"
    r"(?:[ \t]+[А-ЯЁІЇЄҐЂЈЉЊЋЏЎ][а-яёіїєґђјљњћџў]+"
    r"(?:['’-][А-ЯЁІЇЄҐа-яёіїєґ][а-яёіїєґђјљњћџў]+)?){0,2})"
)
_CYRILLIC_CUES = ("зов", "звати", "звуть", "кличуть", "имя", "ім")
_HAN_RE = LazyPattern(
    r"(?:我叫|我的名字(?:是|叫)|本人(?:叫|名叫)|我名叫)[ \t]*(?P<name>[\u4e00-\u9fff]{2,4})"
    r"(?=[，。！；、,.!;\s'\"’”)）]|$)"
)
_KO_RE = LazyPattern(
    r"(?P<name>[가-힣]{2,5})(?:이)?라[ \t]*(?:캅니다|캅니더|캅니더예|카이|카요|캐요|캅미더|"
    r"칸다|한다카이)"
)
# A work's title, not a person introducing themself: "the novel 我叫…", "《我叫…》", "영화 …".
_WORK_BEFORE_RE = LazyPattern(
    r"(?i:\b(?:novel|book|film|movie|song|drama|series|show|title|play|album|poem)s?|小说|电影|"
    r"电视剧|歌曲|书|소설|영화|드라마|노래|책|작품)[ \t]*['\"‘“]?[ \t]*\Z|[《「『〈<]\Z"
)


def _work_title(text: str, start: int) -> bool:
    return _WORK_BEFORE_RE.search(text[max(0, start - 16) : start]) is not None


def _korean_name(raw: str) -> str | None:
    """The name in ``raw`` (``탁무열이`` -> ``탁무열``) when it is a plausible one."""
    candidates = [raw[:-1], raw] if raw.endswith("이") else [raw]
    for candidate in candidates:
        if (
            2 <= len(candidate) <= 4
            and split_korean_name(candidate)[0] in (*KOREAN_SURNAMES, *COMPOUND_SURNAMES)
            and plausible_korean_name(candidate, strong=True)
        ):
            return candidate
    return None


def detect_self_intro_names_more(text: str) -> Iterator[Hit]:
    """Names after Russian, Chinese and Gyeongsang "I am called" (see the module)."""
    lowered = text.lower()
    if any(cue in lowered for cue in _CYRILLIC_CUES):
        # A language course's model sentence ("우크라이나어 교재 예문 'Мене звуть Тарас'") is no
        # one's own introduction (redteam51, as the Latin-script rule already has it).
        course = is_language_course_text(text)
        for m in _CYRILLIC_RE.finditer(text):
            if course:
                break
            yield Hit("person_name", m.start("name"), m.end("name"), 0.8, False)
    if "我" in text or "本人" in text:
        for m in _HAN_RE.finditer(text):
            if not _work_title(text, m.start()):
                yield Hit("person_name", m.start("name"), m.end("name"), 0.8, False)
    if "라" in text:
        for m in _KO_RE.finditer(text):
            name = _korean_name(m.group("name"))
            if name is not None and not _work_title(text, m.start()):
                start = m.start("name")
                yield Hit("person_name", start, start + len(name), 0.8, False)
