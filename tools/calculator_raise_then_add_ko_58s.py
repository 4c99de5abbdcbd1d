"""An amount raised by a percent and then a named amount added, said in Korean.

The paraphrase probe (probes58): "월세 75만원인데 3%올리고 관리비 5만원 추가래 그럼 매달
얼마내야돼" went to the cloud; the English form of the family
(:mod:`tools.calculator_raise_then_add_58e`) reads "raising it 4% and then adding 35 for
parking" only. Said in this order the percent moves the amount first and the add-on comes
on top: 750,000 × 1.03 + 50,000 = 822,500 (never (750,000 + 50,000) × 1.03).

Read by slots: one amount in 원, one percent of rise said with a verb of rising (올리고,
오르고, 인상되고), one add-on in 원 named by its own word (관리비, 주차비) with a verb of
adding (추가, 붙, 더), an amount asked, and no other figure. A cut ("3% 할인하고") or a
percent of the add-on is another form. "관리비 없으면?" drops the add-on by its name.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from core.lazy_regex import LazyPattern
from tools.calculator_raise_then_add_58e import RaiseThenAdd
from tools.followup_reading_51a import FIGURE, Change, plain
from tools.followup_rerun import kept_if_read
from tools.korean_numbers import normalize_numerals

__all__ = ["add_on_dropped_ko", "raise_then_add_ko", "raise_then_add_ko_expression"]

_NUM = r"\d+(?:\.\d+)?"
_PCT = r"(?:%|퍼센트|퍼(?!센)|프로)"
# The amount: "월세 75만원인데", "월세가 75만원이고", "구독료 9900원에서".
_AMOUNT = rf"(?P<a>{_NUM})\s*원\s*(?:인데|이고|이었는데|에서|짜리(?:인데)?|,)?"
# The rise: "3%올리고", "3퍼 오르고", "3프로 인상되고", "3% 올려서", "3% 인상하고 나서".
_RISE = (
    rf"\s*(?:[가-힣]{{1,6}}\s*)?(?:가|이)?\s*(?P<p>{_NUM})\s*{_PCT}\s*(?:를|을|가|나|씩)?\s*"
    r"(?:올리고|올린대고|올린다고\s*하고|올려서|올린\s*다음에?|오르고|올라서|오른\s*다음에?"
    r"|인상(?:하고|되고|해서|돼서|된\s*다음에?)|올리구|오르구)(?:\s*나서)?"
)
# What joins the add-on on: "거기에", "거기다가", "그리고", "또", "추가로".
_JOIN = r"\s*,?\s*(?:거기에?|거기다(?:가)?|여기에?|그리고|또|게다가)?\s*(?:추가로\s*)?"
# The add-on, named: "관리비 5만원 추가래", "주차비 3만원 더 붙는대", "관리비로 5만원 더".
_ADD = (
    r"(?P<named>[가-힣]{1,6}?)\s*(?:은|는|을|를|이|가|도|로|으로)?\s*"
    rf"(?P<c>{_NUM})\s*원\s*(?:을|를|이|가|씩|도)?\s*(?:더\s*)?"
    r"(?:추가|붙|얹|더해|더하|더\s*내|더\s*받|별도|플러스)"
)
_RAISE_THEN_ADD = LazyPattern(_AMOUNT + _RISE + _JOIN + _ADD)
_ASKED = re.compile(r"얼마|몇\s*원|총액|금액")
# Names that are no add-on's: a verb or a filler word caught before the figure.
_NOT_A_NAME = frozenset({"그리고", "또", "거기", "추가로", "그럼", "그리고는"})


def raise_then_add_ko(digits: str) -> RaiseThenAdd | None:
    """The reading of an amount raised by a percent then a named add-on, or ``None``.

    Args:
        digits: The request with numerals as digits ("월세 750000원인데 3%올리고 관리비
            50000원 추가래 그럼 매달 얼마내야돼").
    """
    text = normalize_numerals(digits).replace(",", "")
    said = _RAISE_THEN_ADD.search(text)
    if said is None or _ASKED.search(text[said.end() :]) is None:
        return None
    figures = sorted(m.group() for m in FIGURE.finditer(text))
    if figures != sorted([said["a"], said["p"], said["c"]]) or float(said["p"]) >= 100:
        return None  # another figure (a count of months, a second fee): not this sum alone
    if said["named"] in _NOT_A_NAME:
        return None  # the add-on not named: a follow-up could not drop it by its word
    return RaiseThenAdd(said["a"], said["p"], said["c"], said["named"])


def raise_then_add_ko_expression(digits: str) -> str | None:
    """The expression of :func:`raise_then_add_ko`'s reading, or ``None``."""
    said = raise_then_add_ko(digits)
    return None if said is None else said.expression


# "관리비 없으면?", "관리비는 빼고", "관리비 안 내면 얼마", "관리비 제외하면".
_DROPPED = LazyPattern(
    r"^\s*(?:그럼\s*|그러면\s*|만약\s*|근데\s*)?(?P<name>[가-힣]{1,6}?)\s*(?:은|는|이|가|을|를)?\s*"
    r"(?:없으면|없다면|빼면|빼고(?:는|면)?|안\s*(?:내면|붙으면|내도\s*되면)|없이(?:는|면)?"
    r"|제외하(?:면|고(?:는)?))\s*(?:매달\s*|한\s*달에\s*)?(?:얼마[가-힣]*)?\s*[?？.]*\s*$"
)


def add_on_dropped_ko(text: str, steps: Sequence[str]) -> Change | None:
    """ "관리비 없으면?" after the form: the amount raised, the add-on dropped, or ``None``."""
    said = _DROPPED.match(plain(text))
    if said is None or len(steps) != 1:
        return None
    read = raise_then_add_ko(plain(steps[0]))
    if read is None or said["name"] != read.name:
        return None  # not the form, or another thing named than its add-on
    return kept_if_read(f"{read.raised_only}원", f"without the {read.name} ({read.add_on}원)")
