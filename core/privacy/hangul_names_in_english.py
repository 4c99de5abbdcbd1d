"""A Korean name in Hangul inside an English self-introduction: ``my Korean name is 석지안
but everyone calls me Jane``, ``I'm 노하은, the new intern``, ``call me 진서우`` (redteam28).

Korean students and staff abroad write English with their own name in Hangul. The English
introduction rules read capitalised Latin names; the Korean ones need a Korean label or
particle around the name. Here the English lead says whose name it is (``my … name is``,
``I'm``, ``I am``, ``call me``, ``this is``) and a Hangul word of two to four syllables that
reads as a Korean surname and given name follows. A Hangul word that is no name (``my
favourite word is 사랑``) fails the surname and name checks and stays public.
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.names import plausible_korean_name
from core.privacy.types import Hit

__all__ = ["detect_hangul_names_in_english"]

_LEAD_RE = LazyPattern(
    r"(?i:\b(?:my|her|his|our[ \t]+(?:son|daughter|child)'s)[ \t]+"
    r"(?:(?:korean|real|legal|full|birth|given|original|hangul)[ \t]+)?name[ \t]+(?:is|was)"
    r"|\bi'm|\bi[ \t]+am|\bcall[ \t]+me|\bthis[ \t]+is|\bname:)"
    r"[ \t]+(?P<name>[가-힣]{2,4})(?![가-힣])"
)


def detect_hangul_names_in_english(text: str) -> Iterator[Hit]:
    """Hangul names after an English introduction's lead (see the module)."""
    for m in _LEAD_RE.finditer(text):
        name = m.group("name")
        if plausible_korean_name(name, strong=True):
            yield Hit("person_name", m.start("name"), m.end("name"), 0.85, False)
