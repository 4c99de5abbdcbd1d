"""A person's account in a login log line, and where they logged in from: ``sshd[2231]:
Failed password for minseo.ahn from 211.234.18.77 port 52114 ssh2`` (redteam33).

People paste ``auth.log`` lines to ask whether someone is breaking in. sshd and PAM write
the account and the client address in fixed phrases (``Failed password for [invalid user]
…``, ``Accepted publickey for …``, ``Invalid user … from``, ``session opened for user …``).
A company's accounts are named after their people (``minseo.ahn``, ``j_okafor``), so such
an account is a name, and the address it logged in from places that person. Service and
default accounts (``root``, ``ubuntu``, ``git``, ``postgres``, ``admin``…) and one plain
word are no one's: neither they nor their address are read.
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.types import Hit

__all__ = ["detect_login_log_users"]

_IPV4 = r"(?:[0-9]{1,3}\.){3}[0-9]{1,3}"
_LOGIN_RE = LazyPattern(
    r"(?:(?:Failed|Accepted)[ \t]+(?:password|publickey|keyboard-interactive(?:/pam)?)[ \t]+for"
    r"(?:[ \t]+invalid[ \t]+user)?|Invalid[ \t]+user|session[ \t]+opened[ \t]+for[ \t]+user|"
    r"authentication[ \t]+failure;.*?[ \t]user=)"
    r"[ \t]+(?P<user>[A-Za-z][A-Za-z0-9._-]{1,31})"
    r"(?:[ \t]+from[ \t]+(?P<ip>" + _IPV4 + r"))?"
)
_SERVICE_ACCOUNTS = frozenset(
    {
        "root", "admin", "administrator", "ubuntu", "ec2-user", "centos", "debian", "git",
        "postgres", "mysql", "oracle", "www-data", "nginx", "apache", "deploy", "deployer",
        "jenkins", "ansible", "test", "tester", "user", "guest", "pi", "nobody", "support",
        "ftp", "ftpuser", "backup", "daemon", "sshd", "vagrant", "docker", "hadoop", "elastic",
    }
)  # fmt: skip


def _person_account(user: str) -> bool:
    # Two alphabetic parts joined as people's accounts are ("minseo.ahn", "j_okafor").
    parts = [p for p in user.replace("_", ".").replace("-", ".").split(".") if p]
    return (
        user.lower() not in _SERVICE_ACCOUNTS
        and len(parts) >= 2
        and all(p.isalpha() for p in parts[:2])
    )


def detect_login_log_users(text: str) -> Iterator[Hit]:
    """Person-named accounts in login log lines, with their client address (see the module)."""
    if " for " not in text and "user" not in text:
        return
    for m in _LOGIN_RE.finditer(text):
        if not _person_account(m.group("user")):
            continue
        yield Hit("person_name", m.start("user"), m.end("user"), 0.7, False)
        if m.group("ip") is not None:
            yield Hit("address", m.start("ip"), m.end("ip"), 0.65, False)
