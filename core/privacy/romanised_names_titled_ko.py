"""A romanised Korean name with a Korean title after it, in Korean text: ``같이 일한 Dahye
Seok 님``, ``Park Jiwoo 씨한테``, ``Kim Min-su 팀장님`` (redteam35).

:mod:`core.privacy.romanised_korean_names` reads the shape (a romanised surname and a
two-syllable given name, in either order) only after an English verb or preposition that takes
a person (``to``, ``ask``, ``with``) or before ``'s``; in a Korean sentence neither is there,
and the name goes out with the title that marks it. A title of a person right after the name
(``님``, ``씨``, ``선배``, ``후배``, ``팀장``, ``과장``, ``대리``, ``선생님``, ``교수님``,
``매니저``) says it is someone the writer deals with. A famous person is called by a job
(``Bong Joon-ho 감독``), not these, so public names asked about stay public.
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.romanised_korean_names import SURNAMES, SYLLABLE
from core.privacy.types import Hit

__all__ = ["detect_romanised_names_titled_ko"]

_HYPHENATED = r"(?-i:[A-Z])(?i:" + SYLLABLE + r")-" + SYLLABLE
_JOINED = r"(?-i:[A-Z])(?i:" + SYLLABLE + r")" + SYLLABLE
_GIVEN = r"(?:" + _HYPHENATED + r"|" + _JOINED + r")"
_SURNAME = r"(?:" + SURNAMES + r")"
_TITLES = r"(?:님|씨|선배|후배|팀장|과장|대리|부장|차장|실장|주임|사원|매니저|선생|교수|박사|원장)"
# Anchored on the title (a literal alternation re skips to fast); the name is looked for just
# before it, after a Latin letter and at most one space.
_TITLE_RE = LazyPattern(_TITLES)
_NAME_BEFORE_RE = LazyPattern(
    r"(?<![A-Za-z-])(?P<name>"
    + _SURNAME
    + r"[ \t]+"
    + _GIVEN
    + r"|"
    + _GIVEN
    + r"[ \t]+"
    + _SURNAME
    + r")[ \t]?\Z"
)
_CUES = (
    "님",
    "씨",
    "선배",
    "후배",
    "팀장",
    "과장",
    "대리",
    "부장",
    "차장",
    "실장",
    "주임",
    "사원",
    "매니저",
    "선생",
    "교수",
    "박사",
    "원장",
)


def detect_romanised_names_titled_ko(text: str) -> Iterator[Hit]:
    """Romanised Korean names followed by a Korean title of a person (see the module)."""
    if not any(cue in text for cue in _CUES):
        return
    for t in _TITLE_RE.finditer(text):
        i = t.start() - 1 if t.start() > 0 and text[t.start() - 1] in " \t" else t.start()
        if i == 0 or not ("A" <= text[i - 1] <= "Z" or "a" <= text[i - 1] <= "z"):
            continue
        m = _NAME_BEFORE_RE.search(text, max(0, t.start() - 24), t.start())
        if m is not None:
            yield Hit("person_name", m.start("name"), m.end("name"), 0.7, False)
