"""An app password written out after its name: ``구글 앱 비밀번호 새로 받았어: qwvt mzkd hrpl
xeob``, ``Apple app-specific password abcd-efgh-ijkl-mnop`` (redteam36).

Google's app passwords are sixteen lower-case letters shown in four groups of four; Apple's
app-specific passwords are four groups of four joined by dashes. Letters alone with spaces
between them pass none of the secret-shape checks (no digit, no symbol), and the label
rules stop at the first space. The name of the thing (앱 비밀번호, 앱 암호, app password,
app-specific password) within a short reach before four such groups says what they are; a
count ("앱 비밀번호는 16자리") or a sentence of words is no such value, since English words
of exactly four letters in four groups right after the label are rare and the groups must
not be a placeholder ("xxxx xxxx xxxx xxxx", "abcd efgh …" read as the docs' example).
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.types import Hit

__all__ = ["detect_app_password_groups"]

_LABEL_RE = LazyPattern(
    r"앱[ \t]?(?:비밀번호|비번|암호)|(?i:app(?:[ \t-]specific)?[ \t-]?password)"
)
_GROUPS_RE = LazyPattern(r"(?<![A-Za-z])[a-z]{4}(?:([ \t-])[a-z]{4})(?:\1[a-z]{4}){2}(?![A-Za-z])")
# How far after the label the groups may start ("앱 비밀번호 새로 받았어: …").
_REACH = 40
_PLACEHOLDERS = frozenset({"xxxxxxxxxxxxxxxx", "abcdefghijklmnop", "aaaaaaaaaaaaaaaa"})


def detect_app_password_groups(text: str) -> Iterator[Hit]:
    """Four groups of four letters shortly after an app password's name (see the module)."""
    for label in _LABEL_RE.finditer(text):
        m = _GROUPS_RE.search(text, label.end(), label.end() + _REACH + 19)
        if m is None or m.start() - label.end() > _REACH:
            continue
        letters = "".join(ch for ch in m.group(0) if ch.isalpha())
        if letters in _PLACEHOLDERS or len(set(letters)) < 6:
            continue
        yield Hit("secret", m.start(), m.end(), 0.85, False)
