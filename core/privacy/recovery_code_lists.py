"""Account recovery codes in the shapes services print them: GitHub's ``7f3a9-c21e8`` (two
groups of five hex digits), GitLab's and others' sixteen hex digits, a line each, under a
word of recovery or backup (redteam31).

Each recovery code signs into the account once without the second factor, so a list of
them is a set of passwords. Google's ``4827 1930`` groups are read by the secret-part rules;
the hex-group shapes are read here, only when the text names recovery or backup codes (a
commit hash or a colour has no such word near it). Every code of the list is reported.
Google's groups in a numbered list (``1. 4871 2290``) escaped the secret-part rules, so the
two groups of four digits are read here too (redteam32), a pair of years excepted.
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.types import Hit

__all__ = ["detect_recovery_code_lists"]

# Words that name the list: "recovery codes", "backup codes", "2FA", "two-factor", 복구/백업 코드.
_CUES = ("recovery", "backup", "2fa", "two-factor", "two factor", "복구", "백업")
_CODE_RE = LazyPattern(
    r"(?<![0-9A-Za-z-])(?:[0-9a-f]{5}-[0-9a-f]{5}|[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}|"
    r"[0-9a-f]{16}|[0-9]{4}[ \t][0-9]{4})(?![0-9A-Za-z-])"
)
_YEARS_RE = LazyPattern(r"(?:19|20)[0-9]{2}[ \t](?:19|20)[0-9]{2}")


def detect_recovery_code_lists(text: str) -> Iterator[Hit]:
    """Recovery codes under a word that names them (see the module)."""
    lowered = text.lower()
    if not any(cue in lowered for cue in _CUES):
        return
    for m in _CODE_RE.finditer(text):
        code = m.group(0)
        # A code mixes digits and letters or is all digits; a word ("faced-beefs") is none.
        if any(ch.isdigit() for ch in code) and _YEARS_RE.fullmatch(code) is None:
            yield Hit("secret", m.start(), m.end(), 0.85, False)
