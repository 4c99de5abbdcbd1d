"""A new amount for each period: "한달에 1.5키로씩이면?" after "… 한달에 2키로씩 빼면 …".

Blind set 39: after "지금 80키로인데 한달에 2키로씩 빼면 68키로 되려면 몇달 걸려" the turn
"한달에 1.5키로씩이면?" went to a model: the step holds three figures in 키로, so the one
said with that word could not be told. The period named with 씩 (한달에 N씩, 하루에 N씩,
매주 N씩) places it: when the previous step says exactly one amount with 씩 after that same
period, that amount is replaced; otherwise the turn is left to the other rules.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from core.lazy_regex import LazyPattern
from tools.korean_numbers import normalize_numerals

__all__ = ["per_period_amount_changed"]

_PERIOD = r"(?P<per>한\s*달|1\s*달|매달|매월|하루|매일|일주일|매주|1\s*주일?)"
_UNIT = r"(?:키로|킬로|kg|원|만원|g|그램|km|페이지|쪽|개|권|잔|시간|분)?"
_SAID = LazyPattern(
    rf"^\s*(?:그럼|그러면|만약)?\s*{_PERIOD}\s*(?:에|마다)?\s*(?P<n>\d+(?:\.\d+)?)\s*"
    rf"(?P<u>{_UNIT})\s*씩\s*(?:이면|면|으로\s*하면|로\s*하면|하면)?\s*요?\s*[?？]*\s*$"
)


def _same_period(a: str, b: str) -> bool:
    def plain(p: str) -> str:
        p = re.sub(r"\s+", "", p)
        return {
            "1달": "한달",
            "매월": "한달",
            "매달": "한달",
            "매일": "하루",
            "매주": "일주일",
        }.get(p, "일주일" if p.startswith("1주") else p)

    return plain(a) == plain(b)


def per_period_amount_changed(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """The previous step with its one per-period amount replaced, or ``None``.

    Args:
        text: The follow-up ("한달에 1.5키로씩이면?").
        steps: The previous turn's step texts.
    """
    said = _SAID.match(normalize_numerals(text))
    if said is None or len(steps) != 1:
        return None
    step = normalize_numerals(steps[0])
    amounts = [
        m
        for m in re.finditer(
            rf"{_PERIOD}\s*(?:에|마다)?\s*(?P<n>\d+(?:\.\d+)?)\s*(?P<u>{_UNIT})\s*씩", step
        )
        if _same_period(m["per"], said["per"])
    ]
    if len(amounts) != 1:
        return None
    old = amounts[0]
    if said["u"] and old["u"] and said["u"] != old["u"]:
        return None  # "하루에 2시간씩" after "하루에 3천원씩": another quantity
    start, end = old.span("n")
    return [f"{step[:start]}{said['n']}{step[end:]}"], f"{old['n']} → {said['n']}"
