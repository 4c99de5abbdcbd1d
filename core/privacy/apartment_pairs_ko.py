"""An apartment's building and unit written as a pair: ``608-1102`` (redteam26).

Koreans shorten ``608동 1102호`` to ``608-1102`` (or ``608-1102호``) in chat, on parcels and
on delivery apps. A pair of a three-digit building number and a three- or
four-digit unit number is read as one when the text ties it to a home: a complex's name
right before it (``한뜰마을6단지 608-1102``, ``…아파트 101-1203``), a word of home before or
after it (``우리 집``, ``윗집은``), a home word and the complex's name before it (blind52p:
``우리 집이 래미안리더스원 114-2203``), or ``호`` closing it. Bare digit pairs (``2023-1847``, a
year and a serial) are left to the other rules.
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.types import Hit

__all__ = ["detect_apartment_pair_ko"]

# Blocks are numbered from 101 in three digits; "제2024-123호" is a document's number.
_PAIR = r"(?<![0-9-]|제)[1-9]\d{2}-\d{3,4}(?![0-9-])"
_PAIR_RE = LazyPattern(_PAIR + r"(?P<ho>[ \t]?호)?")
_HOME_BEFORE_RE = LazyPattern(
    r"(?:(?:단지|아파트|빌라|맨션|타운|마을|APT|apt)|(?:우리|저희|제)[ \t]?집|윗집|아랫집|옆집)"
    r"(?:은|는|이|도)?[ \t]*\Z"
)
# blind52p: a home word, then the complex's own name, then the pair ("우리 집이 래미안리더스원
# 114-2203 인데"): the name between is the complex's, whatever it is called.
_HOME_THEN_NAME_RE = LazyPattern(
    r"(?:(?:우리|저희|제|내)[ \t]?집|자취방|본가|친정|시댁)(?:은|는|이|가|도)?[ \t]+"
    r"[가-힣A-Za-z][가-힣A-Za-z0-9]{1,19}[ \t]*\Z"
)
_HOME_AFTER_RE = LazyPattern(r"(?:가|이|는|은|도)?[ \t]*(?:우리|저희|제)[ \t]?집")


def detect_apartment_pair_ko(text: str) -> Iterator[Hit]:
    """Building-unit pairs tied to a home (see the module)."""
    if "-" not in text:
        return
    for m in _PAIR_RE.finditer(text):
        tied = (
            m.group("ho") is not None
            or _HOME_BEFORE_RE.search(text, max(0, m.start() - 12), m.start()) is not None
            or _HOME_AFTER_RE.match(text, m.end()) is not None
            or _HOME_THEN_NAME_RE.search(text, max(0, m.start() - 32), m.start()) is not None
        )
        if tied:
            yield Hit("address", m.start(), m.end(), 0.75, False)
