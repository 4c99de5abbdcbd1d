"""A child's name announced: ``드디어 아기 이름을 '도해솔'로 지었어요``,
``둘째 이름은 하윤이로 정했어`` (redteam39).

Parents share the name they chose for a baby and then ask for a 백일 sticker, a birth card
or a 돌잔치 invitation with it. The sentence says what the word is: a person word
(``아기``, ``아이``, ``딸``, ``아들``, ``둘째``, ``조카``, ``손녀``…) a few characters
before ``이름``, then the name, quoted or not, before ``(으)로`` or ``(이)라고`` and a
verb of naming (``지었``, ``짓기로``, ``정했``, ``정하기로``, ``지어``). The name may be a
full name or a given name alone (``하윤이로``: the ``이`` a given name takes before a
particle is left out of the finding). ``파일 이름을 '보고서'로 지었어`` has no person word
and is left alone.
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.types import Hit

__all__ = ["detect_named_child_names_ko"]

_PERSON = (
    r"(?:아기|애기|아가|아이|우리[ \t]?애|딸|아들|첫째|둘째|셋째|막내|쌍둥이|조카|손녀|손자|"
    r"손주|동생|신생아)"
)
_NAMING_RE = LazyPattern(
    _PERSON
    + r"[^\n.!?]{0,6}?이름(?:을|은|는|이)?[ \t]*['‘\"“]?(?P<name>[가-힣]{2,4}?)(?:이)?['’\"”]?"
    r"[ \t]*(?:으로|로|이라고|라고|이라|라)[ \t]*"
    r"(?:지었|짓기로|지어|정했|정하기로|정함|했어|했어요|결정)"
)
_NOT_NAMES = frozenset({"아직", "뭐", "무엇", "무엇으", "그걸", "이거", "그거", "비밀"})


def detect_named_child_names_ko(text: str) -> Iterator[Hit]:
    """The name a sentence says a child was given (see the module)."""
    if "이름" not in text:
        return
    for m in _NAMING_RE.finditer(text):
        name = m.group("name")
        if name in _NOT_NAMES:
            continue
        yield Hit("person_name", m.start("name"), m.end("name"), 0.8, False)
