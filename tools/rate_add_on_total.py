"""A rate named as an add-on (a tip, a tax, a service charge) asked for with the total is
the amount with that share on top, not the share alone.

"dinner came to 84,000 won, what's the total with a 10% tip" asks for 92,400 won; "what's
a 10% tip on 84,000 won" asks for the tip, 8,400 won. Found by the fifteenth unseen set,
where the first was answered with the tip alone. The rule: the rate's own words (just
before or after it) name an add-on, and the request asks for a total ("total", "in all",
"altogether", "all in", "합계", "총", "전부", "다 해서") after the amount.

A rate said to be added is on top whatever it names: "how much with a 10% booking fee"
(the price with the fee, 96,800 won for 88,000; the eighteenth unseen set got the fee
alone, 8,800), "수수료 10% 붙으면", "10% 얹으면". A cut word after the rate ("with a 10%
discount") keeps the calculator's cut reading.
"""

from __future__ import annotations

import re

from core.lazy_regex import LazyPattern

__all__ = ["asks_add_on_alone", "asks_total_including", "asks_total_with_add_on", "said_as_added"]

_ADD_ON = (
    r"(?:tip|tax|vat|gratuity|service\s+charge|(?:booking\s+|service\s+|card\s+)?fee|surcharge"
    r"|commission|팁|세금|부가세|봉사료|수수료)"
)
# The add-on right after the rate ("10% tip", "10% 팁", "10%의 봉사료").
_ADD_ON_AFTER = LazyPattern(rf"^\s*(?:의\s*)?(?:sales\s+)?{_ADD_ON}", re.IGNORECASE)
# Where or when the add-on applies, said between it and the rate: "sales tax here is
# 8.25%", "tax in my state is 7%" (set 49 got the tax alone for "… here is 8.25%. total?").
_PLACE_OR_TIME = (
    r"(?:\s+(?:here|there|now|rn|today"
    r"|in\s+(?:my|this|our|the)\s+(?:state|city|area|country)))?"
)
# The add-on right before the rate ("팁 10%", "a tip of 10%", "tax at 8%").
_ADD_ON_BEFORE = LazyPattern(
    rf"{_ADD_ON}{_PLACE_OR_TIME}\s*(?:of|at|is|은|는|이|가|를|을)?\s*$",
    re.IGNORECASE,
)
# What is paid with the add-on, where or how the whole is paid: "out the door", "at the
# register", "all told", "the final bill" (set 53: "sales tax here is 7.5%, so out the door
# its" got the tax alone, 6.75, for 96.74). Not when the add-on itself is asked ("how much
# tax at the register").
_ASKS_PAID = LazyPattern(
    r"\bout\s+the\s+door\b|\bat\s+(?:the\s+)?(?:register|checkout|till|counter)\b"
    r"|\ball\s+told\b|\bfinal\s+(?:price|cost|bill|amount)\b",
    re.IGNORECASE,
)
_ADD_ON_ITSELF_ASKED = LazyPattern(
    rf"\bhow\s+much\s+(?:is\s+)?(?:the\s+)?(?:sales\s+)?{_ADD_ON}\b"
    rf"|\bwhat(?:'s|s|\s+is|\s+would\s+be)\s+the\s+(?:sales\s+)?{_ADD_ON}\b",
    re.IGNORECASE,
)
# ("포함" and "including" are left out: "부가세 포함 가격에서 부가세는" asks the share in it.)
_ASKS_TOTAL = LazyPattern(
    r"\btotal\b|\bin\s+all\b|\baltogether\b|\ball\s+in\b|\ball\s+together\b"
    r"|합계|총\s*(?:액|금액|얼마|합)?|전부|다\s*(?:해서|합쳐서|합치면|더하면)",
    re.IGNORECASE,
)
# A total word right after the amount names it ("84000 total, what's a 10% tip").
_NAMES_THE_AMOUNT = LazyPattern(
    r"^\s*(?:in\s+)?(?:total|altogether|in\s+all)\b|^\s*(?:이|가|은|는)?\s*총(?:액|합)?\b",
    re.IGNORECASE,
)


