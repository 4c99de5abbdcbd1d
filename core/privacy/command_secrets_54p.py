"""Secrets in command lines the secret rules did not read (redteam46): RabbitMQ's
``rabbitmqctl add_user NAME PASSWORD`` and ``change_password NAME PASSWORD``, whose second
argument is the password itself. The broker's documented default ``guest`` and a variable
(``"$PASS"``) are no secret: the value must be secret-shaped (a digit, or letters and a symbol).
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.labelled_secrets import secret_shaped
from core.privacy.types import Hit

__all__ = ["detect_command_secrets_54p"]

_RABBIT_RE = LazyPattern(
    r"\brabbitmqctl(?:\.bat)?[ \t]+(?:-[a-z][ \t]+\S+[ \t]+)*(?:add_user|change_password)[ \t]+"
    r"(?P<uq>['\"]?)[^\s'\"]{1,64}(?P=uq)[ \t]+(?P<q>['\"]?)(?P<value>[^\s'\"]{3,128})(?P=q)"
)


def detect_command_secrets_54p(text: str) -> Iterator[Hit]:
    """The password argument of rabbitmqctl add_user / change_password (see the module)."""
    if "rabbitmqctl" not in text:
        return
    for m in _RABBIT_RE.finditer(text):
        value = m.group("value")
        if secret_shaped(value) and "password" not in value.lower():
            yield Hit("secret", m.start("value"), m.end("value"), 0.85, False)
