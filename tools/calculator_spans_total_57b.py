"""Spans of hours and minutes summed, with the total asked at the end (set 49).

"2 hrs 45 mins plus 1 hr 50 mins, total?" was read without its ", total?" only: the
calculator's tail words never drop "total", because "tax … total?" needs it. Here the
spans are already minutes ("165 min plus 110 min, total?"), and the whole sentence must be
nothing but spans joined by a plus and a question of the total, so a total said beside
anything else (a tax, a price, a count) is never read here.
"""

from __future__ import annotations

import re

_MINUTES = r"(\d+)\s*min"
_JOIN = r"\s*(?:\+|plus|and|더하기|이랑|랑|하고|에)\s*"
_TOTAL_ASKED = re.compile(
    rf"^\s*{_MINUTES}(?:{_JOIN}{_MINUTES})+"
    r"\s*[,.]?\s*(?:"
    r"(?:so\s+|what'?s\s+(?:the\s+)?)?(?:in\s+)?total|altogether|all\s+together|combined"
    r"|(?:다\s*)?(?:합치면|더하면)(?:\s*총)?|총|합계|전부"
    r")(?:\s*(?:몇\s*시간|시간|얼마)\S*)?\s*[?.!]*\s*$",
    re.IGNORECASE,
)


def spans_total(merged: str) -> str | None:
    """ "165 + 110" for "165 min plus 110 min, total?"; None for any other sentence."""
    if not _TOTAL_ASKED.match(merged):
        return None
    return " + ".join(re.findall(_MINUTES, merged))
