"""A door's code right after the door: ``공동현관 #3917*``, ``집 도어락은 0426 누르시고``
(redteam38).

A delivery note or a house-sitter's message gives the building's entrance code and the
flat's door-lock code by naming the door alone, without 비밀번호 or 번호 (the label rule,
:mod:`core.privacy.labelled_secrets`, needs one of those). The door word is the label: a
공동현관, 현관(문), 도어락, 번호키, 대문 or 출입문, an optional particle or colon, then three to
eight digits, with the ``#`` or ``*`` a keypad takes. A number that is a unit, a floor, a
count or a time (``현관 앞 1203호``, ``대문 10시``, ``도어락 4개``) is no code, and a year
(``도어락 2019년형``) neither.
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.types import Hit

__all__ = ["detect_door_codes_ko"]

_DOOR = (
    r"(?:공동[ \t]?현관(?:문)?|현관[ \t]?문|현관|디지털[ \t]?도어락|도어[ \t]?락|번호[ \t]?키|"
    r"대문|출입문)"
)
_CODE_RE = LazyPattern(
    _DOOR + r"(?:은|는|이|가|도|에)?[ \t]*[:=]?[ \t]*"
    r"(?P<value>[#*]?[0-9]{3,8}[#*]?)(?![0-9])"
)
# What makes the number a unit, a floor, a count, a time or a year, not a code.
_NOT_CODE_AFTER = LazyPattern(
    r"[ \t]*(?:호|동(?![안])|층|번지|번(?!호)|원|자리|개|대|명|시|분|초|년|월|일|"
    r"cm|mm|m(?![a-z])|kg|평|세)"
)
_CUES = ("현관", "도어", "번호키", "번호 키", "대문", "출입문")


def detect_door_codes_ko(text: str) -> Iterator[Hit]:
    """Entrance and door-lock codes given right after the door's word (see the module)."""
    if not any(cue in text for cue in _CUES):
        return
    for m in _CODE_RE.finditer(text):
        value = m.group("value")
        if not value.strip("#*"):
            continue
        if not value.endswith(("#", "*")) and _NOT_CODE_AFTER.match(text, m.end("value")):
            continue
        yield Hit("secret", m.start("value"), m.end("value"), 0.8, False)
