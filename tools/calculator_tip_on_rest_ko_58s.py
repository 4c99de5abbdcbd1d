"""A tip on what is left of a bill once a named part is taken out, said in Korean.

The paraphrase probe (probes58): "밥값 총 12만원 나왔는데 술값 3만원 빼고 나머지에만 팁 10%
주면 팁 얼마야" went to the cloud; the English form of the family
(:func:`tools.calculator_tip_on_pretax.tip_on_part_read`) reads "40 of that was wine … tip
20% only on the food" only. The tip is the rate of the bill less the part: (120,000 -
30,000) × 10% = 9,000; "그럼 다 합치면" after it is the bill with that tip (129,000).

Read by slots: the bill in 원, a part of it in 원 named and taken out (빼고, 제외하고), a tip
rate on the rest (나머지, 남은 거), and the tip or the total asked; every figure one of the
three, the part less than the bill. A tip on the whole bill is another form.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from core.lazy_regex import LazyPattern
from tools.calculator_tip_on_pretax import TipOnPart
from tools.followup_reading_51a import FIGURE, Change, plain
from tools.followup_rerun import kept_if_read
from tools.korean_numbers import normalize_numerals

__all__ = ["tip_on_rest_ko", "tip_on_rest_ko_expression", "total_with_rest_tip_ko"]

_NUM = r"\d+(?:\.\d+)?"
_PCT = r"(?:%|퍼센트|퍼(?!센)|프로)"
# The bill, then the part taken out: "총 12만원 나왔는데 술값 3만원 빼고", "120000원 중에
# 주류 3만원은 제외하고".
_BILL_AND_PART = LazyPattern(
    rf"(?P<t>{_NUM})\s*원\s*(?:[가-힣]{{1,8}}\s*)?,?\s*(?:그\s*중에?\s*|중에\s*)?"
    rf"(?P<name>[가-힣]{{1,4}}?)\s*(?:은|는|이|가|을|를)?\s*(?P<x>{_NUM})\s*원\s*(?:은|는|을|를)?\s*"
    r"(?:빼고|제외하고|뺀(?=\s*(?:거|나머지|금액)))"
)
# The tip on the rest: "나머지에만 팁 10%", "남은 금액에 팁 10프로", "팁은 나머지에 10%".
_TIP_ON_REST = LazyPattern(
    r"(?:나머지|남은\s*(?:거|금액|돈)|뺀\s*(?:거|나머지|금액))\s*(?:에만|에\s*대해서만?|에|만)?\s*"
    rf"(?:팁|봉사료)\s*(?:은|는|을|를)?\s*(?P<p>{_NUM})\s*{_PCT}"
    rf"|(?:팁|봉사료)\s*(?:은|는)?\s*(?:나머지|남은\s*(?:거|금액))\s*(?:에만|에)\s*(?P<q>{_NUM})\s*{_PCT}"
)
_ASKS_TIP = re.compile(r"(?:팁|봉사료)\s*(?:은|는|이|가|만)?\s*(?:얼마|몇\s*원)")
_ASKS_TOTAL = re.compile(
    r"총\s*(?:얼마|몇\s*원|금액|액)|다\s*(?:합치면|해서|합해서)|전부\s*얼마|팁\s*포함"
)


def tip_on_rest_ko(question: str) -> TipOnPart | None:
    """The bill, the part taken out and the tip's rate, or ``None``."""
    text = normalize_numerals(question).replace(",", "")
    said, rate = _BILL_AND_PART.search(text), _TIP_ON_REST.search(text)
    if said is None or rate is None or rate.end() <= said.end():
        return None
    percent = rate["p"] or rate["q"]
    figures = sorted(float(m.group()) for m in FIGURE.finditer(text))
    if figures != sorted([float(said["t"]), float(said["x"]), float(percent)]):
        return None  # another figure (people to split, a tax): not this form alone
    if float(said["x"]) >= float(said["t"]) or float(percent) >= 100:
        return None
    return TipOnPart(said["t"], said["x"], percent)


def tip_on_rest_ko_expression(question: str) -> str | None:
    """The tip for the tip asked, the bill with it for a total asked, else ``None``."""
    read = tip_on_rest_ko(question)
    if read is None:
        return None
    text = normalize_numerals(question)
    if _ASKS_TIP.search(text):
        return read.tip
    return read.total if _ASKS_TOTAL.search(text) else None


# "그럼 다 합치면", "팁까지 총 얼마", "전부 얼마야", "팁 포함하면 총 얼마".
_TOTAL_TURN = LazyPattern(
    r"^\s*(?:그럼\s*|그러면\s*|그래서\s*)?(?:팁\s*(?:까지|포함(?:하면|해서)?|넣으면|더하면)\s*)?"
    r"(?:다\s*(?:합치면|합하면|해서|더하면)|총\s*(?:금액|액)?|전부\s*(?:해서)?|합계|총합)"
    r"\s*(?:은|는)?\s*(?:얼마[가-힣]*)?\s*[?？.]*\s*$"
)


def total_with_rest_tip_ko(text: str, steps: Sequence[str]) -> Change | None:
    """ "그럼 다 합치면" after the form: the bill with the tip on its rest, or ``None``."""
    if _TOTAL_TURN.match(plain(text)) is None or len(steps) != 1:
        return None
    read = tip_on_rest_ko(plain(steps[0]))
    if read is None:
        return None
    return kept_if_read(f"{read.total}원", f"the bill {read.bill} with the tip on the rest")
