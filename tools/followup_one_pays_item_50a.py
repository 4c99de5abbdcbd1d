"""One of two shared costs paid by the speaker, the rest still split: "렌터카는 내가 낼게 숙소만
나눠" after "숙소 48만 원이랑 렌터카 21만 원을 넷이서 나누면 인당 얼마야" (120,000원).

The turn names the cost the speaker takes (NAME은 내가 낼게/살게/쏠게) or the one still split
(NAME만 나눠); the first turn must list exactly two named amounts joined by 이랑/랑/하고/와/과
and split them. The named cost and its joiner are dropped; the rest is asked as before.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from core.lazy_regex import LazyPattern
from tools.followup_rerun import kept_if_answer_moves, spliced

__all__ = ["one_pays_an_item"]

_AMOUNT = r"\d[\d,]*(?:\.\d+)?\s*(?:만|천)?\s*(?:\d[\d,]*\s*)?원"
_PAIR = LazyPattern(
    rf"(?P<a_name>[가-힣A-Za-z]+)\s*(?P<a>{_AMOUNT})\s*(?P<join>이랑|랑|하고|와|과|,)\s*"
    rf"(?P<b_name>[가-힣A-Za-z]+)\s*(?P<b>{_AMOUNT})"
)
_TAKES = r"(?:은|는|값은|값는)?\s*(?:내가|제가)\s*(?:낼게|낼래|낸다|살게|쏠게|계산할게|낼께|살께)"
_SPLIT = LazyPattern(r"나누|나눠|반띵|더치|엔빵|n빵|N빵")


def one_pays_an_item(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """The first request with the speaker's cost left out of the split, or ``None``.

    Args:
        text: The follow-up ("렌터카는 내가 낼게 숙소만 나눠").
        steps: The previous turn's steps (one split of two named amounts).
    """
    if len(steps) != 1 or re.search(r"\d", text):
        return None
    step = steps[0]
    pair = _PAIR.search(step)
    if pair is None or not _SPLIT.search(step, pair.end()) or len(_PAIR.findall(step)) != 1:
        return None
    names = {"a": pair["a_name"], "b": pair["b_name"]}
    taken = [
        key
        for key, name in names.items()
        if re.search(rf"{re.escape(name)}\s*{_TAKES}", text)
        or re.search(rf"{re.escape(names['b' if key == 'a' else 'a'])}\s*만\s*(?:나누|나눠)", text)
    ]
    if len(taken) != 1:
        return None
    if taken[0] == "a":
        changed = spliced(step, [((pair.start("a_name"), pair.start("b_name")), "")])
    else:
        changed = spliced(step, [((pair.start("join"), pair.end("b")), "")])
    return kept_if_answer_moves(
        step, changed, f"{names[taken[0]]} paid by the speaker, left out of the split"
    )
