"""The previous question asked again with new figures, pointing back with 그건: "50만
충전하면 25% 준다는데 그건?" after "미용실 회원권 30만 원 충전하면 20% 더 얹어준다는데 총 얼마 쓸
수 있는 거야" (625,000원).

Each figure of the turn has a kind, a percent or an amount in 만/원; the first turn must hold
exactly one figure of each kind the turn says, which is replaced (an amount said without
원 keeps the first turn's 원). Kept only when code reads the new request.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from core.lazy_regex import LazyPattern
from tools.followup_rerun import kept_if_read, spliced

__all__ = ["figures_restated_pointing_back"]

# (Only 그건: "…였나? 그럼?" hedges a figure recalled, another helper's set's reading.)
_POINTS_BACK = LazyPattern(r"(?:그건|그거는|그건요)\s*[?？]*\s*$")
_PERCENT = re.compile(r"(?<![\d.])(?P<v>\d+(?:\.\d+)?)\s*(?:%|프로|퍼센트)")
_AMOUNT = re.compile(
    r"(?<![\d.,])(?P<v>\d[\d,]*(?:\.\d+)?\s*(?:만|천)?)(?:\s*원)?(?!\s*(?:%|\d|프로|퍼))"
)


def _amounts(text: str) -> list[re.Match[str]]:
    return [
        m for m in _AMOUNT.finditer(text) if re.search(r"만|천|원", text[m.start() : m.end() + 1])
    ]


def figures_restated_pointing_back(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """The first request with the turn's figures put in place of its own, or ``None``.

    Args:
        text: The follow-up ("50만 충전하면 25% 준다는데 그건?").
        steps: The previous turn's steps (one request).
    """
    if _POINTS_BACK.search(text) is None or len(steps) != 1:
        return None
    step = steps[0]
    percents, amounts = list(_PERCENT.finditer(text)), _amounts(text)
    if len(percents) > 1 or len(amounts) > 1 or not (percents or amounts):
        return None
    if len(re.findall(r"\d[\d,.]*", text)) != len(percents) + len(amounts):
        return None  # a figure of another kind: not placed here
    swaps: list[tuple[tuple[int, int], str]] = []
    for said, found in ((percents, list(_PERCENT.finditer(step))), (amounts, _amounts(step))):
        if not said:
            continue
        if len(found) != 1:
            return None
        swaps.append((found[0].span("v"), said[0]["v"].strip()))
    changed = spliced(step, swaps)
    if changed == step:
        return None
    return kept_if_read(changed, "the same question of the new figures")
