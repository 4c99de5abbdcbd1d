"""Secrets handed to a command on its standard input, and a .pgpass line (redteam50).

- A password echoed into a command that reads it from stdin: ``echo 'Tern$Skerry19' | sudo -S
  systemctl restart nginx``, ``printf '%s\\n' "…" | sudo --stdin …``, ``echo "…" | docker login
  -u ci --password-stdin``, ``echo "…" | passwd --stdin deploy``, ``echo 'deploy:…' |
  chpasswd`` (the part after the user's colon). What the pipe carries is the password itself.
  A single-quoted value keeps its ``$`` as it is (the shell expands nothing there), so
  ``'Tern$Skerry19'`` is the password; a variable (``"$SUDO_PASS"``, ``$PW``), a command's
  output (``$(cat pw)``) or a stand-in (``'<password>'``, ``'your-password'``) is none.
- A PostgreSQL password file line, ``host:port:database:user:password``
  (``db.corp.example:5432:*:report:Thrift#Gully83``), when the text speaks of PostgreSQL
  (``.pgpass``, ``psql``, ``pg_dump``, ``postgres``): the fifth field is the password. A
  ``*`` or a stand-in there is none; a MAC address or a time (``12:30:00``) lacks the shape
  (a host with a letter, a port of digits or ``*``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.command_secrets_56p import stand_in_value
from core.privacy.types import Hit

__all__ = ["detect_command_secrets_58p"]

# echo/printf with its value, a pipe, then a command that reads a password on stdin.
_PIPE_RE = LazyPattern(
    r"\b(?:echo(?:[ \t]+-[neE]{1,3})?|printf(?:[ \t]+(?P<fq>['\"])%s(?:\\n)?(?P=fq))?)[ \t]+"
    r"(?:'(?P<single>[^'\n]{3,128})'|\"(?P<double>[^\"\n]{3,128})\"|"
    r"(?P<bare>[^\s'\"|;&<>]{3,128}))"
    r"[ \t]*\|[ \t]*(?:sudo\b[^\n|;]*?[ \t](?:-S\b|--stdin\b)|"
    r"[^\n|;]*?--password-stdin\b|passwd\b[^\n|;]*?--stdin\b|(?:sudo[ \t]+)?chpasswd\b)"
)
_PGPASS_RE = LazyPattern(
    r"(?:^|(?<=[\s'\"`]))(?P<host>[A-Za-z0-9*._-]*[A-Za-z*][A-Za-z0-9*._-]*):"
    r"(?:[0-9]{1,5}|\*):[^:\s'\"]+:[^:\s'\"]+:(?P<value>[^\s'\"`]{3,128})"
)
_PG_CUES = ("pgpass", "psql", "pg_dump", "pg_restore", "postgres", "pgpassfile")
_VARIABLE = re.compile(r"\$(?:[A-Za-z_{(])")


def _piped_value(m: re.Match[str]) -> tuple[int, int] | None:
    for group in ("single", "double", "bare"):
        value = m.group(group)
        if value is None:
            continue
        start, end = m.start(group), m.end(group)
        # Outside single quotes "$NAME" is the shell's variable, not the password.
        if group != "single" and _VARIABLE.search(value) is not None:
            return None
        # chpasswd reads "user:password".
        if "chpasswd" in m.group(0) and ":" in value:
            start += value.index(":") + 1
            value = value[value.index(":") + 1 :]
        checked = value.replace("$", "") if group == "single" else value
        if len(value) < 3 or stand_in_value(checked) or value.lower() == "password":
            return None
        return start, end
    return None


def detect_command_secrets_58p(text: str) -> Iterator[Hit]:
    """Passwords piped into sudo -S and its kin, and .pgpass passwords (see the module)."""
    if "|" in text and ("echo" in text or "printf" in text):
        for m in _PIPE_RE.finditer(text):
            span = _piped_value(m)
            if span is not None:
                yield Hit("secret", span[0], span[1], 0.8, False)
    lowered = text.lower()
    if ":" in text and any(cue in lowered for cue in _PG_CUES):
        for m in _PGPASS_RE.finditer(text):
            value = m.group("value")
            if value != "*" and not stand_in_value(value) and value.lower() != "password":
                yield Hit("secret", m.start("value"), m.end("value"), 0.8, False)
