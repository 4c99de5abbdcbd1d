"""International bank account numbers (IBAN), recognised by their checksum.

An IBAN ("DE89 3704 0044 0532 0130 00") carries no Korean bank-account label and
mixes letters with digits, so the account detectors that read digit runs miss it. Its
shape (two letters, two check digits, then 11 to 30 letters and digits, in groups of
four or run together) is checked with the ISO 13616 mod-97 rule, which a product
code or an order reference of the same shape passes only by chance (1 in 97). (blind57p) The
spaces may fall anywhere, as when an IBAN is copied by hand.
"""

from __future__ import annotations

from collections.abc import Iterator

from stdnum import iban as _iban

from core.lazy_regex import LazyPattern
from core.privacy.documented_examples import is_documented_example
from core.privacy.types import Hit

__all__ = ["detect_iban"]

_IBAN_RE = LazyPattern(
    r"(?<![A-Za-z0-9])[A-Z]{2}[0-9]{2}(?:[ ]?[A-Z0-9]{4}){2,7}(?:[ ]?[A-Z0-9]{1,3})?"
    r"(?![A-Za-z0-9])"
)


# blind57p: an IBAN copied by hand with its spaces in odd places ("NL41 RA BO03 847 29156"):
# the country code and check digits, then letters and digits with at most one space between
# any two, 15 to 34 characters in all. The checksum decides; a trailing capitalised word is
# dropped group by group until it holds.
_SPACED_RE = LazyPattern(
    r"(?<![A-Za-z0-9])[A-Z]{2}[ ]?[0-9][ ]?[0-9](?:[ ]?[A-Z0-9]){11,30}(?![A-Za-z0-9])"
)


def _spaced_iban(text: str, start: int, end: int) -> int | None:
    """The end of a valid IBAN starting at ``start`` within ``text[start:end]``, or None."""
    while end > start:
        if _iban.is_valid(text[start:end]):
            return end
        cut = text.rfind(" ", start, end)
        if cut <= start:
            return None
        end = cut
    return None


def detect_iban(text: str) -> Iterator[Hit]:
    """IBANs in ``text`` whose mod-97 checksum holds."""
    found: list[tuple[int, int]] = []
    for match in _IBAN_RE.finditer(text):
        if _iban.is_valid(match.group(0)) and not is_documented_example(
            text, match.start(), match.end()
        ):
            found.append((match.start(), match.end()))
            yield Hit("bank_account", match.start(), match.end(), 0.95, True)
    for match in _SPACED_RE.finditer(text):
        if any(lo < match.end() and match.start() < hi for lo, hi in found):
            continue
        end = _spaced_iban(text, match.start(), match.end())
        if end is not None and not is_documented_example(text, match.start(), end):
            yield Hit("bank_account", match.start(), end, 0.95, True)
