"""Homes written in forms the address rules did not read (redteam49).

- A villa or small apartment building whose blocks are lettered, not numbered: ``은하빌라
  나동 203호``, ``한빛맨션 B동 302호``. :mod:`core.privacy.apartment_units` reads numbered
  blocks (``107동``); small buildings letter theirs (가동, 나동, A동). The building's name ends
  in a word of housing (빌라, 맨션, 연립, 아파트, 하이츠, 빌, 주택, 오피스텔) and a unit number
  follows the lettered block: together they are one home.
- A Polish flat: ``ul. Długa 14 m. 7``, ``al. Jana Pawła II 22/15``, ``os. Tysiąclecia 9 lok.
  3``. The street prefix (ul., al., pl., os.), a house number and the flat's own number (after
  ``m.``, ``lok.`` or a slash) make it a home's; a museum's ``ul. Okólnik 1`` has no flat.
- (redteam50) A Korean apartment's 동 and 호 written in English order for a parcel from abroad:
  ``Unit 1502, Building 103, Hillstate Apartments``, ``Apt 904, Bldg 107``, ``Building 12,
  Room 1204, … Villa``. A unit and a building number side by side are one home's; an office's
  ``Room 1204, Building 108`` is told apart by a housing word (Apartments, Villa, Heights,
  officetel, -dong…) that "Unit"/"Room" need within the next words ("Apt"/"Flat" say it
  themselves).
- (redteam51) A road-name address without its city or district: ``판교역로235번길 12-3 402호``,
  ``중앙로 48번길 7``. A numbered side road (``…로 N번길``, ``…길 N번길``) exists only in road-name
  addresses, so the side road and a building number after it are an address's; a unit
  (``402호``) right after it is read with it. A bare ``…로 12`` is left to the full address
  rule, which asks for a city or a district (``종로 5가`` is a place to meet).
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.types import Hit

__all__ = ["detect_addresses_57p"]

_LETTERED_BLOCK_RE = LazyPattern(
    r"(?<![가-힣A-Za-z0-9])(?P<addr>[가-힣A-Za-z0-9]{1,10}"
    r"(?:빌라|맨션|연립|아파트|하이츠|빌|주택|오피스텔)[ \t]?"
    r"(?:[가나다라마바사아자차카타파하]|[A-H])[ \t]?동[ \t]?[1-9][0-9]{0,3}[ \t]?호)"
    r"(?!실|선|기|차|점|수)"
)
_SIDE_ROAD_RE = LazyPattern(
    r"(?<![가-힣A-Za-z0-9])(?P<addr>[가-힣]{1,10}(?:로|길)[ \t]?[1-9][0-9]{0,3}번길[ \t]*"
    r"[1-9][0-9]{0,4}(?:-[1-9][0-9]{0,3})?"
    # A count or a time after the number is a quantity ("570번길 3 명이"), not a building.
    r"(?![0-9]|[ \t]?(?:개|명|원|건|%|년|월|일|시|분|초|세|회|번|km|m\b))"
    r"(?:[ \t]*,?[ \t]*[1-9][0-9]{1,4}[ \t]?호)?)"
)
_POLISH_WORD = r"(?:[A-ZĄĆĘŁŃÓŚŹŻ][a-ząćęłńóśźż]+|[IVX]{1,4}|\d{1,2}-go)"
_POLISH_FLAT_RE = LazyPattern(
    r"(?<![A-Za-z])(?P<addr>(?:ul|al|pl|os)\.[ \t]*"
    + _POLISH_WORD
    + r"(?:[ \t]+"
    + _POLISH_WORD
    + r"){0,3}[ \t]+\d{1,4}[A-Za-z]?(?:[ \t]*/[ \t]*|[ \t]+(?:m\.|lok\.|m)[ \t]*)\d{1,4}[A-Za-z]?)"
    r"(?![\d/])"
)


_UNIT = r"(?:Unit|Apt\.?|Apartment|Flat|Room|Rm\.?|Ho)[ \t]*(?:No\.?[ \t]*)?#?[1-9][0-9]{1,4}"
_BLOCK = r"(?:Building|Bldg\.?|Block|Dong)[ \t]*(?:No\.?[ \t]*)?#?[1-9][0-9]{0,3}"
_UNIT_BLOCK_RE = LazyPattern(
    r"(?<![A-Za-z])(?P<addr>"
    + _UNIT
    + r",?[ \t]+"
    + _BLOCK
    + r"|"
    + _BLOCK
    + r",?[ \t]+"
    + _UNIT
    + r")(?![0-9])"
)
_SAYS_HOME = LazyPattern(r"\b(?:Apt|Apartment|Flat)\b")
_HOUSING_AFTER = LazyPattern(
    r"[^.?!\n]{0,60}?(?i:apartments?|apts?\b|villa|mansion|heights|officetel|residence|"
    r"-dong\b|-gu\b)"
)


def _unit_blocks(text: str) -> Iterator[Hit]:
    for m in _UNIT_BLOCK_RE.finditer(text):
        if _SAYS_HOME.search(m.group("addr")) is not None or _HOUSING_AFTER.match(text, m.end()):
            yield Hit("address", m.start("addr"), m.end("addr"), 0.8, False)


def detect_addresses_57p(text: str) -> Iterator[Hit]:
    """A lettered block and its unit in a villa; a Polish street address with its flat; a
    numbered side road's address (see the module)."""
    if "동" in text and "호" in text:
        for m in _LETTERED_BLOCK_RE.finditer(text):
            yield Hit("address", m.start("addr"), m.end("addr"), 0.8, False)
    if "번길" in text:
        for m in _SIDE_ROAD_RE.finditer(text):
            yield Hit("address", m.start("addr"), m.end("addr"), 0.8, False)
    if "." in text:
        for m in _POLISH_FLAT_RE.finditer(text):
            yield Hit("address", m.start("addr"), m.end("addr"), 0.8, False)
    if "," in text or "Bldg" in text or "Building" in text:
        yield from _unit_blocks(text)
