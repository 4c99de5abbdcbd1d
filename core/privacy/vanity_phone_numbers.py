"""The writer's own phone number spelt in letters: ``text my cell 503-DOG-WALK``
(redteam34).

North American numbers are often given as words on the keypad's letters. A toll-free one
(``1-800-FLOWERS``: 800, 833, 844, 855, 866, 877, 888) is a business's public line. A
geographic area code with letters, given as the writer's own (``my``, ``me``, ``our``: "text
my cell", "call me at"), is a person's number that no digit rule reads: the letters stand
where the digits would. Read: an optional ``1``, a three-digit area code that is not
toll-free, then three and four keypad characters with at least three letters among them,
separated by hyphens or dots.
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.types import Hit

__all__ = ["detect_vanity_phone_numbers"]

# Hyphens or dots between the groups (spaces would take in "flight 212 ABC DEFG"), or a
# bracketed area code.
_VANITY_RE = LazyPattern(
    r"(?<![0-9A-Za-z-])(?:1[.-])?(?:(?P<area>[2-9][0-9]{2})[.-]|\((?P<barea>[2-9][0-9]{2})\)[ \t]?)"
    r"(?P<rest>[0-9A-Z]{3}[.-][0-9A-Z]{4})(?![0-9A-Za-z])"
)
_TOLL_FREE = frozenset({"800", "833", "844", "855", "866", "877", "888"})
_WRITER_RE = LazyPattern(r"(?i:\b(?:my|me|our|us)\b)")


def detect_vanity_phone_numbers(text: str) -> Iterator[Hit]:
    """Geographic numbers spelt in letters, given as the writer's own (see the module)."""
    if _WRITER_RE.search(text) is None:
        return
    for m in _VANITY_RE.finditer(text):
        letters = sum(ch.isalpha() for ch in m.group("rest"))
        if letters >= 3 and (m.group("area") or m.group("barea")) not in _TOLL_FREE:
            yield Hit("phone", m.start(), m.end(), 0.75, False)
