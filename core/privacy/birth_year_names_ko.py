"""A name after the writer's birth year or zodiac year: ``93년 닭띠 맹서후,``, ``96년생
변하람입니다`` (redteam27).

Dating and club profiles open with the year someone was born, as a year (``93년생``) or
a zodiac animal (``닭띠``, often both), and the name right after it. The year says a
person follows: a full three- or four-syllable name closed by a comma, a full stop, a
copula or the end of the line (``93년생 여자`` or ``닭띠 운세`` name no one).
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.names import plausible_korean_name
from core.privacy.types import Hit

__all__ = ["detect_birth_year_names_ko"]

_ZODIAC = r"(?:쥐|소|호랑이|범|토끼|용|뱀|말|양|원숭이|닭|개|돼지)띠"
# "93년생", "93년 닭띠", "닭띠": the year, then the name and what closes it.
_BIRTH_YEAR_NAME_RE = LazyPattern(
    r"(?<![0-9가-힣])(?:[0-9]{2}년생|[0-9]{2}년[ \t]?" + _ZODIAC + r"|" + _ZODIAC + r")"
    r"[ \t]+(?P<name>[가-힣]{3,4})"
    r"(?=[ \t]*(?:[,.!~\n]|$)|입니다|이에요|예요|이고|이라고|인데)"
)


def detect_birth_year_names_ko(text: str) -> Iterator[Hit]:
    """A full Korean name right after a birth year or a zodiac year (see the module)."""
    if "년생" not in text and "띠" not in text:
        return
    for m in _BIRTH_YEAR_NAME_RE.finditer(text):
        if plausible_korean_name(m.group("name"), strong=False):
            yield Hit("person_name", m.start("name"), m.end("name"), 0.8, False)
