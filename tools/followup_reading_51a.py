"""What the follow-up rules of opens51a share: a previous request read again by one of
:mod:`tools.calculator_readers_51a`'s readers, and a changed sum kept only when code reads it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Sequence

from tools.korean_numbers import normalize_numerals
from tools.spoken_prices_en import spoken_prices_as_decimals

__all__ = ["FIGURE", "NUMBER", "Change", "plain", "read_again"]

NUMBER = r"\d+(?:\.\d+)?"
FIGURE = re.compile(rf"(?<![\d.]){NUMBER}")
Change = tuple[list[str], str]


def plain(text: str) -> str:
    """The text as the calculator's readers see it: NFKC, spoken prices and numerals as
    digits ("twelve fifty" is 12.50), no thousands commas."""
    said = spoken_prices_as_decimals(unicodedata.normalize("NFKC", text))
    digits = normalize_numerals(said)
    return re.sub(r"(?<=\d),(?=\d{3}(?!\d))", "", digits)


def read_again(steps: Sequence[str], reader: Callable[[str], str | None]) -> list[str] | None:
    """The figures of the one previous step ``reader`` reads, in the order it wrote them."""
    if len(steps) != 1:
        return None
    expression = reader(plain(steps[0]))
    return None if expression is None else FIGURE.findall(expression)
