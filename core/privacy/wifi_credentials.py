"""A Wi-Fi password in a network's configuration: the ``P:`` field of a Wi-Fi QR string
(``WIFI:T:WPA;S:Home;P:…;;``) and ``psk=`` in a ``wpa_supplicant.conf`` block (redteam29).

People paste the string a QR generator asks for, or the config a Raspberry Pi reads, to
check its format. The label rules read "wifi password is …"; these formats name it by a
field: in the QR string ``P:`` up to an unescaped ``;`` (``\\;`` escapes one), in the config
``psk=`` with or without quotes. The network's name (``S:`` / ``ssid=``) stays public, as
does a value that is no secret's shape (``P:;``, ``psk="your-password"``) and a 64-hex
``psk`` of a documentation example made of one repeated character.
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.labelled_secrets import secret_shaped
from core.privacy.types import Hit

__all__ = ["detect_wifi_credentials"]

_QR_RE = LazyPattern(r"(?i:WIFI:)[^\n]{0,200}?(?<=[:;])P:(?P<value>(?:\\.|[^;\\\n]){3,64});")
_PSK_RE = LazyPattern(
    r"(?<![\w])(?i:psk|wpa_passphrase|sae_password)[ \t]*=[ \t]*"
    r"(?P<q>\"?)(?P<value>[^\s\"]{3,64})(?P=q)"
)
_PLACEHOLDER_WORDS = ("password", "passphrase", "your", "secret")


def _secret_value(value: str) -> bool:
    lowered = value.lower()
    if any(word in lowered for word in _PLACEHOLDER_WORDS) or len(set(lowered)) == 1:
        return False
    return secret_shaped(value) or (len(value) >= 8 and value.isalpha())


def detect_wifi_credentials(text: str) -> Iterator[Hit]:
    """Wi-Fi passwords in QR strings and supplicant configs (see the module)."""
    lowered = text.lower()
    if "wifi:" in lowered:
        for m in _QR_RE.finditer(text):
            if _secret_value(m.group("value")):
                yield Hit("secret", m.start("value"), m.end("value"), 0.9, False)
    if "psk" in lowered or "passphrase" in lowered or "sae_password" in lowered:
        for m in _PSK_RE.finditer(text):
            if _secret_value(m.group("value")):
                yield Hit("secret", m.start("value"), m.end("value"), 0.85, False)
