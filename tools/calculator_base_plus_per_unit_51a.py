"""A fixed fee plus a price for each counted unit: "the window cleaner charges a 25 base fee
plus 4 per window and we've got 18 windows" is 25 + 4 x 18 = 97; "장판 시공 m²당 2만 5천원인데
거실 24m²에 출장비 5만원 별도면 얼마" is 25000 x 24 + 50000 = 650,000.

Sets 27 and 30: both went to the cloud. The count is the figure said with the priced unit
again ("18 windows", "24m²"), so the reading never guesses which figure is counted. Read
only with exactly those three figures.
"""

from __future__ import annotations

import re

from core.lazy_regex import LazyPattern
from tools.thousands_commas import without_thousands_commas

__all__ = ["base_fee_plus_per_unit_en", "per_unit_plus_fee_ko"]

_N = r"\d+(?:\.\d+)?"
_BASE_EN = LazyPattern(
    rf"\b(?:a\s+)?\$?(?P<base>{_N})\s+(?:[a-z-]+\s+){{0,2}}fee\s+(?:plus|and|\+)\s+\$?(?P<p>{_N})\s+"
    r"(?:per|a|an|each|for\s+each|for\s+every|every)\s+(?P<unit>[a-z]+)\b",
    re.I,
)
_PER_UNIT_KO = LazyPattern(rf"(?P<unit>m²|평|개|장|그루|벌)\s*당\s*(?P<p>{_N})\s*원")
_FEE_KO = LazyPattern(
    rf"(?P<name>출장비|배송비|택배비|기본료|설치비|시공비|운반비|포장비)\s*(?P<f>{_N})\s*원\s*"
    r"(?:은|는|이|도)?\s*(?:별도|추가|따로|붙)"
)
_FIGURE = re.compile(rf"(?<![\d.]){_N}")


def base_fee_plus_per_unit_en(digits: str) -> str | None:
    """``base + p * n`` for "a B fee plus P per UNIT" and "N UNITs", or ``None``.

    Args:
        digits: The question with its numerals as digits.
    """
    text = without_thousands_commas(digits)
    said = _BASE_EN.search(text)
    if said is None or len(_FIGURE.findall(text)) != 3:
        return None
    unit = re.escape(said["unit"])
    count = re.search(rf"(?<![\d.])(?P<n>\d+)\s+{unit}(?:e?s)?\b", text[said.end() :], re.I)
    if count is None:
        return None
    return f"{said['base']} + {said['p']} * {count['n']}"


def per_unit_plus_fee_ko(digits: str) -> str | None:
    """``p * n + fee`` for "UNIT당 P원 … N UNIT … 출장비 F원 별도", or ``None``.

    Args:
        digits: The question with its numerals as digits.
    """
    # A step reaches the calculator NFKC-normalised: "m²" and "㎡" arrive as "m2".
    text = re.sub(r"(?<![A-Za-z])(?:m2(?!\d)|m²|㎡)", "m²", without_thousands_commas(digits))
    priced = _PER_UNIT_KO.search(text)
    fee = _FEE_KO.search(text)
    if priced is None or fee is None or len(_FIGURE.findall(text)) != 3:
        return None
    unit = re.escape(priced["unit"])
    counts = [
        m
        for m in re.finditer(rf"(?<![\d.])(?P<n>{_N})\s*{unit}(?!\s*당)", text)
        if m.start() != priced.start()
    ]
    if len(counts) != 1:
        return None
    return f"{priced['p']} * {counts[0]['n']} + {fee['f']}"
