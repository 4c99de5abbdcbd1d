"""More words that give a figure its role, left out by the reading: the calculator declines.

Blind probes (2026-12-05, session 52) found forms that read the figures they were built for
and dropped one more word that changes the sum:

- "관리비 월 23만원인데 작년보다 15% 올랐대 작년엔 얼마였어" was 230000 * (1 + 15 / 100): the
  amount before the change asked, the amount after it computed ("오늘 주가 52,000원인데 어제보다
  4% 오른거면 어제 주가는", "3만6천원인데 40% 할인된 가격이래 원래 얼마야", "3,100 a month after
  20% tax, what's it before tax" as 3100 * 20 / 100, the same);
- "22 an hour, 37.5 hours a week, what's that a year with 2 weeks unpaid leave" was
  22 * 37.5 * 2: the weeks off read as the weeks worked;
- "tank is 55 litres, how much to fill up from a quarter full" was 1.79 * 55: the part
  already in the tank dropped;
- "한 병에 1,800원 생수 24병 묶음이 32,000원이면 낱개로 사는 게 얼마 더 비싸" was
  32000 + 1800 * 24: two prices compared, read as one bill;
- "연봉 5천만원에서 6% 인상되면 월급 몇 오르는거야" was 50000000 * (1 + 6 / 100): the change
  asked with 몇, the new salary answered;
- "박스 하나 4천원 5개 이상이면 개당 3,500원 7개 보내면" was 5 * 4000 + 7 * 3500: a price for
  buying at least a count, read as a second purchase of that count;
- "노트북 150만원 사려고 한달에 20만원씩 모으면 몇달 걸려" was 200000 + 1500000: the time to
  reach a target asked, a sum of money answered ("a monthly bus pass is 62 and a single ride
  is 2.75, how many rides to break even" was 62 + 2.75 the same way).

Each rule names a cue whose figure or operation must show in the reading; when it does not,
a form read another question, and the step goes on to a tier that can read the words.
"""

from __future__ import annotations

import re
from decimal import Decimal

from core.errors import ToolInputError
from tools.calculator_unread_cues_51w import SHARE_ONLY, WHOLE_CHANGED
from tools.expression_figures import figures_used
from tools.korean_numbers import normalize_numerals

__all__ = ["refuse_unread_cues_52w", "unread_cue_52w"]

# A percent that changes an amount: a rise, a fall, a discount, a tax.
_PERCENT_CHANGE = re.compile(
    r"\d\s*(?:%|퍼센트|프로|percent\b)\s*(?:정도\s*)?"
    r"(?:오르|올라|오른|올랐|인상|증가|상승|늘|할인|세일|싸|떨어|내린|내려|하락|감소|줄|깎"
    r"|off\b|discount|tax|up\b|down\b|more\b|less\b|higher\b|lower\b|raise|increase|rise"
    r"|markup|mark-up|cheaper)"
    r"|(?:after|before|with|minus|less|plus)\s+(?:a\s+)?\d+(?:\.\d+)?\s*%\s*"
    r"(?:tax|discount|off|cut|markup|raise|increase|vat|service)",
    re.IGNORECASE,
)
# The amount before the change asked: "작년엔 얼마였어", "어제 주가는", "원래 얼마야", "할인 전
# 가격", "what's it before tax", "what was the original price", "what was it last year".
# ("작년보다 얼마 더" compares with the past; it asks the change, not the past amount.)
_KO_PAST = (
    r"(?:작년|재작년|어제|그제|지난\s*(?:달|주|해|번)|전년|전월|예전|원래|원가|정가"
    r"|(?:할인|세일|인상|인하|세금\s*떼기|세전|오르기|내리기)\s*전)"
)
_PAST_ASKED = re.compile(
    rf"{_KO_PAST}(?!\s*(?:보다|대비|에\s*비해|比))\s*(?:에는|엔|에|은|는|이|가|의)?\s*"
    r"(?:[가-힣]{1,4}?(?:은|는|이|가|값|가격)?\s*)?(?:얼마|몇|였|이었|\?|$)"
    r"|\b(?:what|how\s+much)\b[^?.!]{0,30}\b(?:before\s+(?:the\s+)?(?:tax|discount|raise"
    r"|increase|sale|markdown|cut|rise|deductions?)|pre-?tax|original(?:ly)?|last\s+(?:year|month"
    r"|week)|yesterday|used\s+to)\b"
    r"|\b(?:original|pre-?tax|pre-?discount|old)\s+(?:price|amount|salary|rent|cost|figure)\b",
    re.IGNORECASE,
)
# Weeks, days or months not worked said beside a rate ("with 2 weeks unpaid leave", "take 3
# weeks off", "2주는 무급휴가", "한 달 쉬면"): they come off the period, never multiply the rate.
_TIME_OFF = re.compile(
    r"(?<![\d.])\d+(?:\.\d+)?\s*(?:weeks?|days?|months?)\s+(?:of\s+)?(?:unpaid|off|leave"
    r"|holiday|vacation)"
    r"|\b(?:take|took|taking|have|having|get|getting)\s+(?:\d+(?:\.\d+)?\s+)?(?:weeks?|days?"
    r"|months?)\s+off"
    r"|(?<![\d.])\d+\s*(?:주|일|개월|달)\s*(?:는|은|동안|정도)?\s*(?:무급|휴가|쉬|쉰|빼|휴무)",
    re.IGNORECASE,
)
# What is already in a tank or battery ("from a quarter full", "it's half full", "1/4 남았는데",
# "반 정도 남았"): what is bought is the rest, never the whole.
_ALREADY_IN = re.compile(
    r"\b(?:a\s+)?(?P<w>quarter|third|half|three[\s-]quarters?|two[\s-]thirds?)\s+(?:full|empty)\b"
    r"|(?<![\d.])(?P<n>\d+)\s*/\s*(?P<d>\d+)\s+(?:full|empty|남)"
    r"|(?<![\d.])(?P<p>\d+(?:\.\d+)?)\s*%\s*(?:full|charged|left|남|충전\s*돼)"
    r"|(?P<k>반|절반|반\s*정도|4분의\s*1|3분의\s*1)\s*(?:쯤\s*|정도\s*)?(?:남|차\s*있|있는데|있어)",
    re.IGNORECASE,
)
# Two prices compared ("낱개로 사는 게 얼마 더 비싸", "how much cheaper is the bundle",
# "how much do I save"): a difference, never the two added.
_COMPARED = re.compile(
    r"비싸|비쌈|싸[?다냐니게지요]|싼\b|싸\s*$|저렴|이득|아끼|아껴|절약|차이"
    r"|\b(?:cheaper|more\s+expensive|dearer|save|saves|saving|savings|difference)\b",
    re.IGNORECASE,
)
_PURE_SUM = re.compile(r"^[^-/]*\+[^-/]*$")
# The change asked with 몇 ("월급 몇 오르는거야", "몇 프로 오른"? no: an amount, "몇만원 늘어").
_CHANGE_ASKED_BY_COUNT = re.compile(
    r"몇\s*(?:만\s*)?(?:원\s*)?(?:이나\s*|씩\s*)?(?:오르|올라|오른|늘|줄|떨어|내려|깎)"
)

