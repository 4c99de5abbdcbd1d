"""A name in Arabic script after a title: ``السيد خالد العتيبي``, ``الدكتورة ليلى``
(redteam38).

Messages from landlords, clients and colleagues in the Gulf and the Levant open with the
addressee's title (السيد Mr, السيدة Mrs, الآنسة Miss, الأستاذ, الدكتور, عزيزي Dear…) and name,
and people paste them to have them translated. Arabic script has no capitals and no
Hangul, so no other name rule sees it. After a title, one to three Arabic words are read as
the name; the first may not open with the article ال (a family name does, ``العتيبي``, a
given name does not: ``السيد الرئيس`` is "Mr President", an office). A name without a
title (``نجيب محفوظ``, an author asked about) is left alone.
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.types import Hit

__all__ = ["detect_arabic_titled_names"]

_TITLES = (
    r"السيدة|السيد|الآنسة|الانسة|الأستاذة|الأستاذ|الاستاذة|الاستاذ|الدكتورة|الدكتور|"
    r"المهندسة|المهندس|عزيزتي|عزيزي|الأخت|الأخ"
)
_WORD = r"[\u0621-\u064A\u0671-\u06D3]{2,}"
_NAME_RE = LazyPattern(
    r"(?<![\u0621-\u064A])(?:" + _TITLES + r")[ \t]+"
    r"(?P<name>(?!ال)" + _WORD + r"(?:[ \t]+" + _WORD + r"){0,2})"
)


def detect_arabic_titled_names(text: str) -> Iterator[Hit]:
    """Arabic-script names after a title of address (see the module)."""
    if not any("\u0621" <= ch <= "\u064a" for ch in text):
        return
    for m in _NAME_RE.finditer(text):
        yield Hit("person_name", m.start("name"), m.end("name"), 0.8, False)
