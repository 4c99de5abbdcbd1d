"""An apartment's building and unit read aloud in Korean number words: ``백삼동
천이백사호`` is 103동 1204호 (redteam28).

The apartment rules read ``103동 1204호`` in digits. Said aloud (dictation, a voice note,
someone writing as they speak), the same address is ``백삼동 천이백사호``, which no digit
rule sees. Both parts are needed, each a place-value number word and at least one of them
of a hundred or more (``백``/``천`` in it): words ending in 동 or 호 ("이동", "구호", "활동
이후") are not read, and a building and unit together are a home's address.
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.spoken_dates import place_value
from core.privacy.types import Hit

__all__ = ["detect_spoken_apartment_units_ko"]

_D = "[일이삼사오육칠팔구]"
_PLACE_VALUE = rf"(?:(?:{_D}?천)?(?:{_D}?백)?(?:{_D}?십)?{_D}?)"
_UNIT_RE = LazyPattern(rf"(?<![가-힣])(?P<dong>{_PLACE_VALUE})동[ \t]*(?P<ho>{_PLACE_VALUE})호")


def _number(words: str) -> int | None:
    return place_value(words) if words else None


def detect_spoken_apartment_units_ko(text: str) -> Iterator[Hit]:
    """A 동 and 호 both said in place-value words (see the module)."""
    if "동" not in text or "호" not in text:
        return
    for m in _UNIT_RE.finditer(text):
        dong, ho = _number(m.group("dong")), _number(m.group("ho"))
        if dong is None or ho is None or max(dong, ho) < 100:
            continue
        yield Hit("address", m.start(), m.end(), 0.8, False)
