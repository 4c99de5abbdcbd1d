"""A password given on a command line: ``mysql -u root -pS3cret!``, ``sshpass -p '…' ssh …``,
``--password=…``, ``curl -u admin:…`` (redteam29).

People paste the command that fails, password and all. The label rules read "password is
…"; a command names it by its flag instead. MySQL's client tools glue the value to ``-p``
(``-pS3cret``; a bare ``-p`` prompts for it), ``sshpass`` puts it after ``-p``, most tools
take ``--password`` or ``--pass`` with ``=`` or a space, and curl, wget and httpie take
``user:password`` after ``-u``/``--user``; ``redis-cli`` takes it after ``-a``
(redteam37). The value must look like a secret (a digit in
it, or letters mixed with a symbol): ``-p 8080`` after ``ssh`` or ``docker`` is a port, so
``-p`` counts only after the tools that read a password from it, and a placeholder
(``--password=$DB_PASS``, ``-p<password>``, ``-u user:password``) stays public. (blind54p) A
value with an ``@`` and no dotted host after it (``-a 'Puffin@Marsh19'``) is a password.
"""

from __future__ import annotations

from collections.abc import Iterator

from core.privacy.guarded_pattern import GuardedPattern
from core.privacy.labelled_secrets import secret_shaped
from core.privacy.types import Hit

__all__ = ["detect_cli_password_flags"]

_VALUE = r"(?P<q>['\"]?)(?P<value>[^\s'\"]{3,64})(?P=q)"
# MySQL's clients glue the password to -p; sshpass and mysql's spaced form take the next word.
_MYSQL_RE = GuardedPattern(
    r"(?<![\w-])(?:mysql|mysqldump|mysqladmin|mariadb|mariadb-dump|mysqlimport|mysqlsh)\b"
    r"[^\n|;&]{0,120}?(?<=\s)-p" + _VALUE
)
_SSHPASS_RE = GuardedPattern(r"(?<![\w-])sshpass[ \t]+-p[ \t]*" + _VALUE)
_LONG_FLAG_RE = GuardedPattern(
    r"(?<![\w-])--(?:password|passwd|pass|db-password)(?:=|[ \t]+)" + _VALUE
)
# curl -u user:password, wget --user=… --password=… is the long flag above.
_USER_PASS_RE = GuardedPattern(
    r"(?<![\w-])(?:curl|http|https|wget)\b[^\n|;&]{0,120}?(?<=\s)(?:-u|--user)(?:=|[ \t]*)"
    r"(?P<q>['\"]?)[^\s:'\"]{1,64}:(?P<value>[^\s'\"@]{3,64})(?P=q)"
)
# redteam37: "redis-cli -h … -a 'Dm9#…' ping" (redis-cli's -a is its password).
_REDIS_RE = GuardedPattern(
    r"(?<![\w-])(?:redis-cli|valkey-cli|keydb-cli)\b[^\n|;&]{0,120}?(?<=\s)-a[ \t]+" + _VALUE
)
_CUES = ("-p", "--pass", "--db-pass", "-u", "--user")
_REDIS_CUES = ("redis-cli", "valkey-cli", "keydb-cli")
# A word of a placeholder rather than a value.
_PLACEHOLDER_WORDS = ("password", "passwd", "secret", "your", "xxx", "***")


def _at_without_host(value: str) -> bool:
    """An ``@`` with no dotted host after it (``Puffin@Marsh19``): a password's symbol, not an
    e-mail address (blind54p; the shared shape test reads any inner ``@`` as an address)."""
    at = value.find("@", 1)
    return at >= 0 and "." not in value[at + 1 :]


def _flag_value_shaped(value: str) -> bool:
    """Whether the value after a password flag reads as a secret (see ``secret_shaped``)."""
    if _at_without_host(value):
        return secret_shaped(value.replace("@", "#"))
    return secret_shaped(value)


def _is_placeholder(value: str) -> bool:
    lowered = value.lower()
    return any(word in lowered for word in _PLACEHOLDER_WORDS) or value.startswith("$")


def detect_cli_password_flags(text: str) -> Iterator[Hit]:
    """Passwords given as a command's flag (see the module)."""
    patterns = [_MYSQL_RE, _SSHPASS_RE, _LONG_FLAG_RE, _USER_PASS_RE]
    if not any(cue in text for cue in _CUES):
        patterns = []
    # "-a" is in too many words to gate on; the client's own name is the cue.
    if any(cue in text for cue in _REDIS_CUES):
        patterns.append(_REDIS_RE)
    for pattern in patterns:
        for m in pattern.finditer(text):
            value = m.group("value")
            if _flag_value_shaped(value) and not _is_placeholder(value):
                yield Hit("secret", m.start("value"), m.end("value"), 0.85, False)
