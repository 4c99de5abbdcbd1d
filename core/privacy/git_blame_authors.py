"""The author on a line of ``git blame`` output: ``^3f2a9c1 (Henrike Stolzenburg 2026-11-02
14:03:22 +0100 42)     retries = 0`` (redteam35).

People paste blame output to ask who changed a line; git prints the author's name (as their
``user.name``: usually their full name) inside the parentheses, before the commit's date,
time, zone and the line number. The mailbox rules read an author beside ``<address>``; blame's
default form has none. The shape is fixed: a commit id of 4–40 hex digits (``^`` for a
boundary commit, a file name may follow), ``(``, the name, then ``YYYY-MM-DD HH:MM:SS ±ZZZZ``
and the line number. ``Not Committed Yet`` is git's own placeholder, not a person.
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.types import Hit

__all__ = ["detect_git_blame_authors"]

_BLAME_RE = LazyPattern(
    r"(?m)^[ \t]*\^?[0-9a-f]{4,40}(?:[ \t]+[^\s()]+)?[ \t]+\((?P<name>[^()\n0-9]{2,60}?)[ \t]+"
    r"[0-9]{4}-[0-9]{2}-[0-9]{2}[ \t]+[0-9]{2}:[0-9]{2}:[0-9]{2}[ \t]+[+-][0-9]{4}[ \t]+[0-9]+\)"
)
_NOT_PEOPLE = frozenset({"not committed yet", "unknown", "github", "dependabot[bot]"})


def detect_git_blame_authors(text: str) -> Iterator[Hit]:
    """Authors' names in ``git blame`` lines (see the module)."""
    if "(" not in text or ":" not in text:
        return
    for m in _BLAME_RE.finditer(text):
        name = m.group("name").strip()
        if name.lower() in _NOT_PEOPLE or not any(ch.isalpha() for ch in name):
            continue
        yield Hit("person_name", m.start("name"), m.start("name") + len(name), 0.75, False)
