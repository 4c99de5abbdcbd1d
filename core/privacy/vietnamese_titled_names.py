"""A Vietnamese name in its own script after a Vietnamese title: ``chị Nguyễn Thị Thu Hương``,
``anh Trần Đức Minh`` (redteam38).

:mod:`core.privacy.vietnamese_names_ko` reads Vietnamese names transcribed into Hangul.
Colleagues write them in Vietnamese spelling too, with the pronoun of address Vietnamese
puts before a name (chị, anh, em, cô, chú, bác, ông, bà). The Latin name rules need listed
English names and miss these. After such a title in lower case, two to five capitalised
words of which at least one carries a letter only Vietnamese uses (ư, ơ, đ, ạ, ễ, ị…) are
read as a name. A public figure written without a title (``Võ Nguyên Giáp 장군``) is left
alone, and ``Em Watson`` has no Vietnamese letter.
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.types import Hit

__all__ = ["detect_vietnamese_titled_names"]

_VI_UPPER = "A-ZÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝĂĐĨŨƠƯẠ-ỹ"
_VI_LOWER = "a-zàáâãèéêìíòóôõùúýăđĩũơưạ-ỹ"
_WORD = r"[" + _VI_UPPER + r"][" + _VI_LOWER + r"]*"
_NAME_RE = LazyPattern(
    r"(?<![A-Za-zÀ-ỹ])(?:chị|anh|em|cô|chú|bác|ông|bà)[ \t]+"
    r"(?P<name>" + _WORD + r"(?:[ \t]+" + _WORD + r"){1,4})"
)
# Letters of Vietnamese spelling that neither English nor the other Latin languages use.
_VI_ONLY = frozenset("ăđĐơƠưƯ") | frozenset(chr(c) for c in range(0x1EA0, 0x1EFA))


def detect_vietnamese_titled_names(text: str) -> Iterator[Hit]:
    """Vietnamese-spelt names after a Vietnamese title of address (see the module)."""
    for m in _NAME_RE.finditer(text):
        if any(ch in _VI_ONLY for ch in m.group("name")):
            yield Hit("person_name", m.start("name"), m.end("name"), 0.8, False)
