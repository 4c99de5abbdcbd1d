"""A saving asked with one price only: nothing to compare it with, so code declines.

Blind set 31: "the unlimited plan is 29.99 a month, how much would I save in a year" (after
the car washes' yearly cost, in an earlier turn) was answered '359.88', the plan's own
year, and "멤버십이 월 59,000원이면 1년에 얼마 아끼는거야" '708,000원'. A saving is the
difference of two costs; with one amount of money in the turn (and no percent off, whose
saving is its share) the other cost is elsewhere, and the calculator's product is not
what was asked.
"""

from __future__ import annotations

import re

__all__ = ["saving_of_one_amount"]

_SAVING_ASKED = re.compile(
    r"\b(?:how\s+much|what)\b[^?]*\b(?:save|saving|savings)\b|\bsave\s+how\s+much\b"
    r"|얼마(?:나)?\s*(?:를\s*)?(?:아끼|아껴|절약|세이브)|(?:아끼|아껴|절약)[가-힣]*\s*(?:돈|금액)",
    re.IGNORECASE,
)
_FIGURE = re.compile(r"(?<![\d.])\d[\d,]*(?:\.\d+)?")
# A figure of a span or a count, not of money: "1년에", "12 months", "3 times".
_NOT_MONEY_AFTER = re.compile(
    r"^\s*(?:년|개월|달|주|일|번|회|시간|분|명|years?\b|months?\b|weeks?\b|days?\b|times?\b"
    r"|hours?\b|people\b)",
    re.IGNORECASE,
)


def saving_of_one_amount(text: str) -> bool:
    """Whether ``text`` asks a saving but states at most one amount of money and no percent.

    Args:
        text: The request.
    """
    if _SAVING_ASKED.search(text) is None or "%" in text:
        return False
    money = [m for m in _FIGURE.finditer(text) if not _NOT_MONEY_AFTER.match(text[m.end() :])]
    return len(money) < 2
