"""A Basic authorization value that encodes the documentation's stand-ins: ``Authorization:
Basic dXNlcm5hbWU6cGFzc3dvcmQ=`` (``username:password``) (redteam32).

:mod:`core.privacy.auth_headers` holds any Basic value, since it is a login in base64. API
documentation shows the header with its field names as the login (``username:password``,
``user:pass``, ``your_username:your_password``) or RFC 7617's ``Aladdin:open sesame``; a
question about what such a header decodes to gives away no one's login. The value is let
through only when it decodes, as UTF-8, to a user and a password that are both stand-ins;
any other login (``admin:admin`` included, a device's real default) stays a secret.
"""

from __future__ import annotations

import base64
import binascii

__all__ = ["is_placeholder_basic_value"]

_USERS = frozenset(
    {
        "username",
        "user",
        "user_name",
        "your_username",
        "yourusername",
        "myusername",
        "login",
        "name",
        "foo",
        "aladdin",
        "client_id",
        "your_client_id",
    }
)
_PASSWORDS = frozenset(
    {
        "password",
        "pass",
        "passwd",
        "your_password",
        "yourpassword",
        "mypassword",
        "bar",
        "open sesame",
        "client_secret",
        "your_client_secret",
        "secret",
    }
)


def is_placeholder_basic_value(value: str) -> bool:
    """Whether the Basic value ``value`` decodes to a stand-in user and password."""
    try:
        decoded = base64.b64decode(value, validate=True).decode("utf-8")
    except (binascii.Error, ValueError):
        return False
    user, sep, password = decoded.partition(":")
    return bool(sep) and user.casefold() in _USERS and password.casefold() in _PASSWORDS