def asks_total_with_add_on(after_amount: str, before: str, after: str) -> bool:
    """Whether a rate is an add-on put on top of the amount, the total being asked.

    Args:
        after_amount: The request after its amount, normalised by the calculator (a total
            named before the amount, "the total bill is 84000", asks for none).
        before: The words between the previous figure and the rate.
        after: The words after the rate's percent sign, up to the next figure.
    """
    names_add_on = bool(_ADD_ON_AFTER.match(after) or _ADD_ON_BEFORE.search(before))
    asked = _NAMES_THE_AMOUNT.sub("", after_amount, count=1)
    if not names_add_on:
        return False
    if _ASKS_TOTAL.search(asked) is not None:
        return True
    return _ASKS_PAID.search(asked) is not None and not _ADD_ON_ITSELF_ASKED.search(asked)


# "with a 10% booking fee": the amount with the rate, just before it.
_WITH_BEFORE = LazyPattern(r"\bwith\s+(?:an?\s+|the\s+)?$", re.IGNORECASE)
# "10% 붙으면", "수수료 10% 얹어서", "10% 추가하면": a verb right after the rate adds it.
_ADDED_AFTER = LazyPattern(
    r"^\s*(?:의\s*)?(?:[가-힣]{1,4}\s*)?(?:가|이|를|을)?\s*"
    r"(?:붙으면|붙이면|붙여서|붙여|붙는|얹으면|얹어서|얹어|추가하면|추가되면|추가해서|더하면|더해서)",
)
# A cut after the rate ("with a 10% discount", "10% 할인 붙으면") is not added.
_CUT_AFTER = LazyPattern(r"^[^\d]{0,14}?(?:할인|세일|discount|off\b|coupon|쿠폰)", re.IGNORECASE)


def said_as_added(before: str, after: str) -> bool:
    """Whether a rate is said to be put on the amount: "with a 10% fee", "10% 붙으면".

    Args:
        before: The words between the previous figure and the rate.
        after: The words after the rate's percent sign, up to the next figure.
    """
    if _CUT_AFTER.match(after):
        return False
    with_add_on = _WITH_BEFORE.search(before) is not None and _ADD_ON_AFTER.match(after)
    return bool(with_add_on or _ADDED_AFTER.match(after))


# The total with the add-on asked in so many words: "what is it including tax", "the total
# including a 15% tip on an 80 bill", "부가세 포함하면 얼마". The share alone (10% of the
# amount) is then a wrong answer, whatever the statement said of the amount; nor is the
# amount with the rate on top always right ("$80 including tax, plus ..."), so the caller
# declines.
_TOTAL_INCLUDING = LazyPattern(
    r"\b(?:it|that|total|price|bill|cost)\s+(?:including|incl\.?|inclusive\s+of)(?![a-z])"
    r"|포함\s*(?:하면|시키면|할\s*경우|한\s*(?:총액|합계|금액은|가격은))",
    re.IGNORECASE,
)


def asks_total_including(text: str) -> bool:
    """Whether the request asks for a total including a rate ("what is it including tax")."""
    return _TOTAL_INCLUDING.search(text) is not None


# The add-on itself asked, not the total with it: "80 dollar meal with 15% tip, whats the
# tip" (wrongs61: 92 was given), "how much is the fee", "팁은 얼마". (A total asked too is
# the caller's to weigh.)
_ADD_ON_ALONE = LazyPattern(
    rf"\bwhat(?:'s|s|\s+is|\s+was|\s+would\s+be|\s+will\s+be)\s+(?:the|my|a|our)\s+{_ADD_ON}\b"
    rf"(?!\s*(?:and|plus|\+|included|on\s+top))"
    rf"|\bhow\s+much\s+(?:(?:is|was|would\s+be|will\s+be)\s+(?:the|my|our)\s+)?{_ADD_ON}\b"
    rf"(?!\s*(?:and|plus|\+|included))"
    rf"|\b{_ADD_ON}\s+(?:amount|alone|only)\b"
    rf"|{_ADD_ON}\s*(?:은|는|만)\s*(?:얼마|몇|$|[?？])|{_ADD_ON}\s*(?:금액|액수)",
    re.IGNORECASE,
)


def asks_add_on_alone(text: str) -> bool:
    """Whether ``text`` asks the add-on alone ("whats the tip") and no total."""
    return _ADD_ON_ALONE.search(text) is not None and _ASKS_TOTAL.search(text) is None
