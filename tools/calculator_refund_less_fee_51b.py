"""What comes back of tickets bought when a cancellation fee is taken: "뮤지컬 티켓 2장
9만9천원씩 샀는데 취소 수수료 10% 떼면 얼마 돌려받아" is 2 x 99,000 x (100 - 10) / 100 = 178,200.

Set 34 sent it to the cloud: no reader took a count of tickets at a price each with a
percent fee taken off (떼면, 빼면, 제하면) and the refund asked (돌려받, 환불). Read only with
one count and its price "씩" (or the price "짜리" before the count), one percent said as a
취소/환불 수수료, and no other figure.
"""

from __future__ import annotations

import re

from core.lazy_regex import LazyPattern

__all__ = ["EACH", "refund_less_cancel_fee"]

_N = r"\d+(?:\.\d+)?"
_COUNTERS = r"(?:장|개|매|명|석|건|벌|권|세트)"
#: "2장 99000원씩", "99000원짜리 티켓 2장": the count and its price each.
EACH = LazyPattern(
    rf"(?<![\d.])(?P<n>\d+)\s*{_COUNTERS}\s*(?:을|를)?\s*(?:각\s*|한\s*장에\s*)?(?P<p>{_N})\s*원\s*씩"
    rf"|(?<![\d.])(?P<p2>{_N})\s*원\s*짜리\s*(?:[가-힣]{{1,6}}\s*)?(?P<n2>\d+)\s*{_COUNTERS}"
)
_FEE = LazyPattern(
    rf"(?:취소|환불|위약)\s*수수료\s*(?:가|는|로|이)?\s*(?P<r>{_N})\s*%\s*(?:를|을)?\s*"
    r"(?:떼|빼|제하|공제|차감|나가|내)"
)
_ASKS_BACK = LazyPattern(r"돌려\s*받|환불\s*(?:받|되|금)|받을\s*수\s*있")
_FIGURE = re.compile(rf"(?<![\d.]){_N}")


def refund_less_cancel_fee(digits: str) -> str | None:
    """ "2 * 99000 * (100 - 10) / 100" for tickets refunded less a percent fee, or None.

    Args:
        digits: The question with numerals as digits.
    """
    each = EACH.search(digits)
    fee = _FEE.search(digits)
    if each is None or fee is None or not _ASKS_BACK.search(digits):
        return None
    if len(_FIGURE.findall(digits)) != 3:
        return None  # a fixed fee, a second item or a count cancelled: another reading
    count, price = each["n"] or each["n2"], each["p"] or each["p2"]
    return f"{count} * {price} * (100 - {fee['r']}) / 100"
