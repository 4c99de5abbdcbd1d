"""What share of a monthly pay one expense is, asked in English.

"my pay lands in sort code 40-11-72, account 31926458: 2,850 a month after tax. if rent
is 1,150, what percent of my pay is rent?" (a privacy set's turn) was declined as a
document question: no form read a pay and an expense as a share. Here: expense ÷ pay ×
100, in percent. Where the pay lands (a sort code, an account, a routing number) names
no operand and is set aside, so only the pay and the expense are left; a request with
another figure keeps its model.
"""

from __future__ import annotations

import re
import unicodedata

from core.lazy_regex import LazyPattern
from tools.korean_numbers import normalize_numerals

__all__ = ["share_of_pay_expression"]

_N = r"\d+(?:\.\d+)?"
_FIGURE = LazyPattern(r"\d+(?:\.\d+)?")
# Where the pay lands: bank identifiers that are no operand.
_BANK_IDS = LazyPattern(
    r"\b(?:sort\s*code|routing\s*(?:no\.?|number|#)?|account|acct\.?)\s*(?:no\.?|number|#)?"
    r"\s*:?\s*\d[\d -]{4,16}\d\b",
    re.IGNORECASE,
)
_CURRENCY_MARK = LazyPattern(
    r"(?<=\d)\s*(?:dollars?|bucks|pounds\s+sterling|quid)\b|[$£€]\s*(?=\d)", re.IGNORECASE
)
_PAY = r"(?:pay|income|salary|wage|wages|paycheck|take-home|take\s+home|earnings)"
_SHARE_OF_PAY = LazyPattern(
    rf"^[^\d]*?(?P<pay>{_N})\s*(?:a|per|each|/)\s*month(?:\s+(?:after|before)\s+tax(?:es)?)?"
    r"\s*[.,;:]?\s*(?:and\s+|so\s+)?(?:if\s+)?(?:my\s+|the\s+|our\s+)?(?P<what>[a-z]+(?:\s+[a-z]+)?)\s+"
    rf"(?:is|costs?|comes\s+to|runs)\s+(?P<part>{_N})(?:\s+a\s+month)?\s*[.,;:]?\s*(?:so\s+)?"
    rf"what\s+(?:percent(?:age)?|share|%|part|fraction)\s+of\s+(?:my|our|the)\s+{_PAY}\s+"
    r"(?:is|does|would\s+be|goes\s+(?:to|on))\s+(?:that|it|(?P<named>[a-z]+))"
    r"(?:\s+take)?\s*[?.!]*$",
    re.IGNORECASE,
)


def share_of_pay_expression(text: str) -> tuple[str, str] | None:
    """``("1150 / 2850 * 100", "%")`` for an expense's share of a monthly pay, or None."""
    # The identifiers go first: numeral normalising reads "08-32-10" as figures.
    s = normalize_numerals(_BANK_IDS.sub(" ", unicodedata.normalize("NFKC", text))).strip()
    s = _CURRENCY_MARK.sub("", s)
    s = re.sub(r"\s+", " ", s).strip()
    found = _SHARE_OF_PAY.match(s)
    if found is None or len(_FIGURE.findall(s)) != 2:
        return None
    if found["named"] and found["named"].lower() != found["what"].split()[-1].lower():
        return None  # "if rent is 1,150, what percent of my pay is food": another expense
    if float(found["pay"]) == 0:
        return None
    return f"{found['part']} / {found['pay']} * 100", "%"
