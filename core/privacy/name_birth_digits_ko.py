"""A Korean name with its birth date as six digits right after it: ``추은별 940312, 방시온
961105`` (redteam35).

Member lists, 계모임 rosters and sign-up sheets write each person as a name and the front of
the registration number (YYMMDD), the way Koreans give a birth date on forms. Neither part is
read alone: the name has no title or label, and six digits are not a date to the date rules.
Together they are: a full name (a listed surname and two common given-name syllables, not a
common word) followed, after a space, a comma or a slash, by six digits that make a valid
date. Both are reported, the name as a name and the digits as a birth date. A company and its
stock code (``한미약품 128940``) is not read: the code is no date, or the word is no name.
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.guarded_pattern import GuardedPattern
from core.privacy.names import COMPOUND_SURNAMES, KOREAN_SURNAMES, plausible_korean_name
from core.privacy.types import Hit
from core.privacy.validators import birth_date

__all__ = ["detect_name_birth_digits_ko"]

_SURNAME = "(?:" + "|".join(COMPOUND_SURNAMES) + "|[" + "".join(KOREAN_SURNAMES) + "])"
# Anchored on the six digits (rare), then the name looked for just before them.
_DIGITS_RE = GuardedPattern(
    r"(?<![0-9])(?P<yy>[0-9]{2})(?P<mm>0[1-9]|1[0-2])(?P<dd>0[1-9]|[12][0-9]|3[01])(?![0-9])"
)
_HANGUL_RE = LazyPattern(r"[가-힣]")
_NAME_BEFORE_RE = LazyPattern(
    r"(?<![가-힣])(?P<name>" + _SURNAME + r"[가-힣]{2})(?:[ \t]*[,/:(][ \t]*|[ \t]+)\Z"
)


def detect_name_birth_digits_ko(text: str) -> Iterator[Hit]:
    """Korean names followed by a six-digit birth date (see the module)."""
    if _HANGUL_RE.search(text) is None:
        return
    for d in _DIGITS_RE.finditer(text):
        m = _NAME_BEFORE_RE.search(text, max(0, d.start() - 8), d.start())
        if m is None or not plausible_korean_name(m.group("name"), strong=False):
            continue
        # A real past date in either century (born in the 1900s or the 2000s).
        if birth_date(d.group(0), "1") is None and birth_date(d.group(0), "3") is None:
            continue
        yield Hit("person_name", m.start("name"), m.end("name"), 0.7, False)
        yield Hit("birth_date", d.start(), d.end(), 0.7, False)
