"""A secret stored in an XML setting named for it: Android's WifiConfigStore.xml ``<string
name="PreSharedKey">&quot;Larch9!Meadow&quot;</string>``, a SharedPreferences ``<string
name="auth_token">…</string>``, .NET's ``<add key="DbPassword" value="…"/>`` (redteam44);
and an element named for it, as Windows unattend.xml writes ``<AdministratorPassword><Value>
…</Value>`` (its second batch).

Config stores keep each value in an element whose ``name``/``key`` attribute says what it is,
and people paste them when a restored phone or a deployed app will not connect. The attribute
is the label: a name that says password, pre-shared key, secret or token makes the element's
text (or its ``value`` attribute) a secret. XML's ``&quot;`` quoting around the value is not
part of it. A value the store reads from elsewhere or a stand-in (``${WIFI_PSK}``, ``*****``,
``changeme``) is no secret, and an empty element holds none.
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.labelled_secrets import secret_shaped
from core.privacy.types import Hit

__all__ = ["detect_xml_named_secrets"]

_SECRET_KEY = (
    r"[^\"'<>]*(?i:password|passwd|pwd|pre_?shared_?key|\bpsk\b|secret|token|api_?key|"
    r"credential)[^\"'<>]*"
)
_QUOTE = r"(?:&quot;|\")?"
# <string name="PreSharedKey">&quot;…&quot;</string>: the setting's text.
_ELEMENT_RE = LazyPattern(
    r"<[A-Za-z][\w:.-]*[^<>]*?\b(?:name|key)=[\"']"
    + _SECRET_KEY
    + r"[\"'][^<>]*>"
    + _QUOTE
    + r"(?P<value>[^<&\"\n]{3,128}?)"
    + _QUOTE
    + r"</"
)
# <add key="DbPassword" value="…"/>: the value attribute.
_VALUE_ATTR_RE = LazyPattern(
    r"<[A-Za-z][\w:.-]*[^<>]*?\b(?:name|key)=[\"']" + _SECRET_KEY + r"[\"'][^<>]*?"
    r"\bvalue=[\"'](?P<value>[^\"'<>\n]{3,128})[\"']"
)
# <AdministratorPassword><Value>…</Value> (Windows unattend.xml), <Password>…</Password>: the
# element's own name says it (redteam44, second batch).
_TAG = r"[A-Za-z][\w.-]*(?i:password|passwd|passphrase|presharedkey|secret)[\w.-]*"
_TAG_RE = LazyPattern(
    r"<(?P<tag>" + _TAG + r")>[ \t\r\n]*(?:<Value>[ \t]*(?P<inner>[^<\n]{3,128}?)[ \t]*</Value>|"
    r"(?P<value>[^<\n]{3,128}?)[ \t]*</(?P=tag)>)"
)
_STAND_INS = frozenset({"changeme", "password", "secret", "xxxx", "none", "null", "true", "false"})


def _stand_in(value: str) -> bool:
    return value[0] in "$%{@*" or value.lower() in _STAND_INS


def detect_xml_named_secrets(text: str) -> Iterator[Hit]:
    """The value of an XML setting whose name says it is a secret (see the module)."""
    if "<" not in text:
        return
    for m in _TAG_RE.finditer(text):
        group = "inner" if m.group("inner") is not None else "value"
        value = m.group(group).strip()
        if value and not _stand_in(value) and secret_shaped(value):
            yield Hit("secret", m.start(group), m.start(group) + len(value), 0.85, False)
    if "name=" not in text and "key=" not in text:
        return
    for pattern in (_ELEMENT_RE, _VALUE_ATTR_RE):
        for m in pattern.finditer(text):
            value = m.group("value").strip()
            if value and not _stand_in(value) and secret_shaped(value):
                yield Hit("secret", m.start("value"), m.start("value") + len(value), 0.85, False)
