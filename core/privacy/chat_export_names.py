"""Speakers in exported chat logs: KakaoTalk's ``[변주하] [오후 3:12] …`` and ``2026년 12월 3일
오후 3:12, 변주하 : …``, WhatsApp's ``12/03/26, 14:02 - Rosalind Featherstonehaugh: …`` and
``[12/03/26, 14:02:11] Name: …`` (redteam32); (blind57p) a line copied time first,
``[오후 3:12] 변주하: …``.

People paste an exported chat to have it summarised. Each line opens with the speaker as
the app saved them: the name in the other person's contact card, most often a full name.
Nothing else in the line marks it as a name (no title, no label), and the Hangul or Latin
name rules need one, so a summary request carried the speakers to the cloud. The export's
own line shape is the label: a bracketed speaker before a bracketed 오전/오후 time, a
dated time then a comma and ``name :``, or WhatsApp's date, time and dash before ``name:``.
The writer's own lines (``나``, ``You``) name no one; a number as the speaker is left to
the phone rules.
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.names import plausible_korean_name
from core.privacy.types import Hit

__all__ = ["detect_chat_export_names"]

_TIME = r"(?:오전|오후|AM|PM|am|pm)[ \t]*[0-9]{1,2}:[0-9]{2}"
# "[변주하] [오후 3:12] 메시지" (KakaoTalk's phone export).
_KAKAO_RE = LazyPattern(r"(?m)^[ \t]*\[(?P<name>[^\[\]\n:]{1,24})\][ \t]*\[" + _TIME + r"\]")
# "2026년 12월 3일 오후 3:12, 변주하 : 메시지", "2026. 12. 3. 오후 3:12, 변주하 : 메시지" (PC).
_KAKAO_DATED_RE = LazyPattern(
    r"(?m)^[ \t]*(?:[0-9]{4}년[ \t]*[0-9]{1,2}월[ \t]*[0-9]{1,2}일|"
    r"[0-9]{4}\.[ \t]*[0-9]{1,2}\.[ \t]*[0-9]{1,2}\.?)[ \t]*" + _TIME + r"[ \t]*,[ \t]*"
    r"(?P<name>[^:\n,]{1,24}?)[ \t]*:[ \t]"
)
# "12/03/26, 14:02 - Name: msg" (Android), "[12/03/26, 14:02:11] Name: msg" (iOS).
_WHATSAPP_RE = LazyPattern(
    r"(?m)^[ \t]*\[?[0-9]{1,4}[/.-][0-9]{1,2}[/.-][0-9]{1,4},?[ \t]+[0-9]{1,2}:[0-9]{2}"
    r"(?::[0-9]{2})?(?:[ \t]*[AaPp]\.?[Mm]\.?)?(?:\][ \t]*|[ \t]+-[ \t]+)"
    r"(?P<name>[^:\n]{1,40}?):[ \t]"
)
# blind57p: "[오후 3:12] 성다온: 메시지", "[2:05 PM] Idris Vane: msg" (a chat copied line by
# line, the time first in brackets, then the speaker and a colon): the line shape, time first.
_BRACKET_TIME_FIRST_RE = LazyPattern(
    r"(?m)^[ \t]*\[(?:" + _TIME + r"|[0-9]{1,2}:[0-9]{2}[ \t]*(?:AM|PM|am|pm))\][ \t]*"
    r"(?P<name>[^:\n\[\]]{1,24}?)[ \t]*:[ \t]"
)
# The writer's own lines and the app's system speakers.
_NOT_SPEAKERS = frozenset(
    {"나", "내", "me", "you", "나(me)", "system", "카카오톡", "kakaotalk", "whatsapp", "meta ai"}
)


_HANGUL_SPEAKER_RE = LazyPattern(r"[가-힣]{2,4}")
_LATIN_SPEAKER_RE = LazyPattern(r"[A-ZÀ-Þ][a-zß-ÿ'’-]+(?:[ \t][A-ZÀ-Þ][a-zß-ÿ'’-]+){0,2}")


def _person_shaped(name: str) -> bool:
    """A speaker read off a time-first line only when it looks like a person's name: a
    Korean name (or a given name alone) or capitalised words; "알림", "공지", "bot" are not."""
    cleaned = name.strip()
    if _HANGUL_SPEAKER_RE.fullmatch(cleaned) is not None:
        if len(cleaned) == 2:
            return plausible_korean_name("김" + cleaned, strong=False)
        return plausible_korean_name(cleaned, strong=False)
    return _LATIN_SPEAKER_RE.fullmatch(cleaned) is not None


def _speaker(name: str) -> bool:
    cleaned = name.strip()
    if not cleaned or cleaned.casefold() in _NOT_SPEAKERS:
        return False
    # A number as the speaker (an unsaved contact) is the phone rules'.
    return any(ch.isalpha() for ch in cleaned)


def detect_chat_export_names(text: str) -> Iterator[Hit]:
    """Speakers at the start of exported chat lines (see the module)."""
    if ":" not in text:
        return
    for pattern in (_KAKAO_RE, _KAKAO_DATED_RE, _WHATSAPP_RE, _BRACKET_TIME_FIRST_RE):
        for m in pattern.finditer(text):
            name = m.group("name")
            if not _speaker(name):
                continue
            if pattern is _BRACKET_TIME_FIRST_RE and not _person_shaped(name):
                continue
            start = m.start("name") + (len(name) - len(name.lstrip()))
            yield Hit("person_name", start, start + len(name.strip()), 0.8, False)
