"""A documented test phone number, mentioned as one: ``Firebase docs say to add the test
number +1 650-555-3434 with code 654321`` (redteam32).

North American numbers with the exchange 555 are, except for directory assistance, not
given to subscribers; documentation and sign-in services use them as test numbers (Firebase's
fictional numbers, Twilio's magic numbers, the 555-01XX range set aside for fiction). A
question about such a number, called a test, an example or the docs' own, gives away no
one's line. People also type 555 numbers as stand-ins for their own and tests feed them as
real data, so the number is let through only when its sentence names it a test, an example
or documentation and says nothing of the writer (``my``, ``me``, ``I``, ``내``, ``제``).
"""

from __future__ import annotations

from core.lazy_regex import LazyPattern
from core.privacy.common import digits_of

__all__ = ["is_documented_test_number"]

_EXAMPLE_WORD = LazyPattern(
    r"(?i)(?<![a-z])(?:example|sample|test(?:ing)?|dummy|fictional|fake|placeholder|sandbox|"
    r"docs|documentation)(?![a-z])|예시|예제|테스트"
)
_WRITER = LazyPattern(r"(?i:\b(?:my|me|mine)\b)|\bI\b|(?<![가-힣])(?:내|제)(?![가-힣])")
_SENTENCE_END = ".!?\n"


def _sentence(text: str, start: int, end: int) -> str:
    lo = max(text.rfind(ch, 0, start) for ch in _SENTENCE_END) + 1
    his = [i for i in (text.find(ch, end) for ch in _SENTENCE_END) if i >= 0]
    return text[lo : min(his) + 1 if his else len(text)]


def is_documented_test_number(text: str, start: int, end: int) -> bool:
    """Whether the phone number at ``text[start:end]`` is a 555 test number named as one."""
    digits = digits_of(text[start:end])
    if len(digits) == 11 and digits[0] == "1":
        digits = digits[1:]
    if len(digits) != 10 or digits[3:6] != "555":
        return False
    sentence = _sentence(text, start, end)
    return _EXAMPLE_WORD.search(sentence) is not None and _WRITER.search(sentence) is None
