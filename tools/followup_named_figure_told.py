"""A new figure for a named amount, told as news: "아 식대 980만원이래", "보증금은 2천만원이래".

After "결혼식 축의금 총 1280만원 들어왔고 식대가 920만원 나왔어 남은거 양가 반반하면 한쪽에 얼마",
"아 식대 980만원이래" tells the meal bill's new figure (blind set 34 sent it to the cloud):
the figure said right after that noun in the earlier steps is replaced. Only when the noun
names exactly one amount in won there; any doubt leaves the turn to the other rules.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from core.lazy_regex import LazyPattern
from tools.korean_numbers import normalize_numerals

__all__ = ["named_figure_told"]

_TOLD = LazyPattern(
    r"^\s*(?:아|아아|헐|근데|그런데|그럼|아니)?\s*,?\s*(?P<noun>[가-힣]{2,8}?)(?:이|가|은|는|도)?\s+"
    r"(?P<amount>\d+(?:\.\d+)?)\s*원\s*(?:이래|이래요|이라던데|이라네|이라고\s*하네|이라고\s*함|래|임)"
    r"\s*[.!~ㅠㅜ]*\s*$"
)


def named_figure_told(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """The steps with the amount after the noun replaced by the one told, or ``None``.

    Args:
        text: The follow-up ("아 식대 980만원이래").
        steps: The conversation's steps so far.
    """
    said = _TOLD.match(normalize_numerals(text))
    if said is None or not steps:
        return None
    beside = re.compile(
        rf"(?<![가-힣]){re.escape(said['noun'])}(?:이|가|은|는|도|로)?\s*(?P<num>\d+(?:\.\d+)?)\s*원"
    )
    plain = [normalize_numerals(s) for s in steps]
    found = [(i, m) for i, step in enumerate(plain) for m in beside.finditer(step)]
    if len(found) != 1:
        return None  # not named beside an amount, or twice: which one is unsaid
    index, slot = found[0]
    changed = list(steps)
    step = plain[index]
    changed[index] = f"{step[: slot.start('num')]}{said['amount']}{step[slot.end('num') :]}"
    return changed, f"{said['noun']} {slot['num']}원 → {said['amount']}원"
