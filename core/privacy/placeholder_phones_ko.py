"""Stand-in mobile numbers: ``010-0000-0000``, and ``010-1234-5678`` named a placeholder or an
example (redteam36).

Sign-up forms, docs and design mock-ups fill a phone field with a number everyone reads as
no one's. A subscriber part of zeros (``010-0000-0000``) is never issued, so it is let
through as it stands. ``010-1234-5678`` (and the same digit repeated, ``010-1111-1111``)
can be someone's line, so it is let through only when a word right beside it (within 20
characters) calls it a placeholder, an example, a sample, a format or a dummy (placeholder,
예시, 형식, 더미, 샘플, 가짜, example, dummy, format; not a domain's ``example.com``) and
says nothing of the writer (``내 번호``, ``my number``).
"""

from __future__ import annotations

from core.lazy_regex import LazyPattern
from core.privacy.common import digits_of

__all__ = ["is_placeholder_phone_ko", "stand_in_word_beside"]

_STAND_IN_WORDS = LazyPattern(
    # A word, not part of an address ("minsu@example.com" is a record's e-mail).
    r"(?<![\w@.])(?i:placeholder|example|sample|dummy|fake|format|mock-?up)(?![\w@]|\.\w)|"
    r"예시|예제|형식|양식|더미|"
    r"샘플|가짜|임의|자리[ \t]?표시"
)
_WRITER = LazyPattern(
    r"(?i:\b(?:my|me|mine)\b)|\bI\b|"
    r"(?<![가-힣])(?:내|제|저의|나의)[ \t]*(?:번호|폰|핸드폰|연락처|전화)"
)
_SENTENCE_END = ".!?\n"
_NEAR = 20


def _sentence(text: str, start: int, end: int) -> str:
    lo = max(text.rfind(ch, 0, start) for ch in _SENTENCE_END) + 1
    his = [i for i in (text.find(ch, end) for ch in _SENTENCE_END) if i >= 0]
    return text[lo : min(his) + 1 if his else len(text)]


def is_placeholder_phone_ko(text: str, start: int, end: int) -> bool:
    """Whether the phone at ``text[start:end]`` is a stand-in (see the module)."""
    digits = digits_of(text[start:end])
    if len(digits) != 11 or not digits.startswith("010"):
        return False
    subscriber = digits[3:]
    if subscriber == "00000000":
        return True
    if subscriber not in {"12345678", "87654321"} and len(set(subscriber)) != 1:
        return False
    # The stand-in word right beside the number ("placeholder 로 010-1234-5678", "010-1111-1111
    # 예시로"); a record's "주소 서울 가상구 예시로 12" further on is a road's name.
    if not stand_in_word_beside(text, start, end):
        return False
    return _WRITER.search(_sentence(text, start, end)) is None


def stand_in_word_beside(text: str, start: int, end: int) -> bool:
    """Whether a word calling ``text[start:end]`` a placeholder or an example (예시, 형식,
    placeholder, sample…) stands within a few words of it (redteam37 shares it)."""
    near = text[max(0, start - _NEAR) : start] + " " + text[end : end + _NEAR]
    return _STAND_IN_WORDS.search(near) is not None
