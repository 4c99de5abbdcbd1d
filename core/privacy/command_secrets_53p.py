"""Secrets in command lines, tool output and settings files the secret rules did not read
(redteam45).

- A password flag whose single-quoted value holds a ``$``: ``wget --password='Heron$Ash55'``.
  The shell passes a single-quoted ``$`` through as it is, so the value is the password, not a
  variable's name (``--password=$DB_PASS`` or ``"$PASS"`` stays a placeholder).
- A CLI's ``login`` subcommand with ``-p``/``--password``: ``az login -u … -p '…'``, ``oc login
  -p …``, ``cf login -p …``.
- Windows ``netsh wlan show profile … key=clear`` output: ``Key Content : …`` (Korean Windows
  ``키 콘텐츠 : …``). ``Security key : Present`` names no key.
- Oracle's ``sqlplus user/password@db`` and redis.conf's ``requirepass …`` (second batch).
- A Postman or Insomnia environment's key/value pair named for its secret: ``{"key":
  "password", "value": "…"}``. A ``{{variable}}`` placeholder stays public.
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.labelled_secrets import secret_shaped
from core.privacy.types import Hit

__all__ = ["detect_command_secrets_53p"]

_QUOTED_DOLLAR_RE = LazyPattern(
    r"(?<![\w-])(?:--(?:password|passwd|pass|http-password|ftp-password|proxy-password|"
    r"db-password)|-p|-P|-w|-a)(?:=|[ \t]+)'(?P<value>[^'\s$][^'\s]{1,62}[^'\s])'"
)
# Container registries' login (docker, podman, helm registry…) is tool_password_args' form.
_LOGIN_RE = LazyPattern(
    r"(?<![\w-])(?!(?:docker|podman|nerdctl|helm|buildah|skopeo)\b)[a-z][\w-]{1,15}[ \t]+"
    r"(?:[a-z-]+[ \t]+)?login\b[^\n|;&]{0,160}?(?<=\s)"
    r"(?:-p|--password)(?:=|[ \t]+)(?P<q>['\"]?)(?P<value>[^\s'\"]{3,64})(?P=q)"
)
# redteam45, second batch: Oracle's "sqlplus user/password@db" and redis.conf's "requirepass …"
# (masterauth the same). A value with neither a digit nor a symbol (scott/tiger, redis.conf's
# own "foobared") is a documented default, not secret-shaped.
_ORACLE_RE = LazyPattern(
    r"\b(?:sqlplus|sqlldr|expdp|impdp|rman|sqlcl|sql)[ \t]+(?:-[A-Za-z]+[ \t]+)*"
    r"[A-Za-z_][\w$#]{0,29}/(?P<value>[^\s@/'\",;]{3,64})(?=@|[ \t.,;)]|$)"
)
_REQUIREPASS_RE = LazyPattern(
    r"\b(?:requirepass|masterauth)[ \t]+(?P<q>['\"]?)(?P<value>[^\s'\"]{3,64})(?P=q)"
)
_KEY_CONTENT_RE = LazyPattern(
    r"(?i:key[ \t]+content|키[ \t]+콘텐츠|키[ \t]+내용)[ \t]*:[ \t]*"
    r"(?P<value>[^\s][^\n]{0,62}?)[ \t]*$",
)
_ENV_PAIR_RE = LazyPattern(
    r"(?i)\"key\"[ \t]*:[ \t]*\"(?:password|passwd|pwd|pass|secret|client_secret|token|"
    r"access_token|api_?key|apikey|auth_token)\"[ \t]*,[ \t]*\"value\"[ \t]*:[ \t]*"
    r"\"(?P<value>[^\"{}\n]{3,128})\""
)


def _no_placeholder(value: str) -> bool:
    lowered = value.lower()
    return not any(w in lowered for w in ("password", "passwd", "secret", "your", "xxx", "***"))


def _dollar_literal(value: str) -> bool:
    """A single-quoted value with a ``$`` inside (not ``${…}`` or ``$(…)``), secret-shaped."""
    if "${" in value or "$(" in value:
        return False
    return secret_shaped(value.replace("$", "!")) and _no_placeholder(value)


def detect_command_secrets_53p(text: str) -> Iterator[Hit]:
    """Secrets in this round's commands, outputs and settings (see the module)."""
    if "$" in text:
        for m in _QUOTED_DOLLAR_RE.finditer(text):
            if "$" in m.group("value") and _dollar_literal(m.group("value")):
                yield Hit("secret", m.start("value"), m.end("value"), 0.85, False)
    lowered = text.lower()
    oracle = any(t in lowered for t in ("sqlplus", "sqlldr", "expdp", "impdp", "rman", "sql "))
    secret_cued = (
        (_ORACLE_RE, oracle),
        (_REQUIREPASS_RE, "requirepass" in lowered or "masterauth" in lowered),
    )
    for pattern, cued in secret_cued:
        if not cued:
            continue
        for m in pattern.finditer(text):
            value = m.group("value")
            if secret_shaped(value) and _no_placeholder(value):
                yield Hit("secret", m.start("value"), m.end("value"), 0.85, False)
    if "login" in text:
        for m in _LOGIN_RE.finditer(text):
            value = m.group("value")
            if secret_shaped(value) and _no_placeholder(value):
                yield Hit("secret", m.start("value"), m.end("value"), 0.85, False)
    if "key content" in lowered or "키 콘텐츠" in text or "키 내용" in text:
        for line in _line_spans(text):
            found = _KEY_CONTENT_RE.search(text, line[0], line[1])
            if found is not None and _no_placeholder(found.group("value")):
                yield Hit("secret", found.start("value"), found.end("value"), 0.85, False)
    if '"key"' in lowered:
        for m in _ENV_PAIR_RE.finditer(text):
            if _no_placeholder(m.group("value")):
                yield Hit("secret", m.start("value"), m.end("value"), 0.85, False)


def _line_spans(text: str) -> Iterator[tuple[int, int]]:
    start = 0
    for line in text.split("\n"):
        yield start, start + len(line)
        start += len(line) + 1
