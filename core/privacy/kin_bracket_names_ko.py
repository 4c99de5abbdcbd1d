"""A relative named in brackets after the kin word: ``아버지(석만호) 월·수·금 투석``, ``장모님
(편옥순) 생신``, ``딸 (하윤슬) 준비물`` (redteam44).

Family notices, care rosters and shared calendars write the relation first and the name in
brackets, the way a form adds a detail. The kinship rule reads a name after the kin word and a
space; the bracket hid it. The bracket must hold a whole Korean name (a listed surname and a
plausible given name), so ``아버지(70대)``, ``엄마(본인)`` or ``아들(중2)`` stay words.
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.kinship_names import KINSHIP_WORDS_KO
from core.privacy.signature_names import korean_signer
from core.privacy.types import Hit

__all__ = ["detect_kin_bracket_names_ko"]

# Longest first, so "외할머니" is not read as "할머니" after a stray "외".
_KIN = "|".join(sorted(KINSHIP_WORDS_KO, key=len, reverse=True))
_KIN_BRACKET_RE = LazyPattern(
    r"(?<![가-힣])(?:" + _KIN + r")(?:님)?[ \t]?[(（][ \t]*(?P<name>[가-힣]{2,4})[ \t]*[)）]"
)


def detect_kin_bracket_names_ko(text: str) -> Iterator[Hit]:
    """A Korean name in brackets right after a kin word (see the module)."""
    if "(" not in text and "（" not in text:
        return
    for m in _KIN_BRACKET_RE.finditer(text):
        if korean_signer(m.group("name")):
            yield Hit("person_name", m.start("name"), m.end("name"), 0.8, False)
