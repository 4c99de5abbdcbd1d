"""A percent coupon on one line of a bill only, the other lines on top (set 49).

"배달 음식값 28000원 배달팁 3000원인데 음식값에만 20%할인쿠폰 쓰면 결제금액 얼마" is
28,000 x (1 - 20%) + 3,000 = 25,400원: the coupon comes off the line it names, the
delivery tip is paid whole. "food is 40 and delivery is 6, with a 25% coupon on the food
only" is the same form in English. Every figure must be a line's amount or the rate; the
line named must be exactly one of the lines said; otherwise it declines. (A rate of 0 is
read too: the follow-up "쿠폰 없으면" re-runs the turn with its coupon at 0%.)
"""

from __future__ import annotations

import re
import unicodedata

from tools.calculator_won_or_not import in_won_or_not
from tools.korean_numbers import normalize_numerals

__all__ = [
    "COUPON_ON_ONE_LINE_KO",
    "coupon_on_one_line",
    "coupon_on_one_line_in_won",
    "coupon_on_one_line_unnamed",
]

_N = r"\d+(?:\.\d+)?"
_FIGURE = re.compile(rf"(?<![\d.]){_N}")
_LINE_KO = re.compile(rf"(?P<label>[가-힣]{{2,}}?)\s*(?:은|는|이|가)?\s*(?P<a>{_N})\s*원")
#: "음식값에만 20%할인쿠폰 쓰면": the rate and the one line it is used on (its "r" group).
COUPON_ON_ONE_LINE_KO = re.compile(
    rf"(?P<on>[가-힣]{{2,}}?)\s*에만\s*(?P<r>{_N})\s*(?:%|퍼센트|프로)\s*(?:짜리\s*)?"
    r"(?:할인\s*)?(?:쿠폰|할인)\s*(?:을|를|이)?\s*"
    r"(?:쓰면|써서|사용하면|적용하면|적용되면|받으면|되면|해주면|들어가면)"
    r"(?P<tail>.*)$"
)
_LINE_EN = re.compile(
    rf"\b(?P<label>[a-z]{{3,}})\s+(?:is|was|costs?|came\s+to|=|:)\s*\$?(?P<a>{_N})\b", re.I
)
_COUPON_ON_ONE_LINE_EN = re.compile(
    rf"\b(?P<r>{_N})\s*%\s*(?:off\s+)?(?:coupon|discount|voucher|code)?\s*"
    r"(?:on|off|for)\s+(?:the\s+)?(?P<on>[a-z]{3,})\s+only\b(?P<tail>.*)$",
    re.I,
)
_ASKED = re.compile(r"얼마|총|결제|합계|\btotal\b|\bhow\s+much\b|\bpay\b|\bowe\b", re.I)
# A split, a count or a price each: another question than the bill's total.
_OTHER = re.compile(r"씩|당|명|나누|\beach\b|\bsplit\b|\bper\b|\btip\b|\btax\b", re.I)


def _same_line(label: str, named: str) -> bool:
    """ "음식값" is the line "음식값" or "음식"; "food" the line "food"."""
    label, named = label.lower(), named.lower()
    return label == named or label.startswith(named) or named.startswith(label)


def coupon_on_one_line(digits: str) -> str | None:
    """ "28000 * (1 - 20 / 100) + 3000" for a coupon on one line of two or more, or ``None``.

    Args:
        digits: The question with its numerals as digits.
    """
    text = normalize_numerals(unicodedata.normalize("NFKC", digits)).replace(",", "")
    coupon = COUPON_ON_ONE_LINE_KO.search(text) or _COUPON_ON_ONE_LINE_EN.search(text)
    if coupon is None or not _ASKED.search(coupon["tail"]) or _OTHER.search(text):
        return None
    pattern = _LINE_KO if coupon.re is COUPON_ON_ONE_LINE_KO else _LINE_EN
    lines = [m for m in pattern.finditer(text) if not coupon.start() <= m.start("a") < coupon.end()]
    named = [m for m in lines if _same_line(m["label"], coupon["on"])]
    if len(lines) < 2 or len(named) != 1 or not 0 <= float(coupon["r"]) < 100:
        return None
    if sorted(_FIGURE.findall(text)) != sorted([coupon["r"], *(m["a"] for m in lines)]):
        return None  # a figure with no place among the lines and the rate
    others = " + ".join(m["a"] for m in lines if m is not named[0])
    return f"{named[0]['a']} * (1 - {coupon['r']} / 100) + {others}"


# The reading in won and in no named unit, for the calculator's early readers.
coupon_on_one_line_in_won, coupon_on_one_line_unnamed = in_won_or_not(coupon_on_one_line)
