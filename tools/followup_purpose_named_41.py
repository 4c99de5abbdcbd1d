"""What a percent taken off is *for* names it; it changes nothing in the sum.

"minus 25% for taxes?" after "billed 37.5 hours at 64 an hour …" went to the cloud, while
"minus 25%?" was read (2,400 less 25%: 1,800). The trailing "for taxes" (for fees, for the
agent, in tax) only says why the share goes; read without it the turn is the operation it
already is. Only after a percent, only a purpose that is a charge, and only at the end.
"""

from __future__ import annotations

import re

from core.lazy_regex import LazyPattern

__all__ = ["without_purpose_named"]

_PURPOSE_AFTER_PERCENT = LazyPattern(
    r"(?<=%)\s*(?:for|in|as)\s+(?:the\s+|my\s+|our\s+)?"
    r"(?:tax(?:es)?|income\s+tax|fees?|commission|withholding|national\s+insurance|pension"
    r"|insurance|the\s+agent|the\s+platform|service)\b(?=\s*[?？.!]*\s*$)",
    re.IGNORECASE,
)


def without_purpose_named(text: str) -> str:
    """``text`` without a trailing "for taxes" after a percent ("minus 25% for taxes?")."""
    return _PURPOSE_AFTER_PERCENT.sub("", text)
