"""Secrets in command lines the secret rules did not read (redteam47):

- ``ipmitool -I lanplus -H … -U admin -P 'Gorse#Vale38' …``: a BMC's password (``-P``);
- ``snmpwalk -v3 … -A 'authpass' … -X 'privpass' …`` (and snmpget, snmpset, snmpbulkwalk,
  snmptrap, snmptable): SNMPv3's authentication and privacy pass phrases;
- ``openssl enc … -k 'PASSWORD'``: the encryption password itself (``-pass pass:`` is read
  elsewhere);
- ``wpa_passphrase SSID PASSPHRASE``: the Wi-Fi passphrase, the second argument.

Each flag's value is the secret only in its own tool (``-P`` is a port or a prefix in
others, ``-k`` is "insecure" in curl), so the rule is anchored on the tool's name. A
published default (``ipmitool -U ADMIN -P ADMIN``), a variable (``"$PASS"``) or a bare word
is no secret: the value must be secret-shaped (a digit, or letters mixed with a symbol).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.labelled_secrets import secret_shaped
from core.privacy.types import Hit

__all__ = ["detect_command_secrets_55p"]

# A quoted or bare argument: the value group holds it without its quotes.
_VALUE = r"(?P<q>['\"]?)(?P<value>[^\s'\"]{3,128})(?P=q)(?![^\s'\"])"
# The tool's name; its command line runs to the line's end, a pipe or a ';'.
_TOOL_RE = LazyPattern(
    r"\b(?P<tool>ipmitool|snmp(?:walk|get|getnext|set|bulkwalk|bulkget|trap|table|inform|"
    r"delta|status)|openssl[ \t]+enc)\b[^\n|;]*"
)
# The flags whose value is the secret, per tool.
_FLAG_RES = {
    "ipmitool": LazyPattern(r"[ \t]-P[ \t]*" + _VALUE),
    "snmp": LazyPattern(r"[ \t]-[AX][ \t]*" + _VALUE),
    "openssl": LazyPattern(r"[ \t]-k[ \t]+" + _VALUE),
}
# The SSID quoted (spaces allowed inside) or bare, then the passphrase.
_WPA_RE = LazyPattern(
    r"\bwpa_passphrase[ \t]+(?:'[^'\n]{1,64}'|\"[^\"\n]{1,64}\"|[^\s'\"]{1,64})[ \t]+" + _VALUE
)
_CUES = ("ipmitool", "snmp", "openssl", "wpa_passphrase")


def _hit(m: re.Match[str]) -> Hit | None:
    value = m.group("value")
    if secret_shaped(value) and "password" not in value.lower():
        return Hit("secret", m.start("value"), m.end("value"), 0.85, False)
    return None


def detect_command_secrets_55p(text: str) -> Iterator[Hit]:
    """Passwords of ipmitool -P, snmp* -A/-X, openssl enc -k, wpa_passphrase (see the module)."""
    if not any(cue in text for cue in _CUES):
        return
    for tool in _TOOL_RE.finditer(text):
        name = tool.group("tool")
        key = "snmp" if name.startswith("snmp") else name.split()[0]
        for m in _FLAG_RES[key].finditer(text, tool.end("tool"), tool.end()):
            if (hit := _hit(m)) is not None:
                yield hit
    if "wpa_passphrase" in text:
        for m in _WPA_RE.finditer(text):
            if (hit := _hit(m)) is not None:
                yield hit
