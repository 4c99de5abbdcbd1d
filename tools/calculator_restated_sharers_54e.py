"""A share asked "with N roommates": "electric 94.20 internet 65 water 38.40, whats each of
us owe with 3 roommates" is the bills split 3 ways (set 45).

"each of us … with 3 roommates" counts the sharers as the roommates, the way the case
reads it; the split readers read "split 3 ways" and saw no count here. Read only when the
head count follows the share asked directly ("each of us owe with 3 …", "per person with
4 …"), so "i live with 3 roommates, how much each" (which may be four sharers, the asker
too) is no reading.
"""

from __future__ import annotations

import re

from core.lazy_regex import LazyPattern

__all__ = ["share_with_sharers"]

_PEOPLE = (
    r"roommates|room\s*mates|flatmates|housemates|friends|people|coworkers|co-workers|colleagues"
    r"|guys|siblings|persons"
)
_SHARE_WITH = LazyPattern(
    r"(?P<ask>(?:what(?:'s|\s+is|s|\s+does|\s+do)?|how\s+much(?:\s+does|\s+do|\s+is)?)\s+"
    r"(?:each\s+of\s+us|each(?:\s+person)?|every\s*one|everybody)\s+(?:owe|pay|get)s?"
    r"|(?:how\s+much|what(?:'s|\s+is|s)?)\s+(?:is\s+(?:it|that)\s+)?(?:each|per\s+(?:person|head)))"
    rf"\s+with\s+(?P<n>\d{{1,2}})\s+(?:{_PEOPLE})\s*[?.!]*\s*$",
    re.IGNORECASE,
)


def share_with_sharers(text: str) -> str | None:
    """``text`` with "… with N roommates" said as "… if we split N ways", or ``None``."""
    m = _SHARE_WITH.search(text)
    if m is None or int(m["n"]) < 2:
        return None
    return f"{text[: m.start()]}{m['ask']} if we split {m['n']} ways"
