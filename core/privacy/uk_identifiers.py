"""British bank details and driving licence numbers: ``sort code 20-00-00``, ``MORGA753116SM9IJ``.

People give their bank details to get a refund paid and their licence number to book a
hire car. The Korean rules (:mod:`core.privacy.korean`) read 10-14 digit accounts; a
British account is a six-digit sort code and an eight-digit account number, both too
short to tell from other numbers by their shape, so each needs its label:

- a sort code: three pairs of digits (``20-00-00``, ``20 00 00``, ``200000``) right after
  ``sort code``; said aloud (``two zero, zero zero, zero zero``) the spoken fold turns the
  words into digits first, with commas between the pairs;
- an account number: eight digits right after ``account``/``acct``/``a/c`` (``account
  number 55779911``), not inside a longer run.

A driving licence number has a shape nothing else has: five letters of the surname (padded
with 9s), six digits holding the birth date (the month's tens digit 0/1, or 5/6 for a
woman), two initials (or 9s), a digit and two check letters. It is reported as a driver
licence (the one licence type the scanner knows), with or without its label, in capitals,
with or without spaces between its parts.
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.types import Hit

__all__ = ["detect_uk_bank_details", "detect_uk_driving_licence"]

_PAIR_SEP = r"(?:[ \t]*[-.,][ \t]*|[ \t]{1,2})?"
_SORT_CODE_RE = LazyPattern(
    r"(?<![A-Za-z])(?i:sort[ \t-]?code)(?:[ \t]*(?i:is|:|was))?[ \t]*"
    r"(?P<code>(?<![0-9])[0-9]{2}" + _PAIR_SEP + r"[0-9]{2}" + _PAIR_SEP + r"[0-9]{2})"
    r"(?![0-9])(?![ \t]*[-.][0-9])"
)
_ACCOUNT_RE = LazyPattern(
    r"(?<![A-Za-z])(?i:account|acct|a/c)(?:[ \t]+(?i:number|no\.?|num))?"
    r"(?:[ \t]*(?i:is|:|was))?[ \t]*"
    r"(?P<number>(?<![0-9])[0-9]{4}[ \t-]?[0-9]{4})(?![0-9])(?![ \t]*[-.][0-9])"
)
_LICENCE_RE = LazyPattern(
    r"(?<![A-Za-z0-9])(?P<licence>[A-Z9]{5}[ \t]?[0-9][0156][0-9][0-3][0-9]{2}"
    r"[ \t]?[A-Z9]{2}[ \t]?[0-9][A-Z]{2})(?![A-Za-z0-9])"
)


def detect_uk_bank_details(text: str) -> Iterator[Hit]:
    """A labelled sort code and a labelled eight-digit account number."""
    lowered = text.lower()
    if "sort" in lowered:
        for m in _SORT_CODE_RE.finditer(text):
            yield Hit("bank_account", m.start("code"), m.end("code"), 0.8, False)
    if "account" in lowered or "acct" in lowered or "a/c" in lowered:
        for m in _ACCOUNT_RE.finditer(text):
            yield Hit("bank_account", m.start("number"), m.end("number"), 0.75, False)


def detect_uk_driving_licence(text: str) -> Iterator[Hit]:
    """A British driving licence number by its shape."""
    for m in _LICENCE_RE.finditer(text):
        yield Hit("kr_driver_license", m.start("licence"), m.end("licence"), 0.85, False)
