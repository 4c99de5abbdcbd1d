"""A North American number given as someone's own: ``my number is 9172483316``, ``+1 917 248
3316`` (redteam26).

:mod:`core.privacy.contact` reads ten bare or space-grouped digits as a phone only after a
phone word (``call``, ``text``, ``mobile``), since ids look the same; "number" is no such
word there (``order number``). But ``my number``, ``her new number``, ``our home number``
with nothing between the owner and the word are always a phone, and so is a ``+1`` country
code before a North American number however it is grouped. Numbers said in words (``my
number is nine one seven …``) reach this rule through the spoken fold.
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.documented_test_numbers import is_documented_test_number
from core.privacy.guarded_pattern import GuardedPattern
from core.privacy.types import Hit

__all__ = ["detect_owned_number_phone"]

_NANP = r"\(?[2-9]\d{2}\)?[ \t.-]?\d{3}[ \t.-]?\d{4}(?![\d-])"
_OWNED_RE = LazyPattern(
    r"(?i:(?<![A-Za-z])(?:my|our|his|her|their)[ \t]+"
    r"(?:(?:new|mobile|cell|home|work|direct|phone|contact|personal)[ \t]+)?"
    r"(?:number|no\.?|#))(?:[ \t]+(?i:is)|['’]s|[ \t]*[:=])?[ \t]*(?P<number>(?:\+?1[ \t.-]?)?"
    + _NANP
    + r")"
)
_PLUS_ONE_RE = GuardedPattern(r"(?<![\d+])\+[ \t]?1[ \t.-]?" + _NANP)


def detect_owned_number_phone(text: str) -> Iterator[Hit]:
    """North American numbers after ``my number`` or with a ``+1`` (see the module)."""
    for m in _OWNED_RE.finditer(text):
        yield Hit("phone", m.start("number"), m.end("number"), 0.8, False)
    if "+" in text:
        for m in _PLUS_ONE_RE.finditer(text):
            # A documented 555 test number named as one (redteam32).
            if not is_documented_test_number(text, m.start(), m.end()):
                yield Hit("phone", m.start(), m.end(), 0.8, False)
