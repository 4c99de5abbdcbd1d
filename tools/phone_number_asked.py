"""몇 번 after 전화 asks which number to call, not how many times.

"예약 전화 몇번으로 해요" was read as a count question, and the documents' reader answered
it with a sentence counting times ("연락 없이 두 번 이상 예약에 오지 않으시면 …", set 42);
the FAQ reader, which takes its kinds from the documents' reader, read it the same way.
"""

from __future__ import annotations

from core.lazy_regex import LazyPattern

__all__ = ["asks_phone_number"]

# "전화 몇 번으로 해요", "전화번호 몇번이에요", "전화번호는 몇 번인가요": a number to call.
_PHONE_NUMBER_ASKED = LazyPattern(
    r"전화\s*(?:번호)?\s*(?:는|은|가|를)?\s*몇\s*번(?:으로|이|에|이에요|이야|인가요|예요)"
)


def asks_phone_number(question: str) -> bool:
    """Whether ``question`` asks for a phone number with 몇 번."""
    return _PHONE_NUMBER_ASKED.search(question) is not None
