"""A loan or purchase at 0% over some months, its monthly payment asked in other words.

"car loan is 18,000 at 0% over 48 months whats the monthly payment" (set 40) is "18,000
interest free over 48 months, how much a month", which reads (18,000 / 48): a rate of
zero is "interest free", and "the monthly payment" (or "a month") asks how much a month.
Only a rate of exactly 0 is said so; any other rate is interest, which this never drops.
"""

from __future__ import annotations

import re

__all__ = ["interest_free_restated"]

_ZERO_RATE = re.compile(
    r"\b(?:at\s+)?0(?:\.0+)?\s*%\s*(?:apr|interest|financing|finance)?(?=\s|,|$)", re.IGNORECASE
)
_OVER_MONTHS = re.compile(r"\b(?:over|for)\s+\d+\s+months?\b", re.IGNORECASE)
_MONTHLY_ASKED = re.compile(
    r",?\s*(?:what(?:'?s|\s+is|\s+are|\s+will\s+be|\s+would\s+be)|whats|how\s+much\s+is)\s+"
    r"(?:the|my|our|each)\s+monthly\s+(?:payments?|instal+ments?|repayments?)\s*[?？.!]*\s*$",
    re.IGNORECASE,
)


def interest_free_restated(text: str) -> str | None:
    """``text`` said with "interest free" and "how much a month", or ``None``."""
    if not _OVER_MONTHS.search(text) or not _ZERO_RATE.search(text):
        return None
    if not _MONTHLY_ASKED.search(text):
        return None
    restated = _ZERO_RATE.sub("interest free", text, count=1)
    return _MONTHLY_ASKED.sub(", how much a month", restated)
