"""A password typed into PowerShell as plain text: ``ConvertTo-SecureString "Birch!Hollow93"
-AsPlainText -Force`` (redteam38).

Scripts that log in to a server or a share build their credential this way, and people
paste the line when PSScriptAnalyzer warns about it. The quoted string is the password
itself; nothing labels it (no ``password=``), so the label rules miss it. A quoted literal
given to ``ConvertTo-SecureString`` on a line that also says ``-AsPlainText`` is read as
the secret. A variable (``$env:PW``, ``"$pw"``) or a placeholder (``"<password>"``) is none.
"""

from __future__ import annotations

from collections.abc import Iterator

from core.lazy_regex import LazyPattern
from core.privacy.types import Hit

__all__ = ["detect_plaintext_securestrings"]

# The cmdlet, an optional -String, then the quoted literal (on the same line).
_LITERAL_RE = LazyPattern(
    r"(?i:convertto-securestring)(?:[ \t]+-(?i:string)|[ \t]+-(?i:asplaintext|force))*[ \t]+"
    r"(?P<q>[\"'])(?P<value>[^\"'\n]{3,128})(?P=q)"
)
_PLAINTEXT_RE = LazyPattern(r"(?i:-asplaintext)")


def _line_of(text: str, index: int) -> str:
    start = text.rfind("\n", 0, index) + 1
    end = text.find("\n", index)
    return text[start : len(text) if end < 0 else end]


def detect_plaintext_securestrings(text: str) -> Iterator[Hit]:
    """Plain-text passwords given to ConvertTo-SecureString (see the module)."""
    if "securestring" not in text.lower():
        return
    for m in _LITERAL_RE.finditer(text):
        value = m.group("value")
        if "$" in value or value.startswith("<") or value.strip() != value:
            continue
        if _PLAINTEXT_RE.search(_line_of(text, m.start())) is None:
            continue
        yield Hit("secret", m.start("value"), m.end("value"), 0.85, False)
