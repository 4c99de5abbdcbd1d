"""An amount taken off a price ("3,000 won off", "10% off") is a discount.

English writes a discount as the amount taken off: "Students get 3,000 won off per
player". The index drops "off" as a stop word, so the sentence held no word of "student
discount?" but "student", and the question's rare subject pair (student + discount) was
in no one passage: every passage was passed over, and a model wrote an answer from the
price table instead (blind set 25). A sentence writing an amount or a share followed by
"off" also names the discount, the way a range of days names each day it spans
(:mod:`tools.rag.asked_days`).
"""

from __future__ import annotations

import re

from tools.rag.textutil import english_tokens

__all__ = ["with_amount_off"]

# "3,000 won off", "10% off", "$5 off", "half off", "20 percent off".
_AMOUNT_OFF = re.compile(
    r"(?:\d[\d,.]*\s*(?:%|percent|won|dollars?|euros?|pounds?)|[$€£]\s*\d[\d,.]*|\bhalf)"
    r"\s+off\b",
    re.IGNORECASE,
)
_DISCOUNT = tuple(english_tokens("discount"))


def with_amount_off(sentence: str, tokens: tuple[str, ...]) -> tuple[str, ...]:
    """``tokens`` with the discount's token added when ``sentence`` writes an amount off.

    Args:
        sentence: The sentence as written.
        tokens: Its index tokens.

    Returns:
        The tokens, followed by "discount" when the sentence takes an amount off and does
        not name a discount already.
    """
    if _AMOUNT_OFF.search(sentence) is None or set(_DISCOUNT) <= set(tokens):
        return tokens
    return (*tokens, *_DISCOUNT)
