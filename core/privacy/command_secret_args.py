"""Passwords and signing keys that a command's or a call's own grammar marks (redteam41),
with no word "password" before them: SQL's ``IDENTIFIED BY '…'`` and ``WITH PASSWORD '…'``,
``ssh-keygen -N '…'`` (and ``-P``, the old passphrase), 7-Zip's ``-pSECRET`` glued to its
flag and zip's ``-P SECRET``, GnuPG's ``--passphrase '…'``, Windows ``cmdkey /pass:…``, and a
JWT library's signing key as the second argument of ``jwt.encode``/``jwt.decode``/``jwt.sign``;
and (the round's second batch) OpenLDAP's ``ldapsearch … -w '…'`` and Samba's
``smbclient -U user%password``; and (redteam42) ``nmcli … password '…'``, ``net user NAME
PASSWORD /add``, ``mosquitto_pub … -P '…'``, WinRAR's ``-hpSECRET``, ``PsExec … -p …``
and SQL Server's ``sqlcmd … -P '…'``; and (redteam43) FreeRDP's ``xfreerdp … /p:…`` (and
rdesktop's ``-p``), lftp's ``-u user,password`` and an expect script's ``send "…\\r"`` after
a password prompt; and (its second batch) text an automation types into a login
(``adb shell input text '…'``, ``xdotool type '…'``) when the text says it unlocks or logs in;
and (redteam44) macOS's ``security add-generic-password … -w '…'``, and an OpenVPN
``--auth-user-pass`` file's second line as the text gives it.

Each tool puts the secret where only its syntax says what it is. What is no secret: a value the
tool reads from elsewhere (a shell variable ``$PW``, ``env:``, a command substitution), an
empty passphrase (``-N ''``), a bare ``-p`` that makes 7-Zip ask, a key held in a variable
(``jwt.encode(p, key, …)``), and the stand-ins the manuals print (``'password'``,
``'secret'``, ``YOUR_KEY``, ``<passphrase>``, and one lower-case word in a text that quotes
the manual and says nothing of the writer's own: nmcli's ``password caffeine``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.documented_call_mailboxes import cites_docs_not_the_writer
from core.privacy.types import Hit

__all__ = ["detect_command_secret_args"]

_QUOTED = r"(?P<q>['\"])(?P<value>[^'\"\n]{3,128})(?P=q)"
_BARE_OR_QUOTED = r"(?P<q>['\"]?)(?P<value>[^\s'\"]{4,128})(?P=q)"
# MySQL/MariaDB "IDENTIFIED BY '…'" (CREATE/ALTER USER, GRANT), PostgreSQL "[WITH]
# [ENCRYPTED] PASSWORD '…'" (CREATE/ALTER ROLE/USER), "SET PASSWORD … = '…'".
_SQL_RE = LazyPattern(
    r"(?i:\bIDENTIFIED[ \t]+(?:WITH[ \t]+\w+[ \t]+)?BY|\b(?:ENCRYPTED[ \t]+)?PASSWORD"
    r"(?=[ \t]+['\"])|\bSET[ \t]+PASSWORD\b[^;\n=]{0,80}=)[ \t]*" + _QUOTED
)
_SQL_CUE = LazyPattern(r"(?i)\b(?:identified[ \t]+(?:with[ \t]+\w+[ \t]+)?by|(?:create|alter)"
                       r"[ \t]+(?:user|role)|set[ \t]+password)\b")  # fmt: skip
# A command line (up to a pipe, a semicolon or the line's end) and the flags in it that
# carry the secret: every such flag counts ("ssh-keygen -p -P OLD -N NEW" holds two).
# A "&" inside a word is part of a value ("Birch&Tide41"); "&&" or " & " ends the command.
_COMMAND_TAIL = r"(?:[^\n|;&]|&(?![&\s])){0,240}"
_SSH_KEYGEN = (
    LazyPattern(r"\bssh-keygen\b" + _COMMAND_TAIL),
    LazyPattern(r"(?<=\s)-[NP][ \t]+" + _BARE_OR_QUOTED),
)
# 7-Zip (7z, 7za, 7zz, 7zr) takes the password glued: "-pSECRET"; "-p" alone asks for it.
_SEVEN_ZIP = (
    LazyPattern(r"\b7z[arz]?\b" + _COMMAND_TAIL),
    LazyPattern(r"(?<=\s)-p(?P<q>['\"]?)(?P<value>[^\s'\"]{4,128})(?P=q)"),
)
_ZIP = (
    LazyPattern(r"\b(?:zip|unzip)\b" + _COMMAND_TAIL),
    LazyPattern(r"(?<=\s)(?:-P|--password)(?:[ \t]+|=)" + _BARE_OR_QUOTED),
)
_GPG = (
    LazyPattern(r"\bgpg2?\b" + _COMMAND_TAIL),
    LazyPattern(r"(?<=\s)--passphrase(?:[ \t]+|=)" + _BARE_OR_QUOTED),
)
_CMDKEY = (
    LazyPattern(r"(?i:\bcmdkey\b)" + _COMMAND_TAIL),
    LazyPattern(r"(?i:/pass):" + _BARE_OR_QUOTED),
)
# OpenLDAP's tools take the bind password after -w ("-W" asks for it instead); Samba's
# clients take "-U user%password" (or --user=, --password=) (redteam41, second batch).
_LDAP = (
    LazyPattern(
        r"\bldap(?:search|modify|add|delete|passwd|whoami|compare|modrdn)\b" + _COMMAND_TAIL
    ),
    LazyPattern(r"(?<=\s)-w[ \t]+" + _BARE_OR_QUOTED),
)
_SAMBA_COMMAND = LazyPattern(
    r"\b(?:smbclient|rpcclient|smbmap|smbcacls|net[ \t]+rpc)\b" + _COMMAND_TAIL
)
_SAMBA_USER = (
    _SAMBA_COMMAND,
    LazyPattern(
        r"(?<=\s)(?:-U|--user(?:name)?=?)[ \t]*(?P<q>['\"]?)[^\s'\"%]{1,64}%"
        r"(?P<value>[^\s'\"]{4,128})(?P=q)"
    ),
)
_SAMBA_PASSWORD = (_SAMBA_COMMAND, LazyPattern(r"(?<=\s)--password(?:[ \t]+|=)" + _BARE_OR_QUOTED))
# redteam42: NetworkManager's "nmcli dev wifi connect SSID password '…'" (and the psk
# properties), Windows "net user NAME PASSWORD /add" (the second word; "*" makes it ask),
# Mosquitto's "mosquitto_pub … -P '…'", WinRAR's glued "-hpSECRET"/"-pSECRET" and Sysinternals
# "PsExec … -p SECRET".
_NMCLI = (
    LazyPattern(r"\bnmcli\b" + _COMMAND_TAIL),
    LazyPattern(
        r"(?<=\s)(?:password|(?:802-11-)?wifi-sec\.psk|802-1x\.password)[ \t]+" + _BARE_OR_QUOTED
    ),
)
_NET_USER = (
    LazyPattern(r"(?i:\bnet[ \t]+user\b)" + _COMMAND_TAIL),
    LazyPattern(
        r"(?i:\bnet[ \t]+user)[ \t]+(?:\"[^\"\n]{1,64}\"|[^\s/\"]{1,64})[ \t]+(?!/)"
        + _BARE_OR_QUOTED
    ),
)
_MOSQUITTO = (
    LazyPattern(r"\bmosquitto_(?:pub|sub|rr)\b" + _COMMAND_TAIL),
    LazyPattern(r"(?<=\s)(?:-P|--pw)[ \t]+" + _BARE_OR_QUOTED),
)
_RAR = (
    LazyPattern(r"(?i:\b(?:win)?(?:un)?rar(?:\.exe)?\b)" + _COMMAND_TAIL),
    LazyPattern(r"(?<=\s)-(?:hp|p)(?P<q>['\"]?)(?P<value>[^\s'\"]{4,128})(?P=q)"),
)
_PSEXEC = (
    LazyPattern(r"(?i:\bpsexec(?:64)?(?:\.exe)?\b)" + _COMMAND_TAIL),
    LazyPattern(r"(?<=\s)-p[ \t]+" + _BARE_OR_QUOTED),
)
# redteam42, second batch: SQL Server's "sqlcmd/bcp/osql … -P '…'".
_SQLCMD = (
    LazyPattern(r"(?i:\b(?:sqlcmd|bcp|osql)(?:\.exe)?\b)" + _COMMAND_TAIL),
    LazyPattern(r"(?<=\s)-P[ \t]*" + _BARE_OR_QUOTED),
)
# redteam43: FreeRDP (xfreerdp, wfreerdp, sdl-freerdp) "/p:SECRET" (or "/password:"), rdesktop
# "-p SECRET" ("-p -" reads it from stdin), lftp "-u user,SECRET" (also in its "open" command).
_FREERDP = (
    LazyPattern(r"(?i:\b(?:[xw]|sdl-?)freerdp3?\b)" + _COMMAND_TAIL),
    LazyPattern(r"(?<=\s)/(?:p|password):" + _BARE_OR_QUOTED),
)
_RDESKTOP = (
    LazyPattern(r"\brdesktop\b" + _COMMAND_TAIL),
    LazyPattern(r"(?<=\s)-p[ \t]+" + _BARE_OR_QUOTED),
)
_LFTP = (
    LazyPattern(r"\blftp\b" + _COMMAND_TAIL),
    LazyPattern(
        r"(?<=\s)(?:-u|--user)[ \t]+(?P<q>['\"]?)[^\s'\",]{1,64},(?P<value>[^\s'\"]{4,128})(?P=q)"
    ),
)
_COMMANDS = (
    ("ssh-keygen", _SSH_KEYGEN),
    ("7z", _SEVEN_ZIP),
    ("zip", _ZIP),
    ("--passphrase", _GPG),
    ("cmdkey", _CMDKEY),
    ("ldap", _LDAP),
    ("smb", _SAMBA_USER),
    ("smb", _SAMBA_PASSWORD),
    ("rpc", _SAMBA_USER),
    ("nmcli", _NMCLI),
    ("net user", _NET_USER),
    ("mosquitto_", _MOSQUITTO),
    ("rar", _RAR),
    ("psexec", _PSEXEC),
    ("sqlcmd", _SQLCMD),
    ("bcp", _SQLCMD),
    ("osql", _SQLCMD),
    ("freerdp", _FREERDP),
    ("rdesktop", _RDESKTOP),
    ("lftp", _LFTP),
)
# jwt.encode(payload, 'key', …), jwt.decode(token, "key", …), jwt.sign(payload, 'key').
_JWT_RE = LazyPattern(
    r"\bjwt\.(?:encode|decode|sign|verify)\([^()'\"]{0,80}?(?:\{[^{}]{0,200}\}|\w+)[ \t]*,"
    r"[ \t]*" + _QUOTED
)
# An expect script's answer to a password prompt: 'expect "password:"' then 'send "…\r"'.
_EXPECT_SEND_RE = LazyPattern(
    r"(?i:\bexpect)[ \t]+(?:-[a-z]+[ \t]+)?[\"'{][^\"'}\n]*(?i:assword|assphrase|\bpin\b)"
    r"[^\"'}\n]*[\"'}][ \t]*(?:\n[ \t]*)+send[ \t]+(?:--[ \t]+)?\"(?P<value>[^\"\n\\]{3,128})"
    r"(?:\\[rn])*\""
)
# Text typed by automation is a secret when the text says what it opens ("잠금 풀려고",
# "my login script"): adb's "input text" and xdotool's "type".
_TYPED_RE = LazyPattern(
    r"\b(?:adb(?:[ \t]+-s[ \t]+\S+)?[ \t]+shell[ \t]+input[ \t]+text|xdotool[ \t]+type"
    r"(?:[ \t]+--[a-z-]+(?:[ \t]+[0-9]+)?)*)[ \t]+" + _BARE_OR_QUOTED
)
_LOGIN_CUE_RE = LazyPattern(
    r"(?i)pass(?:word|code|phrase)|\bpin\b|\blog[ \t-]?in|unlock|sign[ \t-]?in|비밀번호|비번|잠금|"
    r"로그인|암호"
)
# redteam44: macOS's keychain tool "security add-generic-password … -w '…'" (add-internet-
# password too); "find-…-password -w" prints the password and carries none.
_MACOS_SECURITY = (
    LazyPattern(r"\bsecurity[ \t]+add-(?:generic|internet)-password\b" + _COMMAND_TAIL),
    LazyPattern(r"(?<=\s)-w[ \t]+(?!-)" + _BARE_OR_QUOTED),
)
# Kept apart from _COMMANDS, whose earlier rounds' tests switch its tail off by slicing.
_COMMANDS_44 = (("security", _MACOS_SECURITY),)
_PLACEHOLDER_PARTS = (
    "your", "<", "xxx", "***", "changeme", "{{", "example", "secret_key", "here", "...",
)  # fmt: skip
_PLACEHOLDER_WORDS = frozenset(
    {"password", "passw0rd", "secret", "passphrase", "mypassword", "mysecret", "key", "test"}
)


# redteam42: a manual's own example value ("nmcli … password caffeine" in nmcli's man page):
# one lower-case word, in a text that cites the manual and says nothing of the writer's own.
_WORD_RE = LazyPattern(r"[a-z]{3,20}")
# redteam43: the fictional companies and reserved domains documentation writes its examples
# against ("/v:rdp.contoso.com", "example.com").
_DOCS_HOST_RE = LazyPattern(
    r"(?i)\b(?:contoso|fabrikam|adventure-?works|northwind|example)\.(?:com|org|net|local)\b"
)


def _manual_example(text: str, value: str) -> bool:
    if not cites_docs_not_the_writer(text):
        return False
    return _WORD_RE.fullmatch(value) is not None or _DOCS_HOST_RE.search(text) is not None


def _placeholder(value: str) -> bool:
    lowered = value.lower()
    return (
        value[0] in "$%`{<"
        or any(part in lowered for part in _PLACEHOLDER_PARTS)
        or lowered in _PLACEHOLDER_WORDS
    )


def _command_values(text: str) -> Iterator[re.Match[str]]:
    lowered = text.lower()
    for cue, (command_re, flag_re) in (*_COMMANDS, *_COMMANDS_44):
        if cue not in lowered:
            continue
        for command in command_re.finditer(text):
            yield from flag_re.finditer(text, command.start(), command.end())


# redteam44, second batch: OpenVPN's --auth-user-pass FILE holds the user name on its first
# line and the password on the second; a text that says what the second line holds gives it.
_AUTH_FILE_SECOND_LINE_RE = LazyPattern(
    r"(?:둘째|두[ \t]?번째|(?i:second|2nd))[ \t]?(?:줄|(?i:line))"
    r"(?:은|는|에는|엔|이|:|=|(?i:[ \t]+is))?[ \t]*" + _BARE_OR_QUOTED
)


def _call_values(text: str) -> Iterator[re.Match[str]]:
    if _SQL_CUE.search(text) is not None:
        yield from _SQL_RE.finditer(text)
    if "jwt." in text:
        yield from _JWT_RE.finditer(text)
    if "auth-user-pass" in text:
        yield from _AUTH_FILE_SECOND_LINE_RE.finditer(text)
    if "send" in text and "expect" in text.lower():
        yield from _EXPECT_SEND_RE.finditer(text)
    if ("input text" in text or "xdotool" in text) and _LOGIN_CUE_RE.search(text) is not None:
        yield from _TYPED_RE.finditer(text)


def detect_command_secret_args(text: str) -> Iterator[Hit]:
    """Secrets in SQL, ssh-keygen, 7-Zip/zip, GnuPG, cmdkey and JWT calls (see the module)."""
    for m in (*_command_values(text), *_call_values(text)):
        value = m.group("value")
        if not _placeholder(value) and not _manual_example(text, value):
            yield Hit("secret", m.start("value"), m.end("value"), 0.85, False)
