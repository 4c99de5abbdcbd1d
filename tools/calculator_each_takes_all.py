"""Items every member of a group takes: the items' sum once per member.

"미용실 커트 만오천원 염색 육만원인데 엄마랑 나 둘다 커트랑 염색하면 얼마" was read as the
two prices added, one person's bill (75,000원; set 32). "둘 다", "셋 다", "모두", "both of
us", "each of us" say that every member has all the listed items, so the sum counts once per
member (150,000원). Only a plain sum of every stated amount is scaled: any other reading of
such a question is left to :mod:`tools.calculator_group_size`, which declines it.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from tools.calculator_group_size import PEOPLE_KO, stated_group_sizes
from tools.korean_numbers import normalize_numerals

__all__ = ["each_takes_all"]

_PLAIN_SUM = re.compile(r"^[\d.]+(?: \+ [\d.]+)+$")
# Every member has it: "엄마랑 나 둘다 … 하면", "both of us get", "each of us has" (not
# "커트랑 염색 둘 다 하면", both services for one person).
_EVERY_MEMBER = re.compile(
    rf"{PEOPLE_KO}\s*(?:이랑|랑|하고|와|과)\s*{PEOPLE_KO}\s*(?:이|가)?\s*(?:둘|셋)\s*(?:다|모두)"
    r"(?![가-힣])"
    r"|\b(?:both|each|all\s+(?:two|three|four))\s+of\s+us\s+(?:get|gets|want|have|has|order)\b",
    re.IGNORECASE,
)
_MONEY = re.compile(r"(\d+(?:\.\d+)?)\s*(?:원|달러|dollars?\b|won\b)|\$\s*(\d+(?:\.\d+)?)", re.I)


def _as_decimal(figure: str) -> Decimal | None:
    try:
        return Decimal(figure)
    except InvalidOperation:
        return None


def each_takes_all(question: str, expression: str) -> str | None:
    """``(sum) * n`` when every one of a group of ``n`` has all the items ``expression`` adds.

    Args:
        question: The question as typed.
        expression: The arithmetic a form read from it.

    Returns:
        The scaled expression, or ``None`` when the question is not of that shape.
    """
    if not _PLAIN_SUM.match(expression.strip()) or not _EVERY_MEMBER.search(question):
        return None
    sizes = stated_group_sizes(question)
    if len(sizes) != 1:
        return None
    added = sorted(v for f in expression.split(" + ") if (v := _as_decimal(f)) is not None)
    stated = sorted(
        v
        for m in _MONEY.finditer(normalize_numerals(question))
        if (v := _as_decimal(m[1] or m[2])) is not None
    )
    if added != stated:
        return None  # an item left out or one not priced: not "every item for everyone"
    return f"({expression.strip()}) * {sizes[0]}"
