"""A phone's monthly bill: the handset paid in instalments plus the plan, with the plan's
선택약정 discount: "폰 출고가 120만원 24개월 할부고 요금제 월 6만9천원인데 선택약정 25% 할인이면
한달에 얼마씩 나가?" is 1,200,000 / 24 + 69,000 x (100 - 25) / 100 = 101,750원 (set 36).

The discount of 선택약정 (or 요금할인) is on the plan only, never on the handset. Read only
with one handset price (출고가, 기기값, 단말기값, 할부원금, 폰값), its months of 할부, one plan
price a month, at most one such discount, a month's payment asked, no other figure, and no
interest or fee on the instalments (할부이자, 수수료: another reading).
"""

from __future__ import annotations

import re

from core.lazy_regex import LazyPattern

__all__ = ["phone_bill_a_month"]

_N = r"\d+(?:\.\d+)?"
_HANDSET = LazyPattern(
    rf"(?:출고가|기기\s*값|단말기\s*(?:값|대금)?|할부\s*원금|폰\s*값|휴대폰\s*값)\s*(?:이|은|는|가)?\s*"
    rf"(?P<p>{_N})\s*원"
)
_MONTHS = LazyPattern(r"(?<![\d.])(?P<m>\d+)\s*개월\s*(?:할부|으로\s*할부|로\s*할부)")
_PLAN = LazyPattern(
    rf"(?:요금제|통신\s*요금|통신비)\s*(?:는|은|가|이)?\s*(?:월|한\s*달에?|매달)\s*(?P<q>{_N})\s*원"
)
_DISCOUNT = LazyPattern(
    rf"(?:선택\s*약정|요금\s*할인|약정\s*할인)\s*(?:으로|로)?\s*(?P<d>{_N})\s*%"
)
_A_MONTH = LazyPattern(r"한\s*달에?|월\s*(?:얼마|납부|청구)|매달|매월")
_INTEREST = LazyPattern(r"이자|수수료|이율")
_FIGURE = re.compile(rf"(?<![\d.]){_N}")


def phone_bill_a_month(digits: str) -> str | None:
    """ "1200000 / 24 + 69000 * (100 - 25) / 100" for a phone's monthly bill, or None.

    Args:
        digits: The question with numerals as digits.
    """
    handset, months, plan = _HANDSET.search(digits), _MONTHS.search(digits), _PLAN.search(digits)
    if handset is None or months is None or plan is None or _INTEREST.search(digits):
        return None
    if not _A_MONTH.search(digits[plan.end() :]):
        return None  # a total, or the handset alone asked: another question
    discounts = list(_DISCOUNT.finditer(digits))
    if len(discounts) > 1 or int(months["m"]) == 0:
        return None
    figures = len(_FIGURE.findall(digits))
    if figures != 3 + len(discounts):
        return None  # a figure more (a subsidy, a second line): not this reading
    plan_part = plan["q"]
    if discounts:
        plan_part = f"{plan['q']} * (100 - {discounts[0]['d']}) / 100"
    return f"{handset['p']} / {months['m']} + {plan_part}"
