"""A US Medicare Beneficiary Identifier: ``my dad's Medicare card says MBI 5KD7-WN2-RT48``
(redteam36).

Since 2018 a Medicare card carries an MBI in place of the Social Security number: eleven
characters, ``C A AN N A AN N A A N N`` (C a digit 1-9, N a digit, A a capital letter
other than S, L, O, I, B and Z), printed in three groups with dashes. It mixes letters and
digits in no pattern the id rules know, and its longest digit run is two. The fixed
letter/digit positions make the shape; a cue (``MBI``, ``Medicare``, 메디케어) within a short
reach before it says whose number it is. CMS's published example (``1EG4-TE5-MK73``) stays
public.
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.types import Hit

__all__ = ["detect_medicare_beneficiary_ids"]

_A = "[AC-HJKMNP-RT-Y]"
_AN = "[AC-HJKMNP-RT-Y0-9]"
_MBI_RE = LazyPattern(
    r"(?<![A-Za-z0-9])[1-9]"
    + _A
    + _AN
    + r"[0-9]-?"
    + _A
    + _AN
    + r"[0-9]-?"
    + _A
    + _A
    + r"[0-9]{2}(?![A-Za-z0-9])"
)
_CUE_RE = LazyPattern(r"(?i:\bMBI\b|medicare)|메디케어")
_REACH = 60
_DOCUMENTED = frozenset({"1EG4TE5MK73"})


def detect_medicare_beneficiary_ids(text: str) -> Iterator[Hit]:
    """MBIs after a Medicare cue (see the module)."""
    last = -1
    for cue in _CUE_RE.finditer(text):
        m = _MBI_RE.search(text, cue.end(), cue.end() + _REACH + 13)
        # "Medicare card says MBI …": two cues before one number.
        if m is None or m.start() - cue.end() > _REACH or m.start() == last:
            continue
        last = m.start()
        if m.group(0).replace("-", "") in _DOCUMENTED:
            continue
        yield Hit("national_id", m.start(), m.end(), 0.85, False)
