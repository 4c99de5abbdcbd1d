"""An item left out of an order whose price the reading still adds: that price made 0.

After "애견호텔 1박 3만5천원이고 목욕 추가하면 만오천원인데 2박하고 목욕 한번 하면 얼마야" (and
"3박으로 하면?"), "목욕은 빼줘" was answered '120,000원' (blind set 33):
:mod:`tools.followup_item_left_out` dropped the ordered "목욕 한번" and kept the price
clause ("목욕 추가하면 만오천원"), which the calculator then added once anyway. An unused
price is harmless only while no reading uses it; when the reading of the order without the
item still holds the item's price, the price is set to 0 (105,000원), and when that does
not take it out either, the follow-up is not answered by code.
"""

from __future__ import annotations

import re

from core.errors import ToolInputError
from tools.calculator import calculate
from tools.korean_numbers import normalize_numerals

__all__ = ["without_its_price"]


def _reading(question: str) -> str | None:
    try:
        return calculate(question).expression
    except ToolInputError:
        return None


def _uses(expression: str, figure: str) -> bool:
    return re.search(rf"(?<![\d.]){re.escape(figure)}(?![\d.])", expression) is not None


def without_its_price(name: str, question: str) -> str | None:
    """``question`` (the order without ``name``) with the item's price at 0 if still read.

    Args:
        name: The item left out ("목욕").
        question: The previous question with the item's ordered mention dropped.

    Returns:
        The question to run, or None when the item's price cannot be taken out.
    """
    reading = _reading(question)
    if reading is None:
        return question  # not read at all: the chain declines on its own
    digits = normalize_numerals(question)
    # The item's price: the first amount within a few words after its name.
    priced = re.search(
        rf"{re.escape(name)}[^\d]{{0,16}}?(?P<p>\d[\d,]*(?:\.\d+)?)\s*(?:원|달러|불)", digits
    )
    if priced is None:
        return question
    figure = priced["p"].replace(",", "")
    if not _uses(reading, figure):
        return question
    zeroed = digits[: priced.start("p")] + "0" + digits[priced.end("p") :]
    again = _reading(zeroed)
    if again is None or _uses(again, figure):
        return None
    return zeroed
