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
- (redteam51) Helm's ``--set auth.postgresPassword=Lapwing@Fen16`` (``--set-string``, several
  ``key=value`` pairs joined by commas): a value whose key's last part names a password, a
  secret, a token or an API key is that secret (a stand-in or a ``$VAR`` is not).
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

_HELM_SET_RE = LazyPattern(
    r"(?<![A-Za-z0-9-])--set(?:-string)?(?:[ \t]+|=)(?P<q>['\"]?)(?P<arg>[^\s'\"]{3,512})(?P=q)"
)
_HELM_PAIR_RE = LazyPattern(
    r"(?:^|(?<=,))(?:[A-Za-z0-9_\[\]-]+\.)*[A-Za-z0-9_]*(?i:password|passwd|secret|token|"
    r"api_?key)=(?P<value>[^,]{3,128})"
)


def _helm_set_values(text: str) -> Iterator[Hit]:
    for m in _HELM_SET_RE.finditer(text):
        base = m.start("arg")
        for pair in _HELM_PAIR_RE.finditer(m.group("arg")):
            value = pair.group("value")
            # The key says a password: an "@" with no domain after it ("Lapwing@Fen16") is a
            # symbol of the password, not an e-mail's (secret_shaped alone declines it).
            at_symbol = "@" in value and "." not in value.split("@", 1)[1]
            if not stand_in_value(value) and (secret_shaped(value) or at_symbol):
                start, end = base + pair.start("value"), base + pair.end("value")
                yield Hit("secret", start, end, 0.8, False)


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
    if "--set" in text:
        yield from _helm_set_values(text)
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
