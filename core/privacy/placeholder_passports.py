"""A passport form's example number: ``외교부 안내문에 새 여권번호 예시가 M123A4567`` (redteam41).

Passport offices, airline booking pages and visa guides show the shape of a passport number
with a stand-in whose digits count up (``M12345678``, the new Korean format ``M123A4567``) or
repeat one digit (``M00000000``). Such a number fits the passport shape, so the passport rule
reads it as someone's. As with a form's example registration number
(:mod:`core.privacy.placeholder_registrations_ko`), it is let through only when a word right
beside it calls it an example or a format (예시, 형식, 샘플, example…) and the text says
nothing of the writer's or a relative's own passport (``내 여권``, ``아내 여권``, ``my``).
"""

from __future__ import annotations

from core.lazy_regex import LazyPattern
from core.privacy.common import digits_of
from core.privacy.placeholder_phones_ko import stand_in_word_beside

__all__ = ["is_placeholder_passport"]

_COUNTING_UP = "123456789"
_WRITER = LazyPattern(
    r"(?i:\b(?:my|me|mine|our|his|her)\b)|\bI\b|(?<![가-힣])(?:내|제|저의|나의|우리)(?![가-힣])|"
    r"(?:아내|남편|엄마|아빠|아들|딸|동생|언니|오빠|누나|형)(?:의)?[ \t]*여권"
)


def _stand_in_digits(digits: str) -> bool:
    return len(digits) >= 7 and (_COUNTING_UP.startswith(digits) or len(set(digits)) == 1)


def is_placeholder_passport(text: str, start: int, end: int) -> bool:
    """Whether the passport number at ``text[start:end]`` is a form's stand-in."""
    if not _stand_in_digits(digits_of(text[start:end])):
        return False
    return stand_in_word_beside(text, start, end) and _WRITER.search(text) is None
