"""The opening digits of someone's phone number, announced as the start of it: ``I'll give
you my cousin's number in bits, it starts 0161`` (redteam25).

People dictate a number over several messages. :func:`core.privacy.scan_recent_turns` joins
the groups once they are all there, but the first message holds only an area code, which
names no one alone, so it went to the cloud, and with it the thread the rest of the number
then follows. When the text says whose number it is (``my``, ``her``, ``his``, ``their`` or
someone's ``…'s`` number, phone, mobile or landline) and that it ``starts`` or ``begins``
with these digits, the digits are the start of a personal number and kept as a phone.
Other numbers that start somewhere (``my order number starts with 4471``, ``UK mobiles
start with 07``) are no one's phone and are left alone.
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.types import Hit

__all__ = ["detect_phone_opening"]

_OPENING_RE = LazyPattern(
    r"(?i:\b(?:my|her|his|their|our|[a-z]+(?:'s|’s))[ \t]+"
    r"(?:(?:phone|mobile|cell|landline|home)[ \t]+)?(?:number|phone|mobile|cell|landline)\b)"
    r"[^.!?\n]{0,40}?(?i:\b(?:starts|begins))(?:[ \t]+(?i:with))?[ \t]*[:=]?[ \t]*"
    r"(?P<digits>\+?[0-9]{2,5}(?:[ \t-][0-9]{2,4})?)(?![0-9])"
)


def detect_phone_opening(text: str) -> Iterator[Hit]:
    """The announced start of a person's phone number (see the module)."""
    for m in _OPENING_RE.finditer(text):
        yield Hit("phone", m.start("digits"), m.end("digits"), 0.6, False)
