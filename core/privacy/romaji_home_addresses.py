"""A Japanese home address written in romaji (redteam43, second batch): ``2-14-7 Kichijoji
Honcho, Musashino-shi, Tokyo 180-0004, Maison Sakura 302``.

A Japanese block address (chome-ban-go, ``2-14-7``) comes before the district's name, then the
ward or city (``-ku``, ``-shi``, ``-machi``). The English street rules look for street words
after a number and find none. A block address alone may be a landmark's (``4-2-8 Shibakoen,
Minato-ku`` is Tokyo Tower), so it is read as a home only with what a home has: a flat (a
building's name and a room number, ``Apt``/``Room``/``#`` and a number) or the writer calling
it their own (``my address``, ``our flat``).
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.types import Hit

__all__ = ["detect_romaji_home_addresses"]

_BLOCK_RE = LazyPattern(
    r"(?<![0-9-])(?P<block>[0-9]{1,2}-[0-9]{1,3}(?:-[0-9]{1,4})?[ \t]+[A-Z][a-z]+(?:[ \t-]"
    r"[A-Za-z][a-z]+){0,2})(?=,?[ \t]+[A-Z][a-z]+-(?:ku|shi|machi|cho|gun|mura)\b)"
)
_FLAT_RE = LazyPattern(
    r"(?P<flat>(?:[A-Z][a-z]+[ \t]){1,3}[0-9]{3,4}(?![0-9-])|(?i:apt\.?|apartment|room|unit|#)"
    r"[ \t]*[0-9]{2,4}(?![0-9-]))"
)
_OWN_RE = LazyPattern(
    r"(?i:\bmy[ \t]+(?:\w+[ \t]+)?(?:address|flat|apartment|home|house|place)|\bour[ \t]+"
    r"(?:\w+[ \t]+)?(?:address|flat|apartment|home|house|place)|\bI[ \t]+live)"
)


def detect_romaji_home_addresses(text: str) -> Iterator[Hit]:
    """Romaji block addresses that a flat or the writer's own makes a home's (see the module)."""
    if "-ku" not in text and "-shi" not in text and "-machi" not in text and "-cho" not in text:
        return
    blocks = list(_BLOCK_RE.finditer(text))
    if not blocks:
        return
    flats = list(_FLAT_RE.finditer(text, blocks[0].end()))
    if not flats and _OWN_RE.search(text) is None:
        return
    for m in blocks:
        yield Hit("address", m.start("block"), m.end("block"), 0.8, False)
    for f in flats:
        yield Hit("address", f.start("flat"), f.end("flat"), 0.75, False)
