"""Follow-ups that take an amount off (helper opens52c, blind set 52): a percent off the
previous result whose own percent was no deduction ("이자소득세 15.4% 떼면 얼마 남아"), a part
of an instalment's price paid first ("30만원 먼저 내고 나머지를 12개월로 하면"), and the guard
that declines a part paid first no rule can place. Listed in
:data:`tools.followup_opens_61c.CHANGES_61C`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from core.lazy_regex import LazyPattern
from tools.followup_rerun import kept_if_read, kept_if_runs, spliced
from tools.korean_numbers import normalize_numerals

__all__ = ["paid_first_unread", "part_paid_first", "percent_taken_off_result"]


# "이자소득세 15.4% 떼면 얼마 남아", "15.4% 떼면?" after a request whose percent is no deduction
# (an interest rate, a raise): the percent taken off the result, never the rate replaced
# (it was 5,000,000 at 15.4%: 770,000원; opens52c).
_TAKEN_OFF = LazyPattern(
    r"^\s*(?:그럼\s*|거기서\s*|그걸로\s*)?(?:(?P<label>[가-힣]{1,6})\s*)?(?P<p>\d+(?:\.\d+)?)\s*(?:%|퍼센트|퍼|프로)\s*"
    r"(?:를|을)?\s*(?:떼면|떼고|빼면|빼고|제하면|공제하면|차감하면|원천징수하면)\s*"
    r"(?:얼마\s*(?:남아|남음|남지|남나|야|임|받아|남는거야|남는지)?|실수령(?:은|액)?\s*(?:얼마)?)?\s*[?？]*\s*$"
)
_DEDUCTION_SAID = LazyPattern(r"떼|빼|공제|제하|차감|할인|깎|세후|수수료|\boff\b|\bless\b", re.I)


def percent_taken_off_result(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """The previous result with the turn's percent taken off, or ``None``.

    Args:
        text: The follow-up ("이자소득세 15.4% 떼면 얼마 남아").
        steps: The previous turn's steps (one request with no deduction in it).
    """
    said = _TAKEN_OFF.match(normalize_numerals(text))
    if said is None or len(steps) != 1 or _DEDUCTION_SAID.search(steps[0]):
        return None
    if "%" not in steps[0] and "퍼" not in steps[0] and "프로" not in steps[0]:
        return None  # no rate said before: a plain amount less a percent, read elsewhere
    return kept_if_runs([*steps, f"그 금액에서 {said['p']}% 빼면"], f"−{said['p']}% off the result")


# "30만원 먼저 내고 나머지를 12개월로 하면", "30만원 선납하면" after an instalment of a price over
# months: the price less the part paid first, over the months said (or the same months);
# the price was replaced by the part paid (25,000원; opens52c).
_PAID_FIRST = LazyPattern(
    r"^\s*(?:그럼\s*|만약\s*)?(?P<a>\d+)\s*원?\s*(?:은|을|를)?\s*(?:먼저|미리|선납으로|선결제로|계약금으로|일시불로)?\s*"
    r"(?:내고|내면|선납하고|선납하면|선결제하고|선결제하면|결제하고|결제하면|넣고|넣으면|주고)\s*,?\s*"
    r"(?:(?:나머지(?:를|는)?|남은\s*(?:거|금액)(?:를|는)?)\s*(?:(?P<m>\d+)\s*개월(?:로|에)?\s*)?"
    r"(?:할부\s*)?(?:하면|나누면|나눠\s*내면|내면|돌리면)?)?\s*"
    r"(?:월\s*)?(?:얼마씩?(?:이야|임|야)?)?\s*[?？]*\s*$"
)
_PAID_FIRST_WORDS = LazyPattern(
    r"(?:먼저|미리)\s*(?:내|결제|납부|지불|넣)|선납|선결제|계약금|일시불로?\s*(?:내|결제)"
)
_INSTALMENT = LazyPattern(
    r"(?<![\d.])(?P<price>\d+)\s*원[^\d]*?(?P<months>\d+)\s*개월\s*(?:무이자\s*)?(?:할부|로\s*나누|으로\s*나누|분할)"
)


def part_paid_first(text: str, steps: Sequence[str]) -> tuple[list[str], str] | None:
    """The instalment of the price less the part paid first, or ``None``.

    Args:
        text: The follow-up ("30만원 먼저 내고 나머지를 12개월로 하면").
        steps: The previous turn's steps (one price over months).
    """
    digits = normalize_numerals(text)
    said = _PAID_FIRST.match(digits)
    if said is None or len(steps) != 1 or not _PAID_FIRST_WORDS.search(digits):
        return None
    step = normalize_numerals(steps[0])
    plan = _INSTALMENT.search(step)
    if plan is None or len(re.findall(r"(?<![\d.])\d+(?:\.\d+)?", step)) != 2:
        return None  # a rate, a fee or a second price beside the instalment
    rest = int(plan["price"]) - int(said["a"])
    if rest <= 0:
        return None
    months = said["m"] or plan["months"]
    swaps = [(plan.span("price"), str(rest)), (plan.span("months"), months)]
    note = f"{plan['price']}원 − {said['a']}원 paid first, over {months} months"
    return kept_if_read(spliced(step, swaps), note)


def paid_first_unread(text: str, steps: Sequence[str]) -> bool:
    """Whether ``text`` pays an amount first ("30만원 먼저 내고 … 이자는?") that
    :func:`part_paid_first` cannot place: no other figure of the previous request is it."""
    digits = normalize_numerals(text)
    return (
        bool(steps)
        and _PAID_FIRST_WORDS.search(digits) is not None
        and re.search(r"\d\s*원", digits) is not None
        and part_paid_first(text, steps) is None
    )
