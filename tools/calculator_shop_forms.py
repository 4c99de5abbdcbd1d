"""One price stated first, then the count asked about, in the words English chat uses.

Found on the thirteenth unseen set. Each form matches a whole normalised request
(numerals as digits, currency markers removed) and gives an expression over its two
figures; a figure the form does not place makes it no match:

- the price of one thing, then "how much for N" ("a bag of rice is 32000, how much for 3
  bags", "one ticket is 15000, how much for 2 adults");
- an hourly rate and the hours worked ("i earn 11000 an hour and worked 26 hours");
- a total split across a count of people, when the request asks for each one's part
  ("the license is 2400000, split across 8 people how much is that each");
- the price of one night, one portion or one set shared by a count of people ("펜션 1박
  240000을 4명이 나누면"): the "1박" says what the price is of, it is no operand.
"""

from __future__ import annotations

import re

from core.lazy_regex import LazyPattern
from tools.calculator_form_table import ASKS_EACH, FormRow, first_form_expression
from tools.calculator_forms import OPERAND_A as _A
from tools.calculator_forms import OPERAND_B as _B
from tools.calculator_korean_shop import korean_shop_expression

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
_ONE_OF_SHARED_KO = LazyPattern(
    rf"^(?:[가-힣]{{1,8}}\s+)?1\s*(?:박|인분|회|일|달|개월|년|시간|개|잔|병|판|세트|장|대)\s*(?:에|당)?\s*"
    rf"{_A}\s*원?\s*(?:을|를|인데|이고|이면)?\s*,?\s*{_B}\s*(?:명|사람)\s*(?:이|이서|으로|이서\s*)?\s*"
    r"(?:나누면|나눠\s*내면|나눠서\s*내면|나눠|나눠서|n빵하면|엔빵하면|N빵하면)\s*(?:1인당|인당|각자)?\s*$"
)


_ROWS: tuple[FormRow, ...] = (
    (_ONE_THEN_HOW_MUCH_FOR, "{a} * {b}", None),
    (_HOURLY_TIMES_HOURS, "{a} * {b}", None),
    (_ONE_OF_SHARED_KO, "{a} / {b}", None),
    (_SPLIT_ACROSS, "{a} / {b}", ASKS_EACH),
)


def shop_expression(text: str, asked: str) -> str | None:
    """An expression for ``text`` when one of the forms above reads it, else None.

    Args:
        text: The normalised request.
        asked: The request as the user wrote it.
    """
    # Then the Korean sums read from the request as written ("배송비 3,000원 붙으면").
    return first_form_expression(_ROWS, text, asked) or korean_shop_expression(asked)
