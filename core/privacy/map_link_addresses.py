"""A street address inside a map link's query (redteam42): ``https://www.google.com/maps/dir/
?api=1&destination=27+Wexcombe+Lane,+Marlborough+SN8+1QT`` on an invitation, a Naver or Kakao
map search, an Apple Maps ``daddr=``.

The address is URL-encoded (``+`` or ``%20`` for spaces, ``%EC…`` for Hangul), so the address
rules, which read words separated by spaces, see one long token. The value of a map link's
place parameter (``destination``, ``origin``, ``daddr``, ``saddr``, ``q``, ``query``,
``address``) is decoded and given to the address rules themselves; what they find there
marks the whole value. A place's name (``q=Eiffel+Tower``) is no address and stays public.
"""

from __future__ import annotations

from collections.abc import Iterator
from urllib.parse import unquote_plus

from core.lazy_regex import LazyPattern
from core.privacy.address import detect_address
from core.privacy.types import Hit
from core.privacy.uk_addresses import detect_uk_address

__all__ = ["detect_map_link_addresses"]

_MAP_LINK_RE = LazyPattern(
    r"(?i)(?:maps?\.|/maps\b|map\.naver|map\.kakao|maps\.apple|goo\.gl/maps)[^\s]*"
)
_PLACE_PARAM_RE = LazyPattern(
    r"(?i)[?&](?:destination|origin|daddr|saddr|q|query|address|addr)=(?P<value>[^&#\s]{4,300})"
)


def _has_address(value: str) -> bool:
    decoded = unquote_plus(value)
    return any(True for _ in detect_address(decoded)) or any(
        True for _ in detect_uk_address(decoded)
    )


def detect_map_link_addresses(text: str) -> Iterator[Hit]:
    """Addresses in a map link's place parameter (see the module)."""
    if "map" not in text.lower():
        return
    for link in _MAP_LINK_RE.finditer(text):
        for m in _PLACE_PARAM_RE.finditer(text, link.start(), link.end()):
            if _has_address(m.group("value")):
                yield Hit("address", m.start("value"), m.end("value"), 0.85, False)
