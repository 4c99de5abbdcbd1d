"""The what-if copula after a replacing figure: "3680만원이었으면?", "5명이면?", "3억이라면".

"X 말고 Y이었으면?" asks the previous question again with Y in X's place, exactly as
"X 말고 Y야" does; the copula only makes it hypothetical. (Read as a fresh question it
had added X and Y.)
"""

from __future__ import annotations

__all__ = ["HYPOTHETICAL_COPULA"]

HYPOTHETICAL_COPULA = r"(?:이었|였|이|)(?:으면|면)|(?:이)?라면|일\s*(?:때|경우)는?"
