"""Simple interest asked as what one ends up with: the principal and the interest.

"5000 dollars at 4% simple interest for 3 years, how much do I end up with" was answered
'$600.00' (found by turns33 beside blind set 33's compound-then-simple conversation): the
reading of simple interest, principal × rate × years, is the interest alone, while the
question asks what the account holds at the end (5,600). When a question on simple interest
(단리) asks for the total ("end up with", "have at the end", "total", "grow to", "원리금",
"만기에", "총") and not the interest itself, the principal is added.
"""

from __future__ import annotations

import re

from core.lazy_regex import LazyPattern

__all__ = ["interest_with_principal"]

_SIMPLE = LazyPattern(r"simple\s+interest|단리", re.IGNORECASE)
_TOTAL_ASKED = LazyPattern(
    r"end\s+up\s+with|have\s+(?:at\s+the\s+end|in\s+total|after|then)|\btotal\b|grow\s+to"
    # "how much will I have": what the account holds, never the interest alone (opens50b).
    r"|(?:will|would|do|does|'ll)\s*(?:i|we|you|it)?\s+have\b"
    r"|altogether|in\s+the\s+account|be\s+worth|원리금|만기\s*(?:에|때)?|총\s*(?:얼마|금액)|찾을\s*돈",
    re.IGNORECASE,
)
_INTEREST_ASKED = LazyPattern(
    # Any 이자 asked ("이자 총 얼마") unless added in ("이자 포함", "이자까지 합쳐서").
    r"how\s+much\s+interest|total\s+interest|interest\s+in\s+total"
    r"|the\s+interest\s*(?:alone|only)?\s*[?.]?\s*$|이자(?!\s*(?:포함|까지|합쳐|더해|랑|하고))",
    re.IGNORECASE,
)
_SIMPLE_READING = re.compile(
    r"^\s*(?P<a>\d+(?:\.\d+)?)\s*\*\s*(?P<b>\d+(?:\.\d+)?)\s*/\s*100\s*\*\s*(?P<c>\d+(?:\.\d+)?)\s*$"
)


def interest_with_principal(question: str, source: str) -> str | None:
    """``principal + interest`` when ``question`` asks the total of simple interest; else None.

    Args:
        question: The question with its numerals as digits.
        source: The arithmetic a form read from it.
    """
    read = _SIMPLE_READING.match(source)
    if read is None or not _SIMPLE.search(question) or _INTEREST_ASKED.search(question):
        return None
    if not _TOTAL_ASKED.search(question):
        return None
    return f"{read['a']} + {read['a']} * {read['b']} / 100 * {read['c']}"
