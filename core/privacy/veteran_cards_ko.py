"""A Korean veterans' card number after its label: ``국가유공자 유족증 번호가 21-0438-1175``
(masked30).

국가보훈부 issues a card to each person of national merit and each bereaved family member
(국가유공자증, 유족증, 보훈대상자 등록증), and its number (보훈번호, two digits of the year and
a serial, ``21-0438-1175``) is asked for by every veterans' hospital and benefit form.
Its shape is no checksummed id's, so nothing read it; the label says whose it is. Rule:
one of the card's names or ``보훈번호``, maybe ``번호``, a particle or a colon, then six to
twelve digits in up to three groups. A number the label does not own (``유족증 발급은
3일 걸려요``) has too few digits to count.
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.types import Hit

__all__ = ["detect_veteran_cards_ko"]

_LABEL = (
    r"(?:국가유공자[ \t]?증|유족[ \t]?증|보훈[ \t]?(?:대상자[ \t]?)?(?:등록)?증|보훈[ \t]?번호"
    r"|국가유공자[ \t]?번호)"
)
_CARD_RE = LazyPattern(
    _LABEL + r"(?:[ \t]*번호)?[ \t]*(?:는|은|가|이|:|：)?[ \t]*(?:는|은|가|이)?[ \t]*"
    r"(?P<number>[0-9]{2,6}(?:-[0-9]{2,6}){0,2})(?![0-9-])"
)
_MIN_DIGITS = 6


def detect_veteran_cards_ko(text: str) -> Iterator[Hit]:
    """Veterans' card numbers after their label (see the module)."""
    if "증" not in text and "보훈" not in text and "유공자" not in text:
        return
    for m in _CARD_RE.finditer(text):
        if sum(ch.isdigit() for ch in m.group("number")) >= _MIN_DIGITS:
            yield Hit("national_id", m.start("number"), m.end("number"), 0.8, False)
