"""A Twilio auth token passed beside its account SID: ``Client("AC3f9e…", "9b2e4f…")``
(redteam37).

Twilio's helper libraries take the account SID and the auth token as the two positional
arguments of ``Client(…)`` (or ``twilio.NewRestClientWithParams``, ``new Twilio(…)``), and
people paste the failing line with both. The SID (``AC`` and 32 hex digits) is an account
id; the token (32 hex digits with no prefix) is the password, and nothing labels it there,
so the label rules miss it and a bare hex string is no secret on its own (a hash, a
commit). A 32-hex-digit string within a call's length after an ``AC`` SID is read as the
token; the SID alone, and a hash far from one, stay public.
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.types import Hit

__all__ = ["detect_twilio_auth_tokens"]

_SID_RE = LazyPattern(r"(?<![0-9A-Za-z])AC[0-9a-f]{32}(?![0-9A-Za-z])")
_TOKEN_RE = LazyPattern(r"(?<![0-9A-Za-z])[0-9a-f]{32}(?![0-9A-Za-z])")
# How far after the SID its token may stand: the rest of a call or of two env lines.
_WINDOW = 120


def detect_twilio_auth_tokens(text: str) -> Iterator[Hit]:
    """Auth tokens given right after a Twilio account SID (see the module)."""
    if "AC" not in text:
        return
    for sid in _SID_RE.finditer(text):
        token = _TOKEN_RE.search(text, sid.end(), min(len(text), sid.end() + _WINDOW))
        if token is not None:
            yield Hit("secret", token.start(), token.end(), 0.85, False)
