"""Secrets in config lines, code and commands the secret rules did not read (redteam49).

- A ``.env`` or ``.s3cfg``-style line with spaces around its ``=``: ``DB_PASS = Kestrel!Moor48``,
  ``MAIL_PASS = …``. Dotenv readers and INI files take the spaces, so the value is the secret;
  the assignment rules read only ``NAME=value`` unquoted (a quoted value after spaces they
  read already). The line opens the text, a line or a
  quote, and the key's name says what the value is (as in :mod:`core.privacy.command_secrets_56p`).
  A value that is code (``os.environ["X"]``, ``get_secret()``), a variable or a stand-in word
  is no secret.
- HTTP basic auth in code: ``requests.get(url, auth=('svc-report', 'Pipit&Vale83'))``,
  ``HTTPBasicAuth("user", "…")``, ``aiohttp.BasicAuth('user', '…')``: the second string is
  the password (when it reads as one: ``('user', 'password')`` is a stand-in).
- Windows ``schtasks … /ru ACCOUNT /rp "Gorse#Mill27"`` (and the remote ``/p``): the run-as
  account's password. ``/rp *`` asks for it at the prompt; ``/rp <password>`` is the manual's.
- GitHub's ``gh secret set NAME --body "Teasel!Brook45"`` (``-b``): the secret's value.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.command_secrets_56p import stand_in_value
from core.privacy.labelled_secrets import secret_shaped
from core.privacy.types import Hit

__all__ = ["detect_command_secrets_57p"]

_SPACED_ENV_RE = LazyPattern(
    r"(?:^|(?<=[\n'\"`]))[ \t]*(?P<key>[A-Za-z][A-Za-z0-9_]*(?i:passphrase|password|passwd|_pass|"
    r"_pw|secret|secret_key|token|_pin|api_key))[ \t]+=[ \t]+"
    r"(?P<bare>[^\s'\"$`;|&()\[\]{}<>]{3,128})(?=['\"`]|[ \t]*(?:\n|$)|[ \t])"
)
_BASIC_AUTH_RE = LazyPattern(
    r"(?:\bauth[ \t]*=[ \t]*\(|\b(?:HTTPBasicAuth|HTTPDigestAuth|BasicAuth)[ \t]*\()[ \t]*"
    r"(?:login[ \t]*=[ \t]*)?(?P<q1>['\"])[^'\"\n]{1,64}(?P=q1)[ \t]*,[ \t]*"
    r"(?:password[ \t]*=[ \t]*)?(?P<q2>['\"])(?P<value>[^'\"\n]{3,128})(?P=q2)"
)
_SCHTASKS_RE = LazyPattern(
    r"(?i:\bschtasks(?:\.exe)?\b)[^\n]*?[ \t]/(?i:rp|p)[ \t]+"
    r"(?:(?P<q>['\"])(?P<quoted>[^'\"\n]{1,128})(?P=q)|(?P<bare>[^\s'\"/]{1,128}))"
)
_GH_SECRET_RE = LazyPattern(
    r"\bgh[ \t]+secret[ \t]+set\b[^\n]*?[ \t](?:--body|-b)(?:[ \t]+|=)"
    r"(?:(?P<q>['\"])(?P<quoted>[^'\"\n]{1,256})(?P=q)|(?P<bare>[^\s'\"]{1,256}))"
)


def _quoted_or_bare(m: re.Match[str]) -> tuple[int, int, str] | None:
    group = "quoted" if m.group("quoted") is not None else "bare"
    value = m.group(group)
    if value is None or stand_in_value(value):
        return None
    return m.start(group), m.end(group), value


def detect_command_secrets_57p(text: str) -> Iterator[Hit]:
    """Spaced config secrets, basic-auth passwords, schtasks /rp, gh secret --body (see above)."""
    if " = " in text:
        for m in _SPACED_ENV_RE.finditer(text):
            value = m.group("bare")
            if not stand_in_value(value) and secret_shaped(value):
                yield Hit("secret", m.start("bare"), m.end("bare"), 0.8, False)
    if "Auth" in text or "auth" in text:
        for m in _BASIC_AUTH_RE.finditer(text):
            value = m.group("value")
            if not stand_in_value(value) and secret_shaped(value):
                yield Hit("secret", m.start("value"), m.end("value"), 0.8, False)
    lowered = text.lower()
    if "schtasks" in lowered:
        for m in _SCHTASKS_RE.finditer(text):
            found = _quoted_or_bare(m)
            if found is not None:
                yield Hit("secret", found[0], found[1], 0.8, False)
    if "gh" in lowered and "secret" in lowered:
        for m in _GH_SECRET_RE.finditer(text):
            found = _quoted_or_bare(m)
            if found is not None:
                yield Hit("secret", found[0], found[1], 0.8, False)
