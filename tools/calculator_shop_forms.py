"""One price stated first, then the count asked about, in the words English chat uses.

Found on the thirteenth unseen set. Each form matches a whole normalised request
(numerals as digits, currency markers removed) and gives an expression over its two
figures; a figure the form does not place makes it no match:

- the price of one thing, then "how much for N" ("a bag of rice is 32000, how much for 3
  bags", "one ticket is 15000, how much for 2 adults");
- an hourly rate and the hours worked ("i earn 11000 an hour and worked 26 hours");
- a total split across a count of people, when the request asks for each one's part
  ("the license is 2400000, split across 8 people how much is that each").
"""

from __future__ import annotations

import re

from core.lazy_regex import LazyPattern
from tools.calculator_forms import OPERAND_A as _A
from tools.calculator_forms import OPERAND_B as _B

__all__ = ["shop_expression"]

# A word of the thing's name; chat hyphenates some ("t-shirt", "e-book").
_WORD = r"[a-z]+(?:-[a-z]+)*"
_HOW_MUCH_TAIL = (
    r"(?:how\s+much(?:\s+(?:is\s+(?:that|it)|do\s+i\s+(?:get|make)|did\s+i\s+(?:make|earn)"
    r"|in\s+total))?|total|in\s+total)?\s*[?.]?\s*$"
)
_ONE_THEN_HOW_MUCH_FOR = LazyPattern(
    rf"^(?:a|an|one|1)\s+(?:{_WORD}\s+){{1,4}}(?:is|costs?|was)\s+{_A}\s*[,.]?\s*(?:so\s+)?"
    rf"how\s+much\s+(?:(?:is\s+it|would\s+it\s+be|will\s+it\s+be)\s+)?for\s+{_B}"
    r"(?:\s+[a-z]+){0,2}\s*[?.]?\s*$",
    re.IGNORECASE,
)
_HOURLY_TIMES_HOURS = LazyPattern(
    rf"^(?:i|we|she|he|they)\s+(?:earns?|makes?|gets?|get\s+paid|gets\s+paid|am\s+paid|is\s+paid)\s+{_A}\s+"
    r"(?:an|a|per)\s+(?:hour|hr)\s*,?\s*(?:and|but)\s+(?:(?:i|we|she|he|they)\s+)?"
    rf"(?:worked|work|did|put\s+in)\s+{_B}\s+(?:hours|hrs|h)\b(?:\s+[a-z]+){{0,2}}\s*,?\s*"
    + _HOW_MUCH_TAIL,
    re.IGNORECASE,
)
_SPLIT_ACROSS = LazyPattern(
    rf"^(?:{_WORD}\s+){{0,5}}(?:is|was|costs?|came\s+to|comes\s+to)\s+{_A}\s*,?\s*"
    rf"(?:split|divided|shared)\s+(?:across|between|among|amongst|by)\s+{_B}\s+"
    r"(?:people|persons|ppl|friends|members|of\s+us|staff|users)\b\s*,?\s*" + _HOW_MUCH_TAIL,
    re.IGNORECASE,
)
# What makes the question one about each person's part (looked for in the whole request).
_ASKS_EACH = LazyPattern(r"\beach\b|\bper\s+(?:person|head)\b|\ba\s+head\b|\bapiece\b", re.I)


def shop_expression(text: str, asked: str) -> str | None:
    """An expression for ``text`` when one of the forms above reads it, else None.

    Args:
        text: The normalised request.
        asked: The request as the user wrote it.
    """
    for form in (_ONE_THEN_HOW_MUCH_FOR, _HOURLY_TIMES_HOURS):
        m = form.match(text)
        if m is not None:
            return f"{m['a']} * {m['b']}"
    m = _SPLIT_ACROSS.match(text)
    if m is not None and _ASKS_EACH.search(asked):
        return f"{m['a']} / {m['b']}"
    return None
