"""A password spelled out character by character in Korean words: ``비번 … 적어놨어: 대문자
케이, 소문자 엘, 숫자 팔 공 육, 샵`` (redteam39).

People write a password down, or read it out, as the kind of each character and its name:
``대문자 케이`` (capital K), ``소문자 엘`` (small l), ``숫자 팔 공 육`` (8 0 6), ``특수문자 샵``.
No shape rule sees a secret in Hangul words, yet the password is rebuilt from them in one
step. Two or more such pieces (a kind word and what follows it, up to the next comma) after a
word of a password (``비번``, ``비밀번호``, ``패스워드``, ``암호``, ``PIN``) are held, from the
first piece to the end of the last. A password's rule (``대문자 1개, 숫자 2개 이상``: a count, not a
character) is no secret and is left alone.
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.types import Hit

__all__ = ["detect_spelled_secrets_ko"]

_SECRET_WORD = LazyPattern(r"비번|비밀[ \t]?번호|패스워드|암호|(?i:\b(?:password|pin)\b)")
# A kind word and the spelled character names after it, up to the next comma or full stop.
_PIECE = r"(?:대문자|소문자|숫자|특수[ \t]?문자|기호)[ \t]+[가-힣]{1,4}(?:[ \t]+[가-힣]{1,4}){0,7}"
_RUN_RE = LazyPattern(
    _PIECE + r"(?:[ \t]*[,，][ \t]*(?:" + _PIECE + r"|[가-힣]{1,3}(?=[ \t]*[.。]|[ \t]*$)))+"
)
# A rule's count ("대문자 1개", "숫자 두 개 이상") rather than a character.
_COUNT_WORDS = ("개", "자리", "이상", "이하", "포함", "글자")
_WINDOW = 80


def detect_spelled_secrets_ko(text: str) -> Iterator[Hit]:
    """A password spelled as Korean character names after a password word (see the module)."""
    if "문자" not in text and "숫자" not in text:
        return
    for m in _RUN_RE.finditer(text):
        if _SECRET_WORD.search(text, max(0, m.start() - _WINDOW), m.start()) is None:
            continue
        if any(word in m.group() for word in _COUNT_WORDS):
            continue
        yield Hit("secret", m.start(), m.end(), 0.8, False)
