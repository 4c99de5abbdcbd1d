"""Credentials in pasted HTTP: an ``Authorization: Bearer …``/``Basic …`` header's value, a
JSON Web Token anywhere (``eyJ….eyJ….…``), and a session cookie's value (``Cookie:
sessionid=…``) (redteam28).

People paste a failing request to ask why it returns 401. The header's value is the login
itself: a Basic value is the user name and password in base64, a bearer token or a session
cookie lets anyone act as the user until it expires. A JWT has a fixed shape (two
base64url parts that open with ``eyJ``, the encoding of ``{"``, and a signature) and is a
credential wherever it appears. A placeholder is none: the value must mix letters and
digits or be base64 of some length, so ``Bearer <token>``, ``Bearer $TOKEN`` and ``Basic
auth is deprecated`` stay public, as does a cookie named for a preference (``theme=dark``).

Red team 51: an API's key sent in a header of its own name, ``X-Api-Key: …``, ``Api-Key:``,
``X-Auth-Token:``, ``X-Access-Token:``, ``Ocp-Apim-Subscription-Key:``, ``PRIVATE-TOKEN:``
(GitLab), ``X-Vault-Token:``: the header says the value is the key, and the same
letters-and-digits test keeps ``X-Api-Key: YOUR_API_KEY`` and ``$API_KEY`` public.
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.placeholder_credentials import is_placeholder_basic_value
from core.privacy.placeholder_tokens import documented_sample_jwt_spans, is_placeholder_jwt
from core.privacy.types import Hit

__all__ = ["detect_auth_headers"]

_JWT_RE = LazyPattern(
    r"(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}"
    r"(?![A-Za-z0-9_-])"
)
# "Authorization: Bearer …", "-H 'Authorization: Basic …'", "Authorization=Token …".
_HEADER_RE = LazyPattern(
    r"(?i:authorization|proxy-authorization)[\"']?[ \t]*[:=][ \t]*[\"']?"
    r"(?i:bearer|basic|token|digest)[ \t]+(?P<value>[A-Za-z0-9+/=._~-]{12,})"
)
# A cookie whose name says it keeps a login: session, sid, auth, token, remember, jwt.
_COOKIE_RE = LazyPattern(
    r"(?<![A-Za-z0-9_.-])(?P<name>[A-Za-z0-9_.-]*(?i:sess|sid|auth|token|remember|jwt|login)"
    r"[A-Za-z0-9_.-]*)=(?P<value>[A-Za-z0-9+/=._%-]{12,})"
)
# redteam51: a key in a header named for it ("-H 'X-Api-Key: …'", "PRIVATE-TOKEN: …").
_KEY_HEADER_RE = LazyPattern(
    r"(?<![A-Za-z0-9-])(?i:(?:x-)?(?:api[-_]?key|auth[-_]?token|access[-_]?token|"
    r"subscription[-_]?key|private[-_]?token|vault[-_]?token|[a-z]+-api-key)|"
    r"ocp-apim-subscription-key)[\"']?[ \t]*:[ \t]*[\"']?(?P<value>[A-Za-z0-9+/=._~-]{12,})"
)
_COOKIE_CUE_RE = LazyPattern(r"(?i:\b(?:set-)?cookie\b|document\.cookie|쿠키)")


def _credential_like(value: str) -> bool:
    """Letters and digits mixed, as a random token is (a word or a number alone is not)."""
    return any(ch.isdigit() for ch in value) and any(ch.isalpha() for ch in value)


def detect_auth_headers(text: str) -> Iterator[Hit]:
    """JWTs, Authorization header values and session cookies (see the module)."""
    if "eyJ" in text:
        samples = documented_sample_jwt_spans(text)
        for m in _JWT_RE.finditer(text):
            # jwt.io's default "John Doe" token is the docs' stand-in (redteam33); a tutorial's
            # sample signed with its published secret is no one's session (blind54p).
            if not is_placeholder_jwt(m.group()) and (m.start(), m.end()) not in samples:
                yield Hit("secret", m.start(), m.end(), 0.95, True)
    lowered = text.lower()
    if "authorization" in lowered:
        for m in _HEADER_RE.finditer(text):
            # "Basic dXNlcm5hbWU6cGFzc3dvcmQ=" is the docs' "username:password" (redteam32).
            if _credential_like(m.group("value")) and not is_placeholder_basic_value(
                m.group("value")
            ):
                yield Hit("secret", m.start("value"), m.end("value"), 0.9, False)
    if "key" in lowered or "token" in lowered:
        for m in _KEY_HEADER_RE.finditer(text):
            if _credential_like(m.group("value")):
                yield Hit("secret", m.start("value"), m.end("value"), 0.85, False)
    if _COOKIE_CUE_RE.search(text) is not None:
        for m in _COOKIE_RE.finditer(text):
            if _credential_like(m.group("value")):
                yield Hit("secret", m.start("value"), m.end("value"), 0.85, False)
