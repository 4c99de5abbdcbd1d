"""Passwords that a tool's own syntax marks, with no word "password" near them
(redteam40): OpenSSL's ``-passout pass:…`` (and ``-passin``, ``-pass``, ``-password``),
an Ansible inventory's ``ansible_become_pass=…`` (``ansible_password``, ``ansible_ssh_pass``,
``ansible_become_password``), ``htpasswd -b FILE USER PASSWORD``, ``docker login … -p …``
(``--password``, and podman's and helm's registry login), and Excel VBA's ``Unprotect
Password:="…"`` (``Protect``, ``Workbooks.Open … Password:=``).

Each puts the password where only the tool's grammar says what it is: OpenSSL's ``pass:``
source, the inventory variable, htpasswd's batch mode's third operand, the login command's
``-p`` flag, the VBA named argument. The values the tool reads from elsewhere are no
secret in the text: OpenSSL's ``env:``/``file:``/``fd:``/``stdin`` sources, a shell variable
or command substitution (``$(aws ecr get-login-password)``), a Jinja lookup (``{{ vault_… }}``),
a VBA variable (``Password:=pw``, no quotes), and the documentation's stand-ins
(``YOUR_PASSWORD``, ``<password>``).
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.types import Hit

__all__ = ["detect_tool_password_args"]

_VALUE = r"(?P<q>['\"]?)(?P<value>[^\s'\"]{4,128})(?P=q)"
_OPENSSL_RE = LazyPattern(r"(?<![\w-])-(?:passout|passin|pass|password)[ \t]+pass:" + _VALUE)
_ANSIBLE_RE = LazyPattern(
    r"\bansible_(?:become_pass(?:word)?|password|ssh_pass(?:word)?|sudo_pass)[ \t]*[=:][ \t]*"
    + _VALUE
)
# htpasswd's batch mode: flags (one may be -b, -c, -B, -m …), the file, the user, the password.
_HTPASSWD_RE = LazyPattern(
    r"\bhtpasswd(?P<flags>(?:[ \t]+-[a-zA-Z]+(?:[ \t]+\d+)?)+)[ \t]+\S+[ \t]+\S+[ \t]+" + _VALUE
)
_LOGIN_RE = LazyPattern(
    r"\b(?:docker|podman|nerdctl|helm[ \t]+registry|buildah|skopeo)[ \t]+login\b"
    r"[^\n|;&]{0,200}?(?<=\s)(?:-p|--password)(?:[ \t]+|=)" + _VALUE
)
_VBA_RE = LazyPattern(r"(?i:\bPassword)[ \t]*:=[ \t]*\"(?P<value>[^\"\n]{3,128})\"")
_PLACEHOLDER_PARTS = ("your", "<", "xxx", "***", "password_here", "changeme", "{{", "example")


def _placeholder(value: str) -> bool:
    lowered = value.lower()
    return (
        value[0] in "$%`{<"
        or any(part in lowered for part in _PLACEHOLDER_PARTS)
        or lowered in {"password", "passw0rd", "secret"}
    )


def _batch_mode(flags: str) -> bool:
    return any(flag.startswith("-") and "b" in flag for flag in flags.split())


def detect_tool_password_args(text: str) -> Iterator[Hit]:
    """Passwords in OpenSSL, Ansible, htpasswd, registry logins and VBA (see the module)."""
    lowered = text.lower()
    patterns = []
    if "pass:" in lowered:
        patterns.append(_OPENSSL_RE)
    if "ansible_" in lowered:
        patterns.append(_ANSIBLE_RE)
    if "login" in lowered:
        patterns.append(_LOGIN_RE)
    if ":=" in text and "password" in lowered:
        patterns.append(_VBA_RE)
    for pattern in patterns:
        for m in pattern.finditer(text):
            if not _placeholder(m.group("value")):
                yield Hit("secret", m.start("value"), m.end("value"), 0.85, False)
    if "htpasswd" in lowered:
        for m in _HTPASSWD_RE.finditer(text):
            if _batch_mode(m.group("flags")) and not _placeholder(m.group("value")):
                yield Hit("secret", m.start("value"), m.end("value"), 0.85, False)
