"""A Japanese form's reading and birth-date fields (redteam40): ``フリガナ: ハン ジフン`` and
``生年月日: 1991年7月26日``.

Japanese forms ask for the name twice, in its script (``氏名``, read by
:mod:`core.privacy.han_name_labels`) and in katakana under ``フリガナ`` / ``ふりがな`` /
``カナ`` / ``氏名（カナ）``; the reading is the same person's name. ``生年月日`` (date of
birth) labels the holder's birth date, written ``1991年7月26日``, ``1991/07/26`` or with an era
(``平成3年7月26日``). A label with nothing after it (an empty form) names no one.
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.types import Hit

__all__ = ["detect_japanese_form_fields"]

_READING_RE = LazyPattern(
    r"(?:フリガナ|ふりがな|氏名[（(]?カナ[）)]?|カナ氏名|セイメイ)[ \t]*[:：]?[ \t]*"
    r"(?P<name>[ァ-ヺー]{1,12}(?:[ \t\u3000・][ァ-ヺー]{1,12}){0,2})"
)
_BIRTH_RE = LazyPattern(
    r"(?:生年月日|誕生日)[ \t]*[:：]?[ \t]*(?P<date>(?:(?:19|20)\d{2}|(?:昭和|平成|令和)\d{1,2})"
    r"(?:年\d{1,2}月\d{1,2}日|[/.\-]\d{1,2}[/.\-]\d{1,2}))"
)


def detect_japanese_form_fields(text: str) -> Iterator[Hit]:
    """Katakana readings and birth dates under a Japanese form's labels (see the module)."""
    if "ガナ" in text or "カナ" in text or "ふりがな" in text or "セイメイ" in text:
        for m in _READING_RE.finditer(text):
            yield Hit("person_name", m.start("name"), m.end("name"), 0.8, False)
    if "生年月日" in text or "誕生日" in text:
        for m in _BIRTH_RE.finditer(text):
            yield Hit("birth_date", m.start("date"), m.end("date"), 0.8, False)
