"""A follow-up that restates the previous question's verb with one new quantity.

"3년 동안 빌리면 이자는 총 얼마? 단리로" after "500만 원을 연 4.5%로 빌리면 1년 이자가
얼마야?" asks the same question for 3 years: the turn repeats the conditional verb of
the previous question (빌리면) and holds one quantity, of a kind the previous question
also holds. It is that question with the quantity replaced. A question naming a new
verb ("그럼 병가 5일 넘게 쓰면 뭐 내야 돼요?" after "60 빼기 5는?") is not one.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal

from core.lazy_regex import LazyPattern
from tools.followup_quantities import QUANTITY
from tools.followup_slot_figures import far_from_rate
from tools.korean_numbers import normalize_numerals

__all__ = ["restated_with_new_quantity"]

# A Korean conditional verb ("빌리면", "맡기면", "달리면"), two syllables or more.
_CONDITIONAL_VERB = LazyPattern(r"[가-힣]{1,3}(?:으면|면)(?![가-힣])")
_FIGURE = LazyPattern(r"\d[\d,]*(?:\.\d+)?")
# A quantity said with "더" / "덜" / "늦게" / "일찍" ("1일 더 빌리면?") changes the old one
# by that much: tools.followup_changes reads it, never a replacement (it gave one day;
# "3% 더 오르면" after "10% 오르면" gave the 3% rise of the first amount). "거기서 3% 오르면"
# says the same: from the previous result, never the previous question's percent replaced.
_CHANGED_BY = LazyPattern(
    r"\d[\d,]*(?:\.\d+)?\s*[가-힣A-Za-z%]{0,3}\s*(?:더|덜|늦게|일찍)(?![가-힣])"
    r"|거기서|거기에서|그거에서|여기서|그\s*금액에서"
)
# "식비 10만 원도 합쳐서 다시 나누면?": a second amount added to the first, never put in
# its place (that split the 10만 원 alone); tools.followup_slots_korean reads it.
_ADDED_TOGETHER = LazyPattern(r"합쳐|합치|더해서|더하고|포함해서|보태|(?:도|까지)\s*같이")
# A figure with the word written on it ("100엔당"), to find the ones said again.
_FIGURE_WORD = LazyPattern(r"\d[\d,]*(?:\.\d+)?\s*[가-힣A-Za-z%]+")


def _without_restated(plain: str, last: str) -> str:
    """``plain`` without the figures the previous step already holds as written.

    "100엔당 950원이면?" after "100엔당 910원이면 원화로 얼마야" says the rate's 100엔 again:
    the 950원 is the one new quantity.
    """
    return _FIGURE_WORD.sub(lambda m: " " if m.group(0) in last else m.group(0), plain)


def restated_with_new_quantity(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """The previous steps with their quantity of the turn's kind replaced, or ``None``."""
    if not steps:
        return None
    plain = normalize_numerals(text)
    last = normalize_numerals(steps[-1])
    plain = _without_restated(plain, last)
    if (
        len(_FIGURE.findall(plain)) != 1
        or _CHANGED_BY.search(plain)
        or _ADDED_TOGETHER.search(plain)
    ):
        return None
    verbs = {v for v in _CONDITIONAL_VERB.findall(plain) if len(v) >= 2}
    if not verbs or not any(v in last for v in verbs):
        return None
    wanted = QUANTITY.search(plain)
    if wanted is None:
        return None
    same = [q for q in QUANTITY.finditer(last) if q["unit"] == wanted["unit"]]
    if any(far_from_rate(last, *q.span("num"), Decimal(wanted["num"])) for q in same):
        return None  # "5천원이면?" after "100엔에 910원": no rate's size, no amount (calc63)
    if len(same) != 1:
        return None  # none, or several of that kind: which one is meant is unclear
    old = same[0]
    changed = last[: old.start("num")] + wanted["num"] + last[old.end("num") :]
    if re.sub(r"\s", "", changed) == re.sub(r"\s", "", last):
        return None
    return [*steps[:-1], changed], f"{old['num']}{old['unit']} → {wanted['num']}{wanted['unit']}"
