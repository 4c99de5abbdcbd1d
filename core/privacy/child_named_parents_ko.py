"""A parent who introduces themself by their child's name: ``2학년 4반 채아맘이에요``, ``도윤이
엄마입니다``, ``서진맘 (010…)`` (redteam44).

In class and neighbourhood chats a parent goes by the child's given name and ``맘``/``엄마``/
``아빠``: the child's name is the personal value, said with a copula that makes it an
introduction. ``맘`` alone is also "mind" (``내 맘이야``, ``그 맘 알아``), so the form needs
the copula right after it and a two-syllable given name that is not a pronoun or a word
(``우리``, ``아이``, ``엄마``); ``… 엄마예요`` needs the given name with its ``이``, the way a
child's name is said.
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.types import Hit

__all__ = ["detect_child_named_parents_ko"]

_COPULA = r"(?=이에요|이예요|입니다|이구요|이고요|이에용|예요|임(?![가-힣]))"
# "채아맘이에요" (맘 glued to the name), "도윤이 엄마입니다". Not "시골 엄마예요": a word
# before a spaced 엄마 describes the mother.
_PARENT_RE = LazyPattern(r"(?<![가-힣])(?P<name>[가-힣]{2})(?:맘|이[ \t]?(?:엄마|아빠))" + _COPULA)
# Two syllables before 맘/엄마 that are words, not a child's name.
_NOT_NAMES_TEXT = """
    우리 저희 아이 애기 아기 엄마 아빠 워킹 초보 육아 딸기 직장 전업 동네 다둥 쌍둥 첫째 둘째
    셋째 막내 큰애 작은 학교 학부 반장 회장 총무 이번 신입 전학 유치 예비 임산 싱글 젊은 늦둥
    아들 딸래 맞벌 외벌
"""
_NOT_NAMES = frozenset(_NOT_NAMES_TEXT.split())


def detect_child_named_parents_ko(text: str) -> Iterator[Hit]:
    """The child's given name in a parent's ``…맘이에요`` / ``… 엄마입니다`` (see the module)."""
    if "맘" not in text and "엄마" not in text and "아빠" not in text:
        return
    for m in _PARENT_RE.finditer(text):
        if m.group("name") not in _NOT_NAMES:
            yield Hit("person_name", m.start("name"), m.end("name"), 0.75, False)
