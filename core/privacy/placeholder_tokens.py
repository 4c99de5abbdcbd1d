"""A JSON Web Token whose claims are the documentation's stand-ins: jwt.io's default token,
``{"sub": "1234567890", "name": "John Doe", "iat": 1516239022}`` (redteam33).

:mod:`core.privacy.auth_headers` holds any JWT, since it is a bearer credential. The token
jwt.io shows on its front page, and that tutorials and library docs copy, signs a made-up
person's claims with the documented secret ``your-256-bit-secret``: asking what it decodes
to or what signs it gives away no one's session. A token is let through only when its
payload decodes to a JSON object whose person claims are all stand-ins (``John Doe``, ``Jane
Doe``, the subject ``1234567890``) and which holds no other claim that names someone (an
e-mail, a phone, a user name); any other token, placeholder-looking or not, stays a secret.
"""

from __future__ import annotations

import base64
import binascii
import json

__all__ = ["is_placeholder_claims", "is_placeholder_jwt"]

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
