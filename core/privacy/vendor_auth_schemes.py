"""An Authorization header with a vendor's own scheme: ``Authorization: KakaoAK 7e3b…``,
``Authorization: SSWS 00Qx…``, ``Authorization: GenieKey …`` (redteam38).

:mod:`core.privacy.auth_headers` reads the standard schemes (Bearer, Basic, Token, Digest).
Many APIs name their own: Kakao's REST key goes after ``KakaoAK``, Okta's after ``SSWS``,
Opsgenie's after ``GenieKey``, GoDaddy's after ``sso-key``. Whatever the scheme word, the
value after it in an Authorization header is the key that lets anyone call the API as the
writer. It must look like a key (sixteen or more characters mixing letters and digits), so
``Authorization: KakaoAK {REST_API_KEY}`` and ``Authorization: Custom header`` stay public.
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.types import Hit

__all__ = ["detect_vendor_auth_schemes"]

_HEADER_RE = LazyPattern(
    r"(?i:authorization|proxy-authorization)[\"']?[ \t]*[:=][ \t]*[\"']?"
    r"(?P<scheme>[A-Za-z][A-Za-z0-9_-]{1,24})[ \t]+(?P<value>[A-Za-z0-9+/=._~:-]{16,})"
)
# The standard schemes are auth_headers' own.
_STANDARD = frozenset({"bearer", "basic", "token", "digest"})


def _key_like(value: str) -> bool:
    return any(ch.isdigit() for ch in value) and any(ch.isalpha() for ch in value)


def detect_vendor_auth_schemes(text: str) -> Iterator[Hit]:
    """Values of Authorization headers under a vendor's scheme word (see the module)."""
    if "authorization" not in text.lower():
        return
    for m in _HEADER_RE.finditer(text):
        if m.group("scheme").lower() in _STANDARD or not _key_like(m.group("value")):
            continue
        yield Hit("secret", m.start("value"), m.end("value"), 0.9, False)
