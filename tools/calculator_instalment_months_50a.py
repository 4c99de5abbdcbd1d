"""할부: a price paid over N months with a fee said as a share of the whole, each month
asked: "노트북 150만 원 6개월 할부 수수료 총 3% 붙으면 한 달에 얼마씩 내" is 1,500,000 x 1.03 / 6
= 257,500원.

:mod:`tools.calculator_instalment_fee` reads the same arithmetic said as "N번 나눠 내면
수수료 P%"; 할부 over months says it with 개월 and often "수수료 총 P%". The form is said in
that reader's words and read there, so both agree (and its fee dropped, "무이자면", too).
"""

from __future__ import annotations

import re

from core.lazy_regex import LazyPattern
from tools.calculator_instalment_fee import instalment_fee_expression

__all__ = ["instalment_over_months", "said_as_parts"]

_MONTHS = LazyPattern(r"(?<![\d.])(?P<n>\d+)\s*개월\s*(?:무이자\s*)?할부(?:로|하면|면)?")
_FEE_TOTAL = LazyPattern(r"수수료\s*(?:가|는|이)?\s*(?:총|전체|합쳐서)\s*(?=\d)")


def said_as_parts(question: str) -> str | None:
    """``question`` in the words of the parts reader, or ``None`` when no 할부 is said."""
    months = _MONTHS.search(question)
    if months is None or "수수료" not in question:
        return None
    said = f"{question[: months.start()]}{months['n']}번 나눠 내면{question[months.end() :]}"
    return _FEE_TOTAL.sub("수수료 ", said)


def instalment_over_months(question: str) -> str | None:
    """ "1500000 * (1 + 3 / 100) / 6" for a month of a 할부 with a fee, or ``None``.

    Args:
        question: The question with its numerals as digits.
    """
    said = said_as_parts(question)
    return None if said is None else instalment_fee_expression(re.sub(r"\s+", " ", said))
