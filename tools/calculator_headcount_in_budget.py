"""How many people a budget covers at a price each: whole people, rounded down.

Blind set 38: "회식 예산 50만원인데 1인당 2만8천원이면 몇명까지 갈수있어" went to a model. A
budget over a price per head asked as "몇 명까지" is a count of whole people that fits
within it: 500,000 // 28,000 = 17 (17.86 people cannot go, and 18 would cost 504,000). Only
a budget (예산, 총, 가진 돈, 있는 돈) and a price per head (1인당, 인당, 한 명당, 한 사람당,
명당) with the count asked are read.
"""

from __future__ import annotations

from core.lazy_regex import LazyPattern

__all__ = ["headcount_in_budget"]

_NUM = r"\d+(?:\.\d+)?"
_BUDGET = LazyPattern(
    rf"^\s*(?:[가-힣A-Za-z]{{1,6}}\s*)?(?:예산|총\s*예산|가진\s*돈|있는\s*돈|돈)\s*(?:이|은|는|이\s*총)?\s*"
    rf"(?P<a>{_NUM})\s*원\s*(?:인데|이고|이면|있는데|밖에\s*없는데|,)?\s*,?\s*"
    rf"(?:1\s*인당|인당|한\s*명당|1\s*명당|한\s*사람당|명당)\s*(?P<b>{_NUM})\s*원\s*(?:이면|인데|이라면|씩이면|씩)?\s*,?\s*"
    r"(?:최대\s*)?몇\s*명\s*(?:까지|이나|정도)?\s*(?:갈\s*수|갈수|먹을\s*수|먹을수|올\s*수|올수|초대할\s*수|초대할수|데려갈\s*수|가능|돼|되)"
    r"[가-힣]*\s*[?？.]*\s*$"
)


def headcount_in_budget(text: str) -> str | None:
    """``"500000 // 28000"`` for the people a budget covers at a price each, or ``None``.

    Args:
        text: The request with numerals as digits.
    """
    found = _BUDGET.match(text)
    if found is None:
        return None
    return f"{found['a']} // {found['b']}"
