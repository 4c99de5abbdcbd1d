"""A Korean name in Hangul after an English title: ``Dr. 윤재희 said …`` (redteam25).

People writing English mix scripts: the doctor, teacher or colleague keeps the Hangul name
they know them by, behind an English title (``Dr. 윤재희``, ``Prof. 남궁민``, ``Mr. 탁``).
The English title rule (:mod:`core.privacy.names`) reads capitalised Latin words after the
title only, and the Korean title rules need a Korean title after the name. The English
title says a person follows; the syllables after the surname must still read as a given
name (``Dr. 이번에는`` is a word), and a lone surname counts when no syllable follows it
(``Dr. 윤 says``).
"""

from __future__ import annotations

from collections.abc import Iterator

from core.privacy.guarded_pattern import GuardedPattern
from core.privacy.names import COMPOUND_SURNAMES, KOREAN_SURNAMES, plausible_korean_name
from core.privacy.types import Hit

__all__ = ["detect_latin_titled_hangul_names"]

_SURNAME = "(?:" + "|".join(COMPOUND_SURNAMES) + "|[" + "".join(KOREAN_SURNAMES) + "])"
_TITLE = r"(?<![A-Za-z])(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Doctor)\.?[ \t]*"
_PARTICLE = r"(?=$|[^가-힣]|님|씨|이|가|은|는|을|를|의|께|에게|한테|랑|하고|와|과)"
# A full name (surname and one or two syllables) with no more Hangul but a particle after
# it, or a lone surname followed by none ("Mr. 탁 is late", "Dr. 윤한테").
_FULL_RE = GuardedPattern(_TITLE + r"(?P<name>" + _SURNAME + r"[가-힣]{1,2})" + _PARTICLE)
_LONE_RE = GuardedPattern(_TITLE + r"(?P<name>" + _SURNAME + r")" + _PARTICLE)


def detect_latin_titled_hangul_names(text: str) -> Iterator[Hit]:
    """Hangul names after an English title (see the module)."""
    if "." not in text and "Doctor" not in text:
        return
    for m in _FULL_RE.finditer(text):
        if plausible_korean_name(m.group("name"), strong=False):
            yield Hit("person_name", m.start("name"), m.end("name"), 0.8, False)
    for m in _LONE_RE.finditer(text):
        yield Hit("person_name", m.start("name"), m.end("name"), 0.7, False)
