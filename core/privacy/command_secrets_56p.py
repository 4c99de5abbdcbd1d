"""Secrets in an environment assignment written before a command (redteam48).

``BORG_PASSPHRASE='Tansy^Weir55' borg create …``, ``RESTIC_PASSWORD="…" restic backup``,
``VAULT_TOKEN='…' vault read …``: a shell runs the command with the variable set, so the line a
user pastes from a cron table or a script carries the secret itself. The variable's name says
what the value is (a name ending in PASSPHRASE, PASSWORD, PASSWD, PASS, SECRET, TOKEN, PIN,
API_KEY, _PWD or PASSCODE); the value is read whole inside its quotes, whatever symbols it
holds (the assignment rules of :mod:`core.privacy.credential_tokens` stop at ``^`` or a space
and do not know PASSPHRASE). A value that is a variable or a command's output (``"$(cat pw.txt)"``,
``'${PW}'``), a bracketed stand-in (``'<passphrase>'``) or a stand-in word
(``'your-passphrase'``, ``'changeme'``, ``xoxb-not-a-real-token``) is no secret.
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.labelled_secrets import secret_shaped
from core.privacy.types import Hit

__all__ = ["detect_command_secrets_56p", "stand_in_value"]

_ENV_RE = LazyPattern(
    r"(?<![A-Za-z0-9_$])(?P<key>[A-Z][A-Z0-9_]*(?:PASSPHRASE|PASSWORD|PASSWD|_PASS|_PW|SECRET|"
    r"TOKEN|_PIN|API_KEY|"
    # redteam51: MySQL's own variable ("MYSQL_PWD='…' mysqldump …") and a passcode.
    r"_PWD|PASSCODE))=(?:(?P<q>['\"])(?P<quoted>[^'\"\n]{3,128})(?P=q)"
    r"|(?P<bare>[^\s'\"$`;|&]{3,128}))"
)
_CUES = ("PASS", "SECRET", "TOKEN", "_PW", "_PIN", "API_KEY")
# Words of a stand-in value in documentation ("your-passphrase", "changeme").
# (command_secrets_57p reads its values with this too; a "<password>" is caught by "<".)
_STAND_IN_WORDS = (
    "your", "changeme", "change_me", "example", "placeholder", "secret_here",
    # redteam51: a vendor's docs say the value is none ("xoxb-not-a-real-token-this-will-…").
    "not-a-real", "not_a_real", "notarealtoken", "dummy",
)  # fmt: skip


def stand_in_value(value: str) -> bool:
    """Whether ``value`` is a documentation stand-in ("your-passphrase", "${TOKEN}", "***")."""
    lowered = value.lower()
    return (
        any(ch in value for ch in "$`<>{}")
        or any(word in lowered for word in _STAND_IN_WORDS)
        or set(value) <= set("*xX.")
    )


def detect_command_secrets_56p(text: str) -> Iterator[Hit]:
    """Values of secret-named environment assignments (see the module)."""
    if "=" not in text or not any(cue in text for cue in _CUES):
        return
    for m in _ENV_RE.finditer(text):
        group = "quoted" if m.group("quoted") is not None else "bare"
        value = m.group(group)
        if stand_in_value(value) or not secret_shaped(value):
            continue
        yield Hit("secret", m.start(group), m.end(group), 0.8, False)
