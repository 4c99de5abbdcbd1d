"""Periods of saving to reach a target, asked in English: "if i save 250 a week how many
weeks till i have 6000" is 6,000 / 250 = 24 (set 45).

The Korean form ("한달에 20만원씩 모으면 … 몇달") is read by
:mod:`tools.calculator_periods_to_target`; this is the English one, from nothing saved:
one amount put by each period (a week, a month, a day, a year), one target, and the count
asked in that same period ("how many weeks", "how many months will it take"). A starting
balance or any third figure is no reading; the answer is unrounded (whether a part
period counts is the asker's to say).
"""

from __future__ import annotations

import re

from core.lazy_regex import LazyPattern

__all__ = ["periods_to_save", "periods_to_save_unit"]

_N = r"\d+(?:\.\d+)?"
_SAVE = r"(?:save|saving|put\s+(?:away|aside|by)|set\s+aside|sock\s+away|stash|deposit|put\s+in)"
_PER = r"(?:a|per|each|every)\s+(?P<per>week|month|day|year)"
_ASKED = r"how\s+many\s+(?P<asked>weeks|months|days|years)"
_REACH = (
    r"(?:till|until|til|before|to|for)\s+(?:i|we)\s+(?:have|reach|hit|get\s+to|save|get)"
    r"|to\s+(?:reach|hit|get\s+to|save|have)|(?:will|would|does|do)\s+it\s+take\s+to\s+"
    r"(?:reach|hit|get\s+to|save|have)"
)
_RATE_FIRST = LazyPattern(
    rf"^\s*(?:so\s+)?(?:if\s+)?(?:i|we)\s+{_SAVE}\s+\$?(?P<r>{_N})\s*(?:dollars?|bucks)?\s+{_PER}"
    rf"\s*,?\s*{_ASKED}\s+(?:will\s+it\s+take\s+|would\s+it\s+take\s+|does\s+it\s+take\s+)?"
    rf"(?:{_REACH})\s+\$?(?P<t>{_N})\s*(?:dollars?|bucks)?\s*[?.!]*\s*$",
    re.IGNORECASE,
)
_TARGET_FIRST = LazyPattern(
    rf"^\s*{_ASKED}\s+(?:will\s+it\s+take\s+|would\s+it\s+take\s+|does\s+it\s+take\s+)?"
    rf"(?:me\s+|us\s+)?to\s+(?:save|reach|have|get\s+to)\s+\$?(?P<t>{_N})\s*(?:dollars?|bucks)?"
    rf"\s*,?\s*(?:if|when)\s+(?:i|we)\s+{_SAVE}\s+\$?(?P<r>{_N})\s*(?:dollars?|bucks)?\s+{_PER}"
    r"\s*[?.!]*\s*$",
    re.IGNORECASE,
)


def _read(digits: str) -> re.Match[str] | None:
    m = _RATE_FIRST.match(digits) or _TARGET_FIRST.match(digits)
    if m is None or m["asked"].lower().rstrip("s") != m["per"].lower():
        return None  # "250 a week … how many months": the period asked is not the step's
    if float(m["r"]) <= 0 or float(m["t"]) <= 0:
        return None
    return m


def periods_to_save(digits: str) -> str | None:
    """ "6000 / 250" for periods of saving to a target, or ``None``.

    Args:
        digits: The question with numerals as digits.
    """
    m = _read(digits)
    return None if m is None else f"{m['t']} / {m['r']}"


def periods_to_save_unit(digits: str) -> str | None:
    """The period :func:`periods_to_save` counts in ("weeks"), or ``None``."""
    m = _read(digits)
    return None if m is None else m["asked"].lower()
