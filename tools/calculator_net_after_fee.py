"""What comes in after a percent fee, when the question asks for that rather than the fee.

Blind set 39: "중고거래 앱 수수료 3.5%인데 24만원에 팔면 나한테 들어오는 돈 얼마야" was
answered "8,400원", the fee, although it asks what reaches the seller (231,600원). The
forms read "a rate of an amount" as the share (240000 * 3.5 / 100); when the question
names a fee (수수료, fee, commission) and asks what comes in or is left (들어오는 돈, 받는
돈, 남는 돈, 정산금, 실수령, "how much do i get/keep", "after the fee"), the share is turned
into what is left of the amount. A question that asks the fee itself ("수수료 얼마") keeps
the share; one that asks both is left as it was read (the readers that give two parts
answer those).
"""

from __future__ import annotations

import re

from core.lazy_regex import LazyPattern
from tools.calculator_commission_earned_42 import commission_is_earned

__all__ = ["net_after_fee"]

_SHARE_OF_AMOUNT = re.compile(r"^\(?(?P<a>[\d.]+)\)? \* \(?(?P<b>[\d.]+)\)? / 100$")
# "80 dollars with a 5% fee, how much do i keep": read as the fee added on top (84), while
# what is kept is asked.
_FEE_ADDED = re.compile(r"^\(?(?P<a>[\d.]+)\)? \* \(1 \+ (?P<b>[\d.]+) / 100\)$")
_FEE = LazyPattern(r"수수료|커미션|\bfees?\b|\bcommission\b", re.IGNORECASE)
_ASKS_WHAT_COMES_IN = LazyPattern(
    r"(?:들어오는|들어올|받는|받을|남는|남을|쥐는|입금되는|정산되는)\s*(?:돈|금액|거|게|건)"
    r"|정산금|실수령|실제로\s*받|손에\s*쥐"
    # The verb of what comes in after "얼마" (set 55: "42만원에 팔면 나한테 얼마 들어와" was
    # answered the fee): "얼마 들어와", "통장에 얼마 꽂혀", "얼마 남아", "얼마 떨어져".
    r"|(?:나한테|나에게|내\s*통장에|통장에|손에|내\s*손에)?\s*얼마(?:나)?\s*(?:정도\s*)?"
    r"(?:들어와|들어오|들어옴|들어온|입금|꽂혀|꽂히|남아|남음|남나|남냐|떨어져|떨어지|쥐어|받아|받음|받나|받냐)"
    r"|how\s+much\s+(?:do|will|would)\s+i\s+(?:actually\s+)?(?:get|keep|take\s+home|receive|end\s+up\s+with)"
    r"|after\s+(?:the\s+)?(?:fees?|commission)"
    r"|what(?:'s|\s+is)\s+left",
    re.IGNORECASE,
)
_ASKS_THE_FEE = LazyPattern(
    r"(?:수수료|커미션)\s*(?:는|은|가|이)?\s*(?:얼마|몇)"
    r"|how\s+much\s+(?:is|are)\s+the\s+(?:fees?|commission)"
    r"|what(?:'s|\s+is)\s+the\s+(?:fee|commission)",
    re.IGNORECASE,
)


def net_after_fee(text: str, source: str) -> str | None:
    """``a * (1 - b / 100)`` for ``a * b / 100`` (or ``a * (1 + b / 100)``) when ``text``
    asks what is left after a fee.

    Args:
        text: The question with numerals as digits.
        source: The expression the calculator read.
    """
    share = _SHARE_OF_AMOUNT.match(source) or _FEE_ADDED.match(source)
    if share is None or not _FEE.search(text) or not _ASKS_WHAT_COMES_IN.search(text):
        return None
    if _ASKS_THE_FEE.search(text) or commission_is_earned(text):
        return None  # the fee itself asked, or a commission the asker is paid (set 42)
    return f"{share['a']} * (1 - {share['b']} / 100)"
