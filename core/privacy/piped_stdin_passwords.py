"""A password echoed into a command that reads it from standard input: ``echo 'Gwangan!bridge77'
| sudo -S systemctl restart nginx``, ``printf '%s' "…" | docker login -u bot
--password-stdin``, ``echo "…" | passwd --stdin deploy``, ``echo 'ops:…' | chpasswd``
(redteam35).

:mod:`core.privacy.cli_password_flags` reads a password given as a flag; scripts and shell
history just as often pipe it in, because ``sudo -S``, ``--password-stdin``, ``passwd
--stdin`` and ``chpasswd`` read it from the pipe. The value is the quoted or bare word that
``echo``/``printf`` prints, read only when the pipe goes to one of those commands, it looks
like a secret (a digit, or letters mixed with a symbol) and it is not a variable or a
placeholder (``$SUDO_PASS``, ``<password>``, ``yourpassword``). For ``chpasswd`` the part after
``user:`` is the password.
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.labelled_secrets import secret_shaped
from core.privacy.types import Hit

__all__ = ["detect_piped_stdin_passwords"]

_ECHO_RE = LazyPattern(
    r"(?<![\w-])(?:echo|printf)(?:[ \t]+-[a-zA-Z]+)*(?:[ \t]+(?P<fq>['\"])%s(?P=fq))?[ \t]+"
    r"(?P<q>['\"]?)(?P<value>[^\s'\"|]{3,64})(?P=q)[ \t]*\|[ \t]*(?P<cmd>[^\n|;&]{1,120})"
)
# What the pipe goes to: a command that reads a password from standard input.
_READS_STDIN_RE = LazyPattern(
    r"(?<![\w-])sudo\b[^\n]*?[ \t]-[a-zA-Z]*S|--password-stdin|(?<![\w-])passwd\b[^\n]*--stdin|"
    r"(?<![\w-])chpasswd\b"
)
_PLACEHOLDER_WORDS = ("password", "passwd", "secret", "your", "xxx", "***", "changeme")


def _value_shape(value: str, quote: str) -> str:
    """The value as the secret-shape test should see it.

    Inside single quotes the shell keeps a ``$`` as it is (``echo 'Tern$Skerry19' | sudo -S
    …``, redteam50): the value is the password unless it opens as a variable, so its ``$``
    is read as any other symbol.
    """
    if quote == "'" and not value.startswith("$") and "${" not in value:
        return value.replace("$", "#")
    return value


def detect_piped_stdin_passwords(text: str) -> Iterator[Hit]:
    """Passwords echoed into a command that reads them from the pipe (see the module)."""
    if "|" not in text or ("echo" not in text and "printf" not in text):
        return
    for m in _ECHO_RE.finditer(text):
        cmd = m.group("cmd")
        if _READS_STDIN_RE.search(cmd) is None:
            continue
        start, value = m.start("value"), m.group("value")
        if "chpasswd" in cmd and ":" in value:
            cut = value.index(":") + 1
            start, value = start + cut, value[cut:]
        lowered = value.lower()
        if not secret_shaped(_value_shape(value, m.group("q"))) or any(
            w in lowered for w in _PLACEHOLDER_WORDS
        ):
            continue
        yield Hit("secret", start, start + len(value), 0.85, False)
