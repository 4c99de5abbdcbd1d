"""A temperature said below zero in words ("영하 5도", "minus 12 degrees") is negative.

The unit reader takes the figure after such a word as it stands, so "영하 5도면 화씨로
몇 도야" was converted as +5 °C (41 °F, not 23 °F): a confident wrong answer. The sign
word is turned into a minus sign before the figure is read.
"""

from __future__ import annotations

import re

_FIGURE = r"\d+(?:\.\d+)?"
# "영하 5도", "영하5도": Korean says below zero before the figure.
_KOREAN_BELOW = re.compile(rf"영하\s*(?={_FIGURE})")
# "minus 12 degrees", "negative 3.5 C": English says the sign as a word before it.
_ENGLISH_SIGN = re.compile(rf"\b(?:minus|negative)\s+(?={_FIGURE})", re.IGNORECASE)
# "12 degrees below zero", "12 below": the sign after the figure and its unit word.
_ENGLISH_BELOW = re.compile(
    rf"(?<![\d.-])(?P<n>{_FIGURE})(?P<unit>\s*(?:°\s*[cf]?|degrees?(?:\s+(?:celsius|fahrenheit|c|f))?)?)"
    r"\s+below(?:\s+zero)?\b",
    re.IGNORECASE,
)


def sign_below_zero(text: str) -> str:
    """``text`` with a temperature said below zero in words written as a negative figure.

    Args:
        text: A unit question ("영하 5도면 화씨로 몇 도야").

    Returns:
        The question with the sign written as "-" ("-5도면 화씨로 몇 도야").
    """
    text = _KOREAN_BELOW.sub("-", text)
    text = _ENGLISH_SIGN.sub("-", text)
    return _ENGLISH_BELOW.sub(lambda m: f"-{m['n']}{m['unit']}", text)
