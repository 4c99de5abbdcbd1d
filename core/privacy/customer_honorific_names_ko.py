"""A name before ``고객님`` or ``회원님`` in a pasted notice: ``[한진택배] 탁서이 고객님, 주소
불일치로 …`` (redteam39).

Courier, shop and bank texts (``[Web발신]``) address the recipient by name and
``고객님``/``회원님``; people paste them to ask whether they are real or a scam. The name
before the honorific is read when it is a plausible Korean name, a surname first: a full
name of three or four syllables with any given syllables (the honorific says a person is
named), a two-syllable one only with common given-name syllables (``택배 고객님`` is a
service word). A word there that is no name
(``우수 고객님``, ``신규 회원님``, ``소중한 고객님``) and a notice with no name (``[국민건강보험]
고객님, …``) are left alone.
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.names import plausible_korean_name
from core.privacy.types import Hit

__all__ = ["detect_customer_honorific_names_ko"]

_NAME_RE = LazyPattern(r"(?<![가-힣])(?P<name>[가-힣]{2,4})[ \t]?(?:고객|회원|가입자|수령인)님")
_NOT_NAMES = frozenset(
    {
        "우수",
        "신규",
        "전체",
        "모든",
        "해당",
        "소중한",
        "기존",
        "일반",
        "정회원",
        "우대",
        "본인",
        "가족",
    }
)


def detect_customer_honorific_names_ko(text: str) -> Iterator[Hit]:
    """A Korean name before 고객님/회원님 (see the module)."""
    if "님" not in text:
        return
    for m in _NAME_RE.finditer(text):
        name = m.group("name")
        if name in _NOT_NAMES or not plausible_korean_name(name, strong=len(name) > 2):
            continue
        yield Hit("person_name", m.start("name"), m.end("name"), 0.8, False)
