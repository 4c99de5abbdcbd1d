"""A mobile number read aloud in Korean place-value words: ``공일공 구천팔백십이 에
사천칠백칠십`` is 010-9812-4770 (redteam27).

The spoken fold reads numbers said digit by digit (``공일공 구팔일이``). Said aloud, a
four-digit group is as often read as one number, ``구천팔백십이`` (nine thousand eight
hundred and twelve), which no digit rule sees. After a mobile prefix (``공일공``,
``영일공``, ``010``), two four-digit groups, one at least in place-value words and each
between 1000 and 9999 (the other may be said digit by digit), are the rest of the number.
"""

from __future__ import annotations

from collections.abc import Iterator

from core.privacy.guarded_pattern import GuardedPattern
from core.privacy.spoken_dates import place_value
from core.privacy.types import Hit

__all__ = ["detect_spoken_phone_thousands_ko"]

_D = "[일이삼사오육칠팔구]"
# "구천팔백십이": a thousands digit, then hundreds, tens and units, each maybe left out.
_PLACE_VALUE = rf"(?:[이삼사오육칠팔구]?천(?:{_D}?백)?(?:{_D}?십)?{_D}?)"
_DIGIT_BY_DIGIT = r"(?:[공영일이삼사오육륙칠팔구0-9]{4})"
_SEP = r"[ \t]*(?:에|다시|하고|[-,.])?[ \t]*"
_PHONE_RE = GuardedPattern(
    r"(?<![0-9가-힣])(?:공일공|영일공|공일영|영일영|010)" + _SEP
    + rf"(?P<a>{_PLACE_VALUE}|{_DIGIT_BY_DIGIT})" + _SEP
    + rf"(?P<b>{_PLACE_VALUE}|{_DIGIT_BY_DIGIT})"
)  # fmt: skip


def _said_as_number(group: str) -> bool:
    if "천" not in group:
        return False
    value = place_value(group)
    return value is not None and 1000 <= value <= 9999


def detect_spoken_phone_thousands_ko(text: str) -> Iterator[Hit]:
    """A mobile number whose groups are read as place-value numbers (see the module)."""
    if "천" not in text:
        return
    for m in _PHONE_RE.finditer(text):
        groups = (m.group("a"), m.group("b"))
        if any(_said_as_number(g) for g in groups) and all(
            _said_as_number(g) or "천" not in g for g in groups
        ):
            yield Hit("phone", m.start(), m.end(), 0.8, False)
