"""A person's name set as git's author: ``git config --global user.name "Oyelowo
Adebanjo-Kerr"``, ``GIT_AUTHOR_NAME='…'`` (redteam38).

People paste the command they ran when their commits show the wrong author. The value is
the writer's own full name as it will stand in every commit; nothing around it is a name
label the other rules know. The value of ``user.name`` (quoted, or one bare word) and of
``GIT_AUTHOR_NAME``/``GIT_COMMITTER_NAME`` is read when it is person-shaped (a Korean name
or one to four capitalised words) and is no specimen the documentation prints, quoted as
such (:mod:`core.privacy.documented_example_names`). ``"Your Name"`` is a placeholder.
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.documented_example_names import is_documented_example_name
from core.privacy.person_shaped import person_shaped
from core.privacy.types import Hit

__all__ = ["detect_git_config_names"]

_VALUE_RE = LazyPattern(
    r"(?:(?i:git)[ \t]+(?i:config)(?:[ \t]+--(?:global|local|system|file[ \t]+\S+))?[ \t]+"
    r"(?i:user\.name)[ \t]+|(?:GIT_AUTHOR_NAME|GIT_COMMITTER_NAME)[ \t]*=[ \t]*)"
    r"(?:(?P<q>[\"'])(?P<quoted>[^\"'\n]{2,60})(?P=q)|(?P<bare>[^\s\"']{2,40}))"
)
_PLACEHOLDERS = frozenset({"your name", "your full name", "name", "username", "firstname lastname"})


def detect_git_config_names(text: str) -> Iterator[Hit]:
    """Author names given to git's configuration (see the module)."""
    if "user.name" not in text and "_NAME" not in text:
        return
    for m in _VALUE_RE.finditer(text):
        group = "quoted" if m.group("quoted") is not None else "bare"
        value = m.group(group)
        if value.casefold() in _PLACEHOLDERS or not person_shaped(value, strong=False):
            continue
        if is_documented_example_name(text, m.start(group), m.end(group)):
            continue
        yield Hit("person_name", m.start(group), m.end(group), 0.85, False)