# A count from which another unit price holds ("5개 이상이면 개당 3,500원", "50장 넘으면",
# "10 or more"): a condition on the count bought, never a count bought.
_COUNT_THRESHOLD = re.compile(
    r"(?<![\d.])(?P<a>\d+)\s*(?:개|장|자루|병|캔|봉|박스|상자|권|벌|켤레|매|명|인|세트|묶음|팩|포대)"
    r"\s*(?:이상|넘으면|넘게|넘을\s*때|초과|부터)"
    r"|(?<![\d.])(?P<b>\d+)\s+(?:[a-z]+\s+)?or\s+more\b",
    re.IGNORECASE,
)

# The time a target takes asked ("몇달 걸려", "며칠 만에", "how many weeks until", "how long to
# save up"): a gap over a step per period, always a division.
_TIME_TO_TARGET = re.compile(
    r"(?:몇\s*(?:달|개월|주|년|일)|며칠)\s*(?:이나\s*|정도\s*)?(?:걸|만에|후에|뒤에|있어야|모아야)"
    r"|\bhow\s+(?:many\s+(?:days|weeks|months|years)|long)\b[^?.!]{0,40}"
    r"\b(?:until|till|to\s+(?:save|reach|pay|afford|get)|before\s+I\s+(?:have|can))\b"
    r"|\bbreak[\s-]*even\b|본전|손익\s*분기",
    re.IGNORECASE,
)


def unread_cue_52w(question: str, expression: str) -> str | None:
    """The cue of ``question`` the reading ``expression`` leaves out, or ``None``.

    Args:
        question: The question as typed.
        expression: The expression a form read from it.
    """
    digits = normalize_numerals(question)
    changed_forward = WHOLE_CHANGED.match(expression) or SHARE_ONLY.match(expression)
    if changed_forward and _PERCENT_CHANGE.search(digits) and _PAST_ASKED.search(digits):
        return "that the amount before the change is asked, not the amount after it"
    if WHOLE_CHANGED.match(expression) and _CHANGE_ASKED_BY_COUNT.search(digits):
        return "that the change itself is asked, not the amount after it"
    off = _TIME_OFF.search(digits)
    if off is not None and "-" not in expression:
        return f"that {off.group(0).strip()} comes off the period"
    already = _ALREADY_IN.search(digits)
    if already is not None and "-" not in expression and not _has_fraction(expression):
        return f"what is already there ({already.group(0).strip()})"
    if _COMPARED.search(digits) and _PURE_SUM.match(expression):
        return "that two prices are compared, not added"
    if _TIME_TO_TARGET.search(digits) and "/" not in expression:
        return "that the time to reach a target is asked (a division), not a sum"
    if "+" in expression:
        used = figures_used(expression)
        for bound in _COUNT_THRESHOLD.finditer(digits):
            if Decimal(bound["a"] or bound["b"]) in used:
                return f"that {bound.group(0).strip()} is a condition on the count, not a count"
    return None


def _has_fraction(expression: str) -> bool:
    """Whether ``expression`` writes a part of a whole (a decimal below 1 or a division)."""
    return "/" in expression or any(0 < value < 1 for value in figures_used(expression))


def refuse_unread_cues_52w(question: str, expression: str) -> None:
    """Raise ``ToolInputError`` when ``expression`` leaves out a cue of ``question``."""
    cue = unread_cue_52w(question, expression)
    if cue is not None:
        raise ToolInputError(
            f"could not read {question!r} as one sum: the reading {expression!r} leaves out "
            f"{cue}; write it with operators"
        )
