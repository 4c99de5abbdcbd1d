"""Speakers of a transcript: ``화자 2 (남궁슬기) 00:31``, ``Speaker 1 (Dana Whitlock)``, and
lines opened by a speaker's name (``염도현: 다음 주 화요일까지 시안 드릴게요``) (redteam36).

Speech-to-text apps (클로바노트, Otter, Teams) label each turn with a numbered speaker and
the name the user assigned it in brackets; a hand-typed 녹취 or 회의록 opens each line with
the speaker's name and a colon. Neither has a title, a particle or a bullet around the name
for the other rules to read. So:

- a name in brackets right after ``화자 N`` / ``Speaker N`` / ``참석자 N`` is a person: a
  Korean name of two to four syllables, or one to three capitalised words;
- a line that opens with a Korean name (three or four syllables passing the name check) and
  a colon is a speaker's when the text has two such lines and either one speaker speaks
  twice or the text says it is a transcript (녹취, 녹음, 회의록, 대화, 통화, 인터뷰,
  받아쓰기, 스크립트). Field labels (``안건:``, ``결정:``) are two syllables or fail the
  name check; a form's one ``성명: …`` line is not two speakers.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.names import plausible_korean_name
from core.privacy.types import Hit

__all__ = ["detect_transcript_speaker_names"]

_NUMBERED_RE = LazyPattern(
    r"(?:화자|참석자|(?i:speaker))[ \t]*[0-9]{1,2}[ \t]*[(（][ \t]*"
    r"(?P<name>[가-힣]{2,4}|[A-Z][A-Za-z'’-]+(?:[ \t]+[A-Z][A-Za-z'’-]+){0,2})[ \t]*[)）]"
)
_LINE_RE = LazyPattern(r"(?m:^)[ \t]*(?P<name>[가-힣]{3,4})[ \t]*[:：][ \t]*\S")
_TRANSCRIPT_WORDS = LazyPattern(r"녹취|녹음|회의록|대화|통화|인터뷰|받아쓰기|스크립트|속기")
_MIN_LINES = 2


def detect_transcript_speaker_names(text: str) -> Iterator[Hit]:
    """Speakers of a transcript's turns (see the module)."""
    if "(" in text or "（" in text:
        for m in _NUMBERED_RE.finditer(text):
            name = m.group("name")
            if name[0].isascii() or plausible_korean_name(name, strong=True):
                yield Hit("person_name", m.start("name"), m.end("name"), 0.85, False)
    if "\n" not in text or (":" not in text and "：" not in text):
        return
    lines = [
        m for m in _LINE_RE.finditer(text) if plausible_korean_name(m.group("name"), strong=False)
    ]
    if len(lines) < _MIN_LINES:
        return
    counts = Counter(m.group("name") for m in lines)
    if max(counts.values()) < _MIN_LINES and _TRANSCRIPT_WORDS.search(text) is None:
        return
    for m in lines:
        yield Hit("person_name", m.start("name"), m.end("name"), 0.8, False)
