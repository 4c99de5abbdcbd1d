"""분할 납부 수수료: an amount paid in N parts with a percent fee on it, each part asked.

Blind set 37: "자동차세 52만원을 4번 나눠 내면 수수료 1.5% 붙는대 한번에 얼마씩 내?" went to the
cloud. Paid in parts, the fee is a share of the amount (52만원 × 1.5% = 7,800원) and the parts
share the amount with its fee: 527,800 / 4 = 131,950원 each. With "총"/"전부" asked, the
amount with the fee. Read only with exactly the three figures; "수수료 없으면" (no fee) and
a fee per part are other questions.
"""

from __future__ import annotations

import re

from core.lazy_regex import LazyPattern

__all__ = ["instalment_fee_expression", "without_the_fee"]

_N = r"\d+(?:\.\d+)?"
_PARTS = LazyPattern(
    rf"(?P<a>{_N})\s*원?\s*(?:을|를|이|은)?\s*(?P<n>\d+)\s*(?:번|회|차례)(?:에|으로|로)?\s*"
    r"(?:에\s*)?(?:나눠|나누어|분할|분납)"
)
_FEE = LazyPattern(rf"수수료\s*(?:가|는|이)?\s*(?P<p>{_N})\s*%")
_EACH_ASKED = LazyPattern(r"한\s*번에|1\s*회에?|회당|매번|한\s*번\s*낼\s*때|얼마씩")
_TOTAL_ASKED = LazyPattern(r"총|전부|다\s*합치면|모두")
_FIGURE = re.compile(rf"(?<![\d.]){_N}")


def instalment_fee_expression(question: str) -> str | None:
    """ "520000 * (1 + 1.5 / 100) / 4" for a part of an amount paid in parts with a fee.

    Args:
        question: The question with its numerals as digits.
    """
    parts, fee = _PARTS.search(question), _FEE.search(question)
    if "원" not in question:
        return None  # read in won only: the answer is given in won
    if parts is None or fee is None or int(parts["n"]) < 2:
        return None
    placed = sorted([parts.span("a"), parts.span("n"), fee.span("p")])
    if placed != [f.span() for f in _FIGURE.finditer(question)]:
        return None
    with_fee = f"{parts['a']} * (1 + {fee['p']} / 100)"
    if _EACH_ASKED.search(question, fee.end()) or _EACH_ASKED.search(question, parts.end()):
        return f"{with_fee} / {parts['n']}"
    return with_fee if _TOTAL_ASKED.search(question) else None


def without_the_fee(question: str) -> str | None:
    """``question`` with its fee said as 0%, when it is read here ("수수료 없으면")."""
    if instalment_fee_expression(question) is None:
        return None
    fee = _FEE.search(question)
    assert fee is not None
    return f"{question[: fee.start('p')]}0{question[fee.end('p') :]}"
