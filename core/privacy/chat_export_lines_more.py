"""Speakers in two more chat exports: Telegram's copied ``Lukas Brandvold, [03.12.26 21:14]``
headers and LINE's tab-separated ``21:14<TAB>하시온<TAB>메시지`` lines (redteam38).

:mod:`core.privacy.chat_export_names` reads KakaoTalk's and WhatsApp's line shapes. Telegram
Desktop copies each message under a header line, the sender's saved name, a comma and the
bracketed date and time; LINE's ``.txt`` export writes a time, a tab, the sender and a tab
before each message. As there, the line's shape is the label. A tab-separated time and word
is also a timetable's row (``09:00<TAB>Standup<TAB>Room 2``), so LINE lines count only when
two or more of them read as people (a Korean name, or one to three capitalised words) and
the writer's own lines (``나``, ``Me``) name no one.
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.names import plausible_korean_name
from core.privacy.person_shaped import latin_person_words
from core.privacy.types import Hit

__all__ = ["detect_chat_export_lines_more"]

_TELEGRAM_RE = LazyPattern(
    r"(?m)^[ \t]*(?P<name>[^\n,\[\]:0-9]{2,40}?),[ \t]*\[[0-9]{1,2}[./][0-9]{1,2}[./][0-9]{2,4}"
    r"[ \t]+[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?(?:[ \t]*[AaPp][Mm])?\]"
)
_LINE_RE = LazyPattern(
    r"(?m)^[ \t]*(?:(?:오전|오후|AM|PM)[ \t]*)?[0-9]{1,2}:[0-9]{2}\t(?P<name>[^\t\n]{1,30})\t\S"
)
_NOT_SPEAKERS = frozenset({"나", "me", "you", "나(me)", "system", "line"})


def _person(name: str) -> bool:
    cleaned = name.strip()
    if not cleaned or cleaned.casefold() in _NOT_SPEAKERS:
        return False
    if all("가" <= ch <= "힣" for ch in cleaned):
        return 2 <= len(cleaned) <= 4 and plausible_korean_name(cleaned, strong=False)
    return latin_person_words(cleaned.split()[:4]) and len(cleaned.split()) <= 3


def detect_chat_export_lines_more(text: str) -> Iterator[Hit]:
    """Senders in Telegram's copied headers and LINE's export lines (see the module)."""
    if "[" in text:
        for m in _TELEGRAM_RE.finditer(text):
            if _person(m.group("name")):
                yield Hit("person_name", m.start("name"), m.end("name"), 0.8, False)
    if "\t" in text:
        speakers = [m for m in _LINE_RE.finditer(text) if _person(m.group("name"))]
        if len(speakers) >= 2:
            for m in speakers:
                yield Hit("person_name", m.start("name"), m.end("name"), 0.75, False)
