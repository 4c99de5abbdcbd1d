"""A JSON Web Token whose claims are the documentation's stand-ins: jwt.io's default token,
``{"sub": "1234567890", "name": "John Doe", "iat": 1516239022}`` (redteam33).

:mod:`core.privacy.auth_headers` holds any JWT, since it is a bearer credential. The token
jwt.io shows on its front page, and that tutorials and library docs copy, signs a made-up
person's claims with the documented secret ``your-256-bit-secret``: asking what it decodes
to or what signs it gives away no one's session. A token is let through only when its
payload decodes to a JSON object whose person claims are all stand-ins (``John Doe``, ``Jane
Doe``, the subject ``1234567890``) and which holds no other claim that names someone (an
e-mail, a phone, a user name); any other token, placeholder-looking or not, stays a secret.

(blind54p) A tutorial's own sample token is let through too when the text calls it a sample,
an example or a tutorial's and its HMAC signature verifies with a secret the documentation
publishes (``secret``, ``your-256-bit-secret``…): anyone can sign such a token, so it opens
no one's session, whatever its claims say.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import re

__all__ = ["documented_sample_jwt_spans", "is_placeholder_claims", "is_placeholder_jwt"]

_STAND_IN_NAMES = frozenset({"john doe", "jane doe", "john", "jane", "doe"})
_STAND_IN_SUBJECTS = frozenset({"1234567890", "0123456789"})
# Claims that would name a real person; a stand-in token carries none of them but a name.
_PERSON_CLAIMS = frozenset(
    {
        "email",
        "phone",
        "phone_number",
        "preferred_username",
        "username",
        "user",
        "upn",
        "unique_name",
        "given_name",
        "family_name",
        "nickname",
        "address",
        "birthdate",
    }
)


def _payload(token: str) -> str | None:
    parts = token.split(".")
    if len(parts) != 3:
        return None
    body = parts[1]
    try:
        return base64.urlsafe_b64decode(body + "=" * (-len(body) % 4)).decode("utf-8")
    except (binascii.Error, ValueError):
        return None


def is_placeholder_jwt(token: str) -> bool:
    """Whether ``token`` is a JWT whose person claims are all documentation stand-ins."""
    payload = _payload(token)
    return payload is not None and is_placeholder_claims(payload)


def is_placeholder_claims(payload: str) -> bool:
    """Whether the JSON text ``payload`` is a token body of stand-in claims (see the module)."""
    try:
        claims = json.loads(payload)
    except ValueError:
        return False
    if not isinstance(claims, dict) or claims.keys() & _PERSON_CLAIMS:
        return False
    name = claims.get("name")
    subject = claims.get("sub")
    if not isinstance(name, str) or name.casefold() not in _STAND_IN_NAMES:
        return False
    return subject is None or str(subject) in _STAND_IN_SUBJECTS


# The HMAC secrets tutorials and library docs sign their sample tokens with.
_DOCUMENTED_SECRETS = (
    b"secret",
    b"your-256-bit-secret",
    b"your-384-bit-secret",
    b"your-512-bit-secret",
    b"your-secret-key",
    b"your_secret_key",
    b"secretkey",
    b"mysecret",
    b"shhhhh",
)
_HASHES = {"HS256": hashlib.sha256, "HS384": hashlib.sha384, "HS512": hashlib.sha512}
_SAMPLE_WORD = re.compile(
    r"(?i)(?<![a-z])(?:example|sample|tutorial|docs|documentation|demo|placeholder)(?![a-z])|"
    r"예시|예제|튜토리얼|샘플"
)
_JWT_FIND = re.compile(
    r"(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}"
    r"(?![A-Za-z0-9_-])"
)


def _b64(part: str) -> bytes | None:
    try:
        return base64.urlsafe_b64decode(part + "=" * (-len(part) % 4))
    except (binascii.Error, ValueError):
        return None


def signed_with_documented_secret(token: str) -> bool:
    """Whether ``token`` is an HMAC JWT whose signature verifies with a documented secret."""
    parts = token.split(".")
    header = _b64(parts[0]) if len(parts) == 3 else None
    signature = _b64(parts[2]) if header is not None else None
    if header is None or signature is None:
        return False
    try:
        alg = json.loads(header).get("alg")
    except (ValueError, AttributeError):
        return False
    digest = _HASHES.get(alg) if isinstance(alg, str) else None
    if digest is None:
        return False
    signed = f"{parts[0]}.{parts[1]}".encode()
    return any(
        hmac.compare_digest(hmac.new(key, signed, digest).digest(), signature)
        for key in _DOCUMENTED_SECRETS
    )


def documented_sample_jwt_spans(text: str) -> list[tuple[int, int]]:
    """Spans of tokens in ``text`` it calls a sample that are signed with a documented secret."""
    if "eyJ" not in text or _SAMPLE_WORD.search(text) is None:
        return []
    return [
        (m.start(), m.end())
        for m in _JWT_FIND.finditer(text)
        if signed_with_documented_secret(m.group())
    ]
