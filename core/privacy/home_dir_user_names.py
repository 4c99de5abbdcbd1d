"""The account name in a home folder's path: ``C:\\Users\\aoife.mcgillycuddy\\AppData``,
``/Users/byunseohyeon/Documents``, ``/home/tomasz.wojcik/.ssh`` (redteam31).

People paste error messages and tracebacks whole, and the path in them starts at their home
folder, which the operating system named after them when the account was made: a
first.last pair, a romanised full name run together, a nickname. The folder name is as
personal as the name it was made from. The shape: ``X:\\Users\\``, ``/Users/`` or
``/home/``, then the folder name. Built-in and service accounts name no one (``Public``,
``Default``, ``Administrator``, ``runner``, ``ubuntu``, ``ec2-user``, ``root``…), and a
placeholder (``<user>``, ``%USERNAME%``, ``$USER``, ``yourname``) is left alone.
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.types import Hit

__all__ = ["detect_home_dir_user_names"]

_HOME_RE = LazyPattern(
    r"(?:(?<![A-Za-z])[A-Za-z]:(?:\\{1,2}|/)Users(?:\\{1,2}|/)|(?<![A-Za-z0-9_.~-])/(?:Users|home)/)"
    r"(?P<user>[^\\/\s'\"<>:;,|*?]{2,64})"
)
_SERVICE_ACCOUNTS = frozenset(
    [
        "public",
        "default",
        "default.migrated",
        "defaultuser0",
        "all",
        "administrator",
        "admin",
        "admins",
        "user",
        "users",
        "username",
        "guest",
        "shared",
        "runner",
        "ubuntu",
        "ec2-user",
        "centos",
        "debian",
        "fedora",
        "root",
        "pi",
        "vagrant",
        "node",
        "app",
        "apps",
        "deploy",
        "deployer",
        "git",
        "gitlab-runner",
        "jenkins",
        "www-data",
        "nginx",
        "apache",
        "postgres",
        "mysql",
        "docker",
        "build",
        "builder",
        "ci",
        "test",
        "tester",
        "dev",
        "developer",
        "me",
        "you",
        "mac",
        "macbook",
        "owner",
        "work",
        "server",
        "local",
        "linuxbrew",
        "yourname",
        "your_name",
        "yourusername",
        "your-username",
        "name",
        "myname",
        "myuser",
    ]
)


def detect_home_dir_user_names(text: str) -> Iterator[Hit]:
    """Account names in home-folder paths (see the module)."""
    if "Users" not in text and "/home/" not in text:
        return
    for m in _HOME_RE.finditer(text):
        user = m.group("user").rstrip(".")
        if user.casefold() in _SERVICE_ACCOUNTS or any(ch in user for ch in "%$<>{}[]~"):
            continue
        if not any(ch.isalpha() for ch in user):
            continue
        yield Hit("person_name", m.start("user"), m.start("user") + len(user), 0.75, False)
