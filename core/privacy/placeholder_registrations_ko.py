"""A form's example registration number: ``주민번호 입력칸 예시에 '800101-1234567'`` (redteam37).

Forms, manuals and input fields show the shape of a 주민등록번호 with a stand-in whose back
half counts up (``1234567``) or is all one digit (``0000000``, ``1111111``), and people ask
whether to type the hyphen. Such a number can pass the birth-date and gender-digit checks,
so the registration rule reads it as someone's. It is let through only when, like the
stand-in phones of :mod:`core.privacy.placeholder_phones_ko`, a word right beside it calls
it an example or a format (예시, 형식, 샘플, placeholder…) and the sentence says nothing of the
writer's own number (``내 주민번호``, ``제 번호``, ``my``). Any other back half is read as usual.
"""

from __future__ import annotations

from core.lazy_regex import LazyPattern
from core.privacy.common import digits_of
from core.privacy.placeholder_phones_ko import stand_in_word_beside

__all__ = ["is_placeholder_registration_ko"]

_STAND_IN_BACKS = frozenset({"1234567", "2345678", "7654321"} | {d * 7 for d in "0123456789"})
_WRITER = LazyPattern(
    r"(?i:\b(?:my|me|mine)\b)|\bI\b|(?<![가-힣])(?:내|제|저의|나의|우리[ \t]?(?:아이|애|엄마|아빠))"
    r"[ \t]*(?:주민|번호|등록)"
)


def is_placeholder_registration_ko(text: str, start: int, end: int) -> bool:
    """Whether the registration number at ``text[start:end]`` is a form's stand-in."""
    digits = digits_of(text[start:end])
    if len(digits) != 13 or digits[6:] not in _STAND_IN_BACKS:
        return False
    if not stand_in_word_beside(text, start, end):
        return False
    return _WRITER.search(text) is None
