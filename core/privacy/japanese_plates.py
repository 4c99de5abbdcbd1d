"""A Japanese number plate: ``練馬 500 ね 47-19``, ``品川300さ12-34`` (redteam31).

A Japanese plate is the registering office's place name in kanji, a class number of one to
three digits, one hiragana letter and a serial of up to four digits written ``NN-NN`` (or
``・N-NN`` with dots for leading zeros). The single hiragana between the class number and
the serial makes the shape: Japanese prose never puts one kana alone between two numbers.
A plate identifies the car's keeper, like a Korean or a British plate.
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.types import Hit

__all__ = ["detect_japanese_plates"]

_PLATE_RE = LazyPattern(
    r"(?P<plate>[\u4e00-\u9fff]{1,4}[ \t]?[0-9]{1,3}[ \t]?[\u3041-\u3096][ \t]?"
    r"(?:[0-9・.]{1,2}-[0-9]{2}|[0-9]{1,4}))(?![0-9])"
)


_KANA_RE = LazyPattern(r"[\u3041-\u3096]")


def detect_japanese_plates(text: str) -> Iterator[Hit]:
    """Japanese number plates (see the module)."""
    if _KANA_RE.search(text) is None:
        return
    for m in _PLATE_RE.finditer(text):
        yield Hit("vehicle_plate", m.start("plate"), m.end("plate"), 0.85, False)
