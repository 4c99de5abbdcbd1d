"""The password passed to a login call in pasted code: ``server.login('marlow.finch@gmail.com',
'qwzt hmxk pvlr bnye')`` (masked30).

Python's mail and file-transfer clients (``smtplib``, ``imaplib``, ``ftplib``) and many
SDKs log in with ``login(user, password)``: the second quoted argument is the password,
with no ``password`` label beside it. A Gmail app password is four groups of four lower-case
letters, so the secret-shape check of the label rules (a digit, or letters with a symbol)
does not see it either; the call's place says what it is. Rule: ``.login(`` (also
``log_in``, ``signin``, ``sign_in``, ``authenticate``, ``auth``), a quoted first argument, a
comma, a quoted second argument. A placeholder there (``'password'``, ``'****'``,
``'YOUR_APP_PASSWORD'``, ``'<pw>'``) and an empty string are no secret.
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.types import Hit

__all__ = ["detect_login_call_passwords"]

_CALL_RE = LazyPattern(
    r"(?i:\b(?:login|log_in|signin|sign_in|authenticate|auth))[ \t]*\([ \t]*"
    r"(?P<q1>['\"])[^'\"\n]{1,100}(?P=q1)[ \t]*,[ \t]*"
    r"(?P<q2>['\"])(?P<value>[^'\"\n]{1,100})(?P=q2)"
)
_PLACEHOLDERS = frozenset(
    {
        "password", "passwd", "pass", "pw", "pwd", "secret", "changeme", "app password",
        "app_password", "your password", "your_password", "mypassword", "my_password",
        "xxx", "xxxx", "xxxxxxxx", "test", "example", "hunter2",
    }
)  # fmt: skip


def _placeholder(value: str) -> bool:
    stripped = value.strip()
    if not stripped or stripped.lower() in _PLACEHOLDERS:
        return True
    # "****", "<pw>", "{APP_PW}", "${PASS}", "YOUR_APP_PASSWORD": a stand-in, not the secret.
    if set(stripped) <= set("*x.•") or stripped[0] in "<{$%":
        return True
    return stripped.isupper() and "_" in stripped


def detect_login_call_passwords(text: str) -> Iterator[Hit]:
    """The second quoted argument of a login call (see the module)."""
    if "(" not in text:
        return
    lowered = text.lower()
    if not any(w in lowered for w in ("login", "log_in", "sign", "auth")):
        return
    for m in _CALL_RE.finditer(text):
        if not _placeholder(m.group("value")):
            yield Hit("secret", m.start("value"), m.end("value"), 0.85, False)
