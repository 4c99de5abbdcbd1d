"""A home address in Vietnam (redteam43): ``Số 17 ngõ 68 Trần Quang Diệu, phòng 502, Đống
Đa, Hà Nội`` on a delivery note, ``42/7 hẻm 15 Lê Văn Sỹ`` in Ho Chi Minh City.

The street rules read English and Korean street words; a Vietnamese address names a house
number (``Số 17``, ``42/7``), often a lane (``ngõ``, ``ngách``, ``hẻm``, ``kiệt``) and a street
named after a person in capitalised words with tone marks. A street address alone may be a
landmark's or an office's (``Số 2 Hùng Vương, Ba Đình`` is the Ho Chi Minh Mausoleum), so it
is read as a home only with what a home has: a lane number (a residential alley), a flat or
room (``phòng 502``, ``căn hộ``), a recipient (``người nhận``) or the writer calling it their
own (``my flat``, ``nhà tôi``, ``우리 집``).
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.types import Hit

__all__ = ["detect_vietnamese_home_addresses"]

# A Vietnamese capitalised word (tone marks and đ included).
_VI_WORD = r"[A-ZÀ-ỹĐ][a-zà-ỹđ]+"
_STREET_RE = LazyPattern(
    r"(?<![\w/])(?P<street>(?:[Ss]ố[ \t]+)?[0-9]{1,4}[A-Za-z]?(?:/[0-9]{1,4}[A-Za-z]?){0,2}"
    r"(?P<lane>(?:[ \t]+(?:ngõ|ngách|hẻm|kiệt|Ngõ|Ngách|Hẻm|Kiệt)[ \t]+[0-9]{1,4}[A-Za-z]?"
    r"(?:/[0-9]{1,4})?)*)"
    r"(?:[ \t]+(?:phố|đường|Phố|Đường))?[ \t]+" + _VI_WORD + r"(?:[ \t]+" + _VI_WORD + r"){0,3})"
)
_ROOM_RE = LazyPattern(r"(?i:phòng|căn[ \t]+hộ|tầng)[ \t]+[0-9]{1,4}[A-Za-z]?")
_HOME_RE = LazyPattern(
    r"(?i:\bmy[ \t]+(?:flat|apartment|place|home|house|room)|\bour[ \t]+(?:flat|apartment|"
    r"place|home|house)|người[ \t]+nhận|nhà[ \t]+(?:tôi|mình|em))|"
    r"우리[ \t]?집|내[ \t]?집|저희[ \t]?집"
)
# Only a Vietnamese text has these letters; most texts skip the patterns on this check.
_VI_CUE = LazyPattern(r"[ăâđêôơưĂÂĐÊÔƠƯạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]")


def detect_vietnamese_home_addresses(text: str) -> Iterator[Hit]:
    """Vietnamese street addresses that a lane, a room or an owner makes a home's."""
    if _VI_CUE.search(text) is None:
        return
    streets = list(_STREET_RE.finditer(text))
    if not streets:
        return
    rooms = list(_ROOM_RE.finditer(text))
    owned = _HOME_RE.search(text) is not None
    for m in streets:
        if m.group("lane") or rooms or owned:
            yield Hit("address", m.start("street"), m.end("street"), 0.8, False)
    if any(m.group("lane") for m in streets) or owned:
        for r in rooms:
            yield Hit("address", r.start(), r.end(), 0.75, False)
