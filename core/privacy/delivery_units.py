"""A unit number alone where a parcel is to be left: ``1507호 문 앞에 두고 가 주세요``.

:mod:`core.privacy.apartment_units` reads a unit number (``1203호``) as part of an address
when its building number or a word of home (``우리 집``, ``사는``) comes before it; a room
alone (``302호 진료실``) is a place anyone may visit. A delivery request gives the unit on
its own just as often: ``택배는 1507호 문 앞에``, ``804호 현관 앞에 놔 주세요``. Where the
parcel is left is where the writer lives, and with the courier's area the unit number
narrows it to one door.

Rule: three or four digits and ``호``, with a delivery word (택배, 배송, 배달, 소포, 우편물)
shortly before it, or right after it a door or doorstep (``문 앞``, ``현관``) or leaving
words (``앞에 두``/``놔``/``놓``/``맡겨``). A room someone is told to go to (``302호로 오세요``,
``302호 앞에서 기다리세요``) has none of these.
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.types import Hit

__all__ = ["detect_delivery_unit"]

_UNIT_RE = LazyPattern(r"(?<![0-9-])[1-9][0-9]{2,3}[ \t]?호(?!실|선|기|차|점|수|텔|주|수)")
_DOORSTEP_AFTER_RE = LazyPattern(
    r"(?:에|의)?[ \t]*(?:(?:현관|대문)|문[ \t]?앞|앞에[ \t]?(?:두|놔|놓|맡|넣)|"
    r"(?:으로|로)[ \t]?(?:배송|배달|보내))"
)
_DELIVERY_BEFORE_RE = LazyPattern(r"택배|배송|배달|소포|우편물|퀵")
# How far before the unit number a delivery word may be.
_REACH = 20


def detect_delivery_unit(text: str) -> Iterator[Hit]:
    """Unit numbers with a doorstep after them or a delivery word before (see the module)."""
    if "호" not in text:
        return
    for m in _UNIT_RE.finditer(text):
        doorstep = _DOORSTEP_AFTER_RE.match(text, m.end()) is not None
        delivery = _DELIVERY_BEFORE_RE.search(text, max(0, m.start() - _REACH), m.start())
        if doorstep or delivery is not None:
            yield Hit("address", m.start(), m.end(), 0.7, False)
