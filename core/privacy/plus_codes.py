"""A place given as an Open Location Code, Google Maps' "plus code": ``8Q98HW5G+7X``
(redteam40).

A full plus code names a square of about fourteen metres anywhere on earth, so people whose
house has no street number give it to drivers as their address, as they give a what3words
address (:mod:`core.privacy.what3words_addresses`). The shape is strict: eight characters of
the code's alphabet (``23456789CFGHJMPQRVWX``, the first at most ``C`` for the latitude and the
second at most ``V`` for the longitude), ``+``, then two or three more, with at least one
letter. The documentation's own example (the Googleplex's ``849VCWC8+R9`` in Google's docs) is
let through when the text calls it one (:func:`core.privacy.documented_examples.
is_documented_example`). Reported as ``address``.
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.documented_examples import is_documented_example
from core.privacy.types import Hit

__all__ = ["detect_plus_codes"]

_ALPHABET = "23456789CFGHJMPQRVWX"
_PLUS_CODE_RE = LazyPattern(
    r"(?<![A-Za-z0-9+])[2-9C][2-9CFGHJMPQRV][" + _ALPHABET + r"]{6}\+[" + _ALPHABET + r"]{2,3}"
    r"(?![A-Za-z0-9])"
)


def detect_plus_codes(text: str) -> Iterator[Hit]:
    """Full plus codes (see the module)."""
    if "+" not in text:
        return
    for m in _PLUS_CODE_RE.finditer(text):
        code = m.group()
        if not any(ch.isalpha() for ch in code):
            continue
        if is_documented_example(text, m.start(), m.end()):
            continue
        yield Hit("address", m.start(), m.end(), 0.85, False)
