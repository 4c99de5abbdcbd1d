"""Chat forms set 48 found the calculator could not read, said plainly before reading.

- "landlord bumped rent from 1450 to 1595, thats what % increase": "that's what %" puts the
  question word after a pointer ("that's what percent", "thats what % off"); said as "what %
  increase" it is read (10%). Only "that's/thats/that is" right before "what" and a percent
  word is touched.
"""

from __future__ import annotations

import re

__all__ = ["said_plainly_56t"]

_THATS_WHAT_PERCENT = re.compile(
    r"\b(?:that'?s|that\s+is|which\s+is|so\s+thats?)\s+(?=what\s+(?:%|percent|per\s*cent|pct)"
    r"|how\s+many\s+(?:%|percent))",
    re.IGNORECASE,
)


def said_plainly_56t(text: str) -> str:
    """``text`` with "thats what % increase" said as "what % increase"."""
    return _THATS_WHAT_PERCENT.sub("", text)
