"""Money said in slang: "a tenner" is 10, "a fiver" 5, "a grand" (or "3 grand") 1,000s.

Blind set 33: "bike rental is a tenner for the first hour and 4 for every hour after, 4
hours how much" went to the cloud tier, while the same sentence with 10 is read (22). Only
these whole words are rewritten, "a"/"one" and a count in digits before "grand" included;
nothing else in the sentence changes.
"""

from __future__ import annotations

import re

from core.lazy_regex import LazyPattern

__all__ = ["money_slang_as_digits"]

_SLANG = {"tenner": "10", "fiver": "5"}
_ONE = LazyPattern(r"\b(?:a|one)\s+(?P<w>tenner|fiver)\b", re.IGNORECASE)
# "3 quid" is 3; "75p", "45p a day" are pence, 0.75 and 0.45 (blind set 35: "parking is 3
# quid for the first hour then 75p every 15 min" and "28p per kWh plus … 45p a day" went
# to the cloud, while the same in pounds are read). "8pm" is no price: the p ends the word.
_QUID = LazyPattern(r"\b(?P<n>\d+(?:\.\d+)?)\s+quid\b", re.IGNORECASE)
_PENCE = LazyPattern(r"(?<![\d.£$])\b(?P<n>\d{1,3})\s*p\b(?!\.\w)")
_GRAND = LazyPattern(r"\b(?:(?P<a>a|one)|(?P<n>\d+(?:\.\d+)?))\s+grand\b", re.IGNORECASE)


def _grand(m: re.Match[str]) -> str:
    count = 1 if m["a"] else float(m["n"])
    value = count * 1000
    return f"{int(value)}" if value == int(value) else f"{value}"


def _pence(m: re.Match[str]) -> str:
    pence = int(m["n"])
    return f"{pence // 100}.{pence % 100:02d}"


def money_slang_as_digits(text: str) -> str:
    """``text`` with "a tenner", "a fiver", "N grand", "N quid" and "Np" said in digits."""
    text = _ONE.sub(lambda m: _SLANG[m["w"].lower()], text)
    text = _QUID.sub(lambda m: m["n"], text)
    text = _PENCE.sub(_pence, text)
    return _GRAND.sub(_grand, text)
