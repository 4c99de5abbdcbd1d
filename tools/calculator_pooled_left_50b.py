"""Money pooled at so much a head, less what it bought, the rest asked: "collected a tenner
each from 7 people for a leaving present, the present was 58.99, how much is left over".

Set 36: the sentence went to the cloud. What was collected is the amount each times the
people (10 x 7 = 70), and what is left is that less the one cost (70 - 58.99 = 11.01).
Korean says it "7명한테 만원씩 걷었는데 … 남는 돈".

Read only when the sentence holds exactly those three figures (an amount each, a head
count, one cost), says the amount was given by each of the people, and asks what is left;
a cost above the kitty declines (nothing is left, and a shortfall was not asked).
"""

from __future__ import annotations

import re
from decimal import Decimal

__all__ = ["pool_in", "pooled_less_cost"]

_NUM = r"\d+(?:\.\d+)?"
_PEOPLE = r"(?:people|persons|of\s+us|friends|colleagues|co-?workers|members|guests|kids)"
_EACH_FROM_EN = re.compile(
    rf"\$?(?P<a>{_NUM})\s*(?:each|apiece|a\s+head|per\s+(?:person|head))\s+from\s+(?P<n>\d+)\s+{_PEOPLE}",
    re.IGNORECASE,
)
_HEADS_GAVE_EN = re.compile(
    rf"(?P<n>\d+)\s+{_PEOPLE}\s+(?:each\s+)?(?:put|chipped|paid|gave|threw)\s+in\s+\$?(?P<a>{_NUM})"
    r"(?:\s+each)?",
    re.IGNORECASE,
)
_HEADS_GAVE_KO = re.compile(
    rf"(?P<n>\d+)\s*명(?:한테서?|에게서?|이서|이|에서)?\s*(?:각각\s*|한\s*명당\s*)?(?P<a>{_NUM})\s*원씩\s*"
    r"(?:걷|모으|모았|모아|냈|내서|거뒀|거둬)"
)
_LEFT_ASKED = re.compile(
    r"\bleft\b|\bremain|\bspare\b|남(?:는|은|아|았|을)|잔액|잔돈", re.IGNORECASE
)
_FIGURE = re.compile(_NUM)


def pool_in(text: str) -> re.Match[str] | None:
    """The one "amount each from N people" of ``text`` (groups ``a`` and ``n``), or ``None``."""
    pools = [
        m
        for pattern in (_EACH_FROM_EN, _HEADS_GAVE_EN, _HEADS_GAVE_KO)
        for m in pattern.finditer(text)
    ]
    return pools[0] if len(pools) == 1 else None


def pooled_less_cost(digits: str) -> str | None:
    """``each x people - cost`` when a pool's leftover is asked, or ``None``.

    Args:
        digits: The question with its numerals as digits.
    """
    text = digits.replace(",", "")
    if not _LEFT_ASKED.search(text):
        return None
    pool = pool_in(text)
    if pool is None:
        return None
    figures = [m for m in _FIGURE.finditer(text) if not pool.start() <= m.start() < pool.end()]
    if len(figures) != 1 or len(_FIGURE.findall(pool.group(0))) != 2:
        return None
    each, heads, cost = pool["a"], pool["n"], figures[0].group(0)
    if Decimal(cost) > Decimal(each) * Decimal(heads):
        return None  # more spent than collected: no money is left, and a shortfall was not asked
    return f"{each} * {heads} - {cost}"
