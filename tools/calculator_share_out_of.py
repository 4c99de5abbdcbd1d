"""What percent a part is of a whole, said "X out of Y" or "Y명 중에 X명".

"I got 18 out of 24 right on the quiz, what percent is that" and "우리반 32명 중에 8명이
안경 썼으면 몇퍼센트야" were not read (blind set 33; both went to the cloud tier). A question
with exactly these two figures, the part said "out of"/"중에" the whole, that asks for a
percentage, is the part over the whole × 100 (75%, 25%). Any third figure (a price, a date)
makes it another question, and nothing is read.
"""

from __future__ import annotations

import re

from core.lazy_regex import LazyPattern

__all__ = ["share_out_of", "share_part_span"]

_N = r"\d[\d,]*(?:\.\d+)?"
_EN = LazyPattern(rf"\b(?P<b>{_N})\s+(?:out\s+of|of\s+the)\s+(?P<a>{_N})\b", re.IGNORECASE)
_KO = LazyPattern(
    rf"(?P<a>{_N})\s*(?P<u>[가-힣]{{0,2}}?)\s*(?:중에서|중에|중|가운데)\s*(?P<b>{_N})\s*(?P=u)?"
)
_ASKS_PERCENT = LazyPattern(
    r"\bwhat\s+(?:percent|percentage|%)|\bhow\s+many\s+percent|\bas\s+a\s+percent"
    r"|몇\s*(?:퍼센트|프로|%)|퍼센트|백분율|비율",
    re.IGNORECASE,
)
_FIGURE = re.compile(rf"(?<![\d.]){_N}")


def share_out_of(question: str) -> str | None:
    """``part / whole * 100`` when ``question`` asks what percent a part is; else None.

    Args:
        question: The question with its numerals as digits.
    """
    if not _ASKS_PERCENT.search(question) or len(_FIGURE.findall(question)) != 2:
        return None
    said = _EN.search(question) or _KO.search(question)
    if said is None:
        return None
    part, whole = said["b"].replace(",", ""), said["a"].replace(",", "")
    if float(whole) == 0 or float(part) > float(whole):
        return None  # "30 out of 20" is no share of a whole
    return f"{part} / {whole} * 100"


def share_part_span(question: str) -> tuple[int, int] | None:
    """Where the part stands in a question :func:`share_out_of` reads (for a follow-up)."""
    said = _EN.search(question) or _KO.search(question)
    return None if said is None else said.span("b")
