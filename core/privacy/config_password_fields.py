"""Passwords in configuration lines: a ``~/.pgpass`` line (``host:5432:db:user:…``), a
camel-case password key with a quoted value (``storePassword 'Marrow&Oak19'``,
``keyPassword = "…"``) (redteam30); an XML element holding one (blind52p: Maven's
``<password>…</password>``).

The label rules read a password after the word ``password`` with ``is``, ``:`` or ``=``;
two formats name it otherwise:

- a PostgreSQL password file gives five colon-separated fields, ``hostname:port:database:
  username:password``; the fourth colon's field is the secret. The port (digits or ``*``)
  makes the shape: nothing else in prose is four colons around a port.
- Gradle, Kotlin and property files name the secret with a camel-case key ending in
  ``Password`` (``storePassword``, ``keyPassword``, ``dbPassword``) and give the value in
  quotes after a space or ``=``.

The value must look like a secret (:func:`core.privacy.labelled_secrets.secret_shaped`):
a placeholder (``'changeme'`` reads as none; ``System.getenv("KEY_PW")`` has no quote of
its own right after the key) stays public.
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.labelled_secrets import secret_shaped
from core.privacy.types import Hit

__all__ = ["detect_config_password_fields"]

# The line may sit in quotes or backticks in a chat ("'db.corp.example:5432:*:report:…' 한 줄
# 넣었는데", redteam50): a quote may open and close it as a space does.
_PGPASS_RE = LazyPattern(
    r"(?<![^\s'\"`])[A-Za-z0-9.*_-]+:(?:[0-9]{2,5}|\*):[A-Za-z0-9.*_-]+:[A-Za-z0-9.*@_-]+:"
    r"(?P<value>[^\s:'\"`]{4,64})(?=[\s'\"`]|$)"
)
_CAMEL_KEY_RE = LazyPattern(
    r"(?<![A-Za-z0-9_])[a-z][A-Za-z0-9]*Password[ \t]*(?:=|:)?[ \t]*(?P<q>['\"])"
    r"(?P<value>[^'\"\n]{4,64})(?P=q)"
)


# blind52p: an XML element holding a password (Maven's settings.xml "<password>…</password>",
# a connector's "<secret>…</secret>"); a property reference ("${env.NEXUS_PW}") stays public.
_XML_ELEMENT_RE = LazyPattern(
    r"<(?P<tag>(?i:password|passwd|passphrase|secret|clientSecret|client_secret|apiKey|api_key|"
    r"privateKeyPassphrase|storePassword|keyPassword))>[ \t]*(?P<value>[^<>\s]{4,128})[ \t]*"
    r"</(?P=tag)>"
)

_STAND_IN_PARTS = ("your", "changeme", "change_me", "example", "placeholder", "xxx", "secret_here")


def _pgpass_secret(value: str) -> bool:
    """A pgpass password reads as a secret even with a ``$`` inside (``Ux4$hTr9qLm2``,
    redteam36): the file takes no variables, so only a value that opens as one (``$PGPW``,
    ``${PW}``) is a placeholder."""
    if value.startswith("$") or "${" in value:
        return False
    return secret_shaped(value.replace("$", "#"))


def detect_config_password_fields(text: str) -> Iterator[Hit]:
    """Passwords in pgpass lines and camel-case config keys (see the module)."""
    if text.count(":") >= 4:
        for m in _PGPASS_RE.finditer(text):
            if _pgpass_secret(m.group("value")):
                yield Hit("secret", m.start("value"), m.end("value"), 0.85, False)
    if "</" in text:
        for m in _XML_ELEMENT_RE.finditer(text):
            value = m.group("value")
            stand_in = any(w in value.lower() for w in _STAND_IN_PARTS)
            if "${" not in value and not stand_in and secret_shaped(value):
                yield Hit("secret", m.start("value"), m.end("value"), 0.85, False)
    if "Password" in text:
        for m in _CAMEL_KEY_RE.finditer(text):
            if secret_shaped(m.group("value")):
                yield Hit("secret", m.start("value"), m.end("value"), 0.85, False)
