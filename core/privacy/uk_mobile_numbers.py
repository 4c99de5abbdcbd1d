"""British mobile numbers in their domestic form: ``07911 482 306`` (redteam24).

The phone rules read Korean numbers and international ones with a ``+`` (``+44 7911 482
306``); a British mobile written the way Britons write it, ``07911 482 306``, ``07911
482306`` or eleven digits run together, was read by none (the wire screen's digit rule kept
it off the cloud, but the routing did not see it). A mobile number there is ``07`` and
nine more digits (``070`` is personal numbering, not a mobile; Korea's ``070`` internet
lines are its own rule's). Grouped as phones are (5-3-3 or 5-6) the shape is enough; eleven
digits run together need a word of phones before them, since order and account numbers are
written that way too. Look-alike letters (``O7700 9l8 442``) reach this rule through the
scanner's spoken fold.
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.guarded_pattern import GuardedPattern
from core.privacy.types import Hit

__all__ = ["detect_uk_mobile"]

_GROUPED_RE = GuardedPattern(
    r"(?<![0-9+])07[1-9][0-9]{2}(?:[ \t][0-9]{3}[ \t][0-9]{3}|[ \t][0-9]{6})(?![0-9])"
    r"(?![ \t]?[0-9])"
)
_BARE_RE = GuardedPattern(r"(?<![0-9+])07[1-9][0-9]{8}(?![0-9])")
_PHONE_WORD_BEFORE = LazyPattern(
    r"(?i:mobile|phone|cell|call|text|ring|tel|whatsapp|number|contact|reach)[^.\n]{0,24}\Z"
)


def detect_uk_mobile(text: str) -> Iterator[Hit]:
    """British mobile numbers in the domestic form (see the module)."""
    for m in _GROUPED_RE.finditer(text):
        yield Hit("phone", m.start(), m.end(), 0.85, False)
    for m in _BARE_RE.finditer(text):
        if _PHONE_WORD_BEFORE.search(text, max(0, m.start() - 40), m.start()) is not None:
            yield Hit("phone", m.start(), m.end(), 0.8, False)
