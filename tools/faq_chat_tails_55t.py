"""Chat words around an FAQ question that ask nothing (turns47).

Set 47: "what is switchyard anyway" and "점심때 문닫아요?" went unanswered, though "what is
switchyard" and "점심시간에 문닫아요?" have their curated entries.

- "anyway", "anyways", "tho", "though" closing an English question only set its tone;
  they are dropped.
- "점심때" (at lunchtime, as chat says it) is "점심시간에", the entries' word.
"""

from __future__ import annotations

import re

__all__ = ["without_chat_tails"]

_EN_TAIL = re.compile(r"[\s,]+(?:anyway|anyways|tho|though)\s*(?=[?？!.]*\s*$)", re.IGNORECASE)
_LUNCHTIME = re.compile(r"점심\s?때(?:에)?(?!문)")


def without_chat_tails(text: str) -> str:
    """``text`` without a closing "anyway"/"tho", with "점심때" said as "점심시간에"."""
    return _LUNCHTIME.sub("점심시간에", _EN_TAIL.sub("", text))
