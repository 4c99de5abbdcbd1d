"""A British landline given as a person's number: ``call me on 0161 496 2283``, ``her number
is 020 7946 0123`` (redteam25).

:mod:`core.privacy.uk_mobile_numbers` reads British mobiles (``07…``); a home landline is as
personal, but a geographic number (``01…``, ``02…``) is as often a business's, a council's
or a surgery's, printed for everyone. So the number counts only when a word of a person's
own line comes shortly before it in the same sentence: ``me``, ``my``, ``she``, ``her``, ``his``,
``their``, ``home``, ``landline``, ``house``. The number is grouped as Britons write it:
``0161 496 2283`` (4-3-4), ``020 7946 0123`` (3-4-4), ``01632 960123`` (5-6) or ``01632 960
123`` (5-3-3, redteam30), with spaces or hyphens.
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.guarded_pattern import GuardedPattern
from core.privacy.types import Hit

__all__ = ["detect_uk_landline"]

_SEP = r"[ \t-]"
_LANDLINE_RE = GuardedPattern(
    r"(?<![0-9+])(?P<number>"
    r"01[0-9]{2}" + _SEP + r"[0-9]{3}" + _SEP + r"[0-9]{4}"
    r"|01[0-9]1" + _SEP + r"[0-9]{3}" + _SEP + r"[0-9]{4}"
    r"|02[0-9]" + _SEP + r"[0-9]{4}" + _SEP + r"[0-9]{4}"
    r"|01[0-9]{3}" + _SEP + r"[0-9]{5,6}"
    # A five-digit code's six digits in two threes ("01632 447 219", redteam30).
    r"|01[0-9]{3}" + _SEP + r"[0-9]{3}" + _SEP + r"[0-9]{3})(?![0-9])(?!" + _SEP + r"?[0-9])"
)
_OWN_LINE_BEFORE_RE = LazyPattern(
    r"(?i:\b(?:me|my|she|he|her|him|his|they|them|their|home|landline|house)\b)[^.!?\n]{0,40}\Z"
)
_REACH = 56


def detect_uk_landline(text: str) -> Iterator[Hit]:
    """British landlines given as a person's own line (see the module)."""
    for m in _LANDLINE_RE.finditer(text):
        if _OWN_LINE_BEFORE_RE.search(text, max(0, m.start() - _REACH), m.start()) is not None:
            yield Hit("phone", m.start("number"), m.end("number"), 0.75, False)
