"""A container registry login in a Docker ``config.json``: ``{"auths": {"registry…":
{"auth": "am1vcmVuby1jaTpW…"}}}`` (redteam34).

``docker login`` stores each registry's user name and password as base64 of ``user:password``
under a key named plainly ``auth``. The secret-key rule reads values of keys whose name says
secret (``token``, ``password``, ``api_key``); ``auth`` alone names too many harmless things
(``"auth": "oauth2"``, ``"auth": true``) to be read by its name. So the value is decoded: a
JSON ``"auth"`` value that is base64 of ``user:password`` (printable, one colon, both sides
non-empty) is the login itself, whatever file it is pasted from.
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.types import Hit

__all__ = ["detect_registry_auth_values"]

_AUTH_RE = LazyPattern(r"[\"']auth[\"'][ \t]*:[ \t]*[\"'](?P<value>[A-Za-z0-9+/]{8,}={0,2})[\"']")


def _user_and_password(value: str) -> bool:
    try:
        decoded = base64.b64decode(value, validate=True).decode("utf-8")
    except (binascii.Error, UnicodeDecodeError, ValueError):
        return False
    user, colon, password = decoded.partition(":")
    return bool(colon and user and password) and decoded.isprintable()


def detect_registry_auth_values(text: str) -> Iterator[Hit]:
    """Base64 ``user:password`` under a JSON ``"auth"`` key (see the module)."""
    if "auth" not in text:
        return
    for m in _AUTH_RE.finditer(text):
        if _user_and_password(m.group("value")):
            yield Hit("secret", m.start("value"), m.end("value"), 0.9, True)
