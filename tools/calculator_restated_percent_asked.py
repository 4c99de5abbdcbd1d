"""A change from one figure to another, its size in percent asked with a verb.

"stock went from 48 to 41, what percent did i lose" (set 40) asks what "whats the percent
change" asks, which reads ((41 - 48) / 48 * 100); only the phrasings with "what percent
is that" and the change named as a noun were read. Said again only after a "from A to B".
"""

from __future__ import annotations

import re

__all__ = ["percent_asked_restated"]

_FROM_TO = re.compile(r"\bfrom\s+\$?\d[\d,.]*\s+to\s+\$?\d[\d,.]*", re.IGNORECASE)
_ASKED_BY_VERB = re.compile(
    r"(?P<sep>[,.]?\s*)(?:so\s+)?(?:what|how\s+many)\s+(?:percent|%|percentage)\s+(?:did|does|has|have|is)\s+"
    r"(?:i|we|it|that|they|he|she|the\s+[a-z]+)\s+"
    r"(?:lose|lost|gain(?:ed)?|make|made|drop(?:ped)?|fall|fell|go\s+(?:up|down)|gone\s+(?:up|down)"
    r"|rise|rose|grow|grew|increase|decrease|shrink|change)\b(?:\s+by)?\s*[?？.!]*\s*$",
    re.IGNORECASE,
)


def percent_asked_restated(text: str) -> str | None:
    """``text`` asking "whats the percent change" of its "from A to B", or ``None``."""
    if not _FROM_TO.search(text):
        return None
    asked = _ASKED_BY_VERB.search(text)
    if asked is None:
        return None
    return f"{text[: asked.start()]}, whats the percent change"
