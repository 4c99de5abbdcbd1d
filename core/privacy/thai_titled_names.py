"""A Thai name after its title: ``เรียน คุณณัฐวุฒิ ศรีสวัสดิ์``, ``นางสาวพิมพ์ชนก วงศ์ใหญ่``
(redteam37).

Thai writes a person as title + given name + space + family name, the title glued to the
given name (``คุณ`` for anyone, ``นาย`` Mr, ``นาง`` Mrs, ``นางสาว`` Miss, ``ด.ช.``/``ด.ญ.``
for children). Thai has no capitals and no spaces between words, so no other rule sees a
name in it. The shape read here: a title, a run of Thai letters, one space, and a second run
of at least three Thai letters. In Thai prose a space ends a phrase (``คุณช่วยได้ไหม ขอบคุณ``:
"you" + verb), so the shape is read only where Thai is a quoted part of a Korean or English
text (Thai letters are fewer than half of all letters) or after ``เรียน`` ("Dear").
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.types import Hit

__all__ = ["detect_thai_titled_names"]

_THAI = "[\u0e01-\u0e4e]"
_TITLED_RE = LazyPattern(
    r"(?P<dear>เรียน[ \t]*)?(?:คุณ|นางสาว|นาย|นาง|ด\.ช\.|ด\.ญ\.)[ \t]?"
    r"(?P<name>" + _THAI + r"{2,}[ \t]" + _THAI + r"{3,})"
)
_THAI_LETTER_RE = LazyPattern(_THAI)
_CUES = ("คุณ", "นาย", "นาง", "ด.")


def _mostly_thai(text: str) -> bool:
    # Letters only: Thai vowel and tone marks are no letters, as Latin accents are none.
    letters = [ch for ch in text if ch.isalpha()]
    thai = sum(1 for ch in letters if _THAI_LETTER_RE.fullmatch(ch) is not None)
    return thai * 2 >= len(letters)


def detect_thai_titled_names(text: str) -> Iterator[Hit]:
    """Thai names after a title (see the module)."""
    if not any(cue in text for cue in _CUES):
        return
    mostly_thai: bool | None = None
    for m in _TITLED_RE.finditer(text):
        if m.group("dear") is None:
            if mostly_thai is None:
                mostly_thai = _mostly_thai(text)
            if mostly_thai:
                continue
        yield Hit("person_name", m.start("name"), m.end("name"), 0.8, False)
