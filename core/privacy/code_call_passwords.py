"""Passwords in three more places pasted code puts them (redteam39): PHP's ``define(
'DB_PASSWORD', 'Q7!moss-Lantern' );`` (wp-config.php), Windows' ``net use Z: \\\\host\\share
/user:DOMAIN\\name Pebble$Rain44``, and Java keytool's ``-storepass``/``-keypass`` flags;
and (blind52p) the third argument of PHP's ``new PDO(…)``, ``new mysqli(…)`` and
``mysqli_connect(…)``.

The label rules read ``password is …`` and ``KEY=value``; these three put the password
where only the syntax says what it is: the second argument of a ``define`` whose constant
names a password, key, salt or token; the word after ``net use``'s ``/user:`` account (a
``*`` there prompts for it); the value after keytool's and jarsigner's password flags. The
documentation's stand-ins stay public: wp-config-sample.php's ``'password_here'`` and ``'put
your unique phrase here'``, a variable (``$DB_PASS``, ``%PASSWORD%``, ``env:STOREPASS``), and
Java's documented default keystore password ``changeit``.
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.types import Hit

__all__ = ["detect_code_call_passwords"]

_DEFINE_RE = LazyPattern(
    r"(?i:\bdefine)[ \t]*\([ \t]*['\"](?P<key>[A-Z0-9_]*(?:PASSWORD|PASS|PWD|SECRET|_KEY|SALT|"
    r"TOKEN)[A-Z0-9_]*)['\"][ \t]*,[ \t]*(?P<q>['\"])(?P<value>[^'\"\n]{4,128})(?P=q)"
)
_NET_USE_RE = LazyPattern(
    r"(?i:\bnet[ \t]+use\b)[^\n]{0,160}?(?i:/u(?:ser)?:)(?:\"[^\"\n]+\"|\S+)[ \t]+"
    r"(?P<q>\"?)(?P<value>[^\s/\"*][^\s\"]{2,127})(?P=q)(?=\s|$)"
)
_KEYTOOL_RE = LazyPattern(
    r"(?i:\b(?:keytool|jarsigner)\b)[^\n|;&]{0,240}?(?<=\s)-(?:src|dest)?(?:storepass|keypass)"
    r"(?::file)?[ \t]+(?P<q>['\"]?)(?P<value>[^\s'\"]{3,128})(?P=q)"
)
# blind52p: PHP's database constructors take the password third, after the DSN or host and the
# user ("new PDO('mysql:host=…', 'crm_app', 'Stoat#Rill93')", "mysqli_connect('db', 'app',
# '…', 'shop')"): the syntax names it.
_PHP_CONNECT_RE = LazyPattern(
    r"(?i:\bnew[ \t]+(?:PDO|mysqli)|\bmysqli_connect|\bpg_connect_user)[ \t]*\([ \t]*"
    r"(?:(?P<q1>['\"])[^'\"\n]*(?P=q1)|\$\w+)[ \t]*,[ \t]*(?:(?P<q2>['\"])[^'\"\n]*(?P=q2)|\$\w+)"
    r"[ \t]*,[ \t]*"
    r"(?P<q>['\"])(?P<value>[^'\"\n]{4,128})(?P=q)"
)
# Documented stand-ins and defaults, not anyone's password.
_PLACEHOLDERS = frozenset({"changeit", "password", "secret", "passw0rd"})
_PLACEHOLDER_PARTS = ("_here", "unique phrase", "your", "<", "xxx", "***")


def _placeholder(value: str) -> bool:
    lowered = value.lower()
    return (
        lowered in _PLACEHOLDERS
        or any(part in lowered for part in _PLACEHOLDER_PARTS)
        or value[0] in "$%"
        or lowered.startswith("env:")
    )


def detect_code_call_passwords(text: str) -> Iterator[Hit]:
    """Passwords in PHP defines, ``net use`` and keytool flags (see the module)."""
    lowered = text.lower()
    patterns = []
    if "define" in lowered:
        patterns.append(_DEFINE_RE)
    if "net use" in lowered or "net  use" in lowered:
        patterns.append(_NET_USE_RE)
    if "pass" in lowered and ("keytool" in lowered or "jarsigner" in lowered):
        patterns.append(_KEYTOOL_RE)
    if "pdo" in lowered or "mysqli" in lowered:
        patterns.append(_PHP_CONNECT_RE)
    for pattern in patterns:
        for m in pattern.finditer(text):
            value = m.group("value")
            if not _placeholder(value):
                yield Hit("secret", m.start("value"), m.end("value"), 0.85, False)
