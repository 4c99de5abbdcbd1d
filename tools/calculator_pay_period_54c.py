"""A pay for a shorter period asked of a yearly figure: the reading must divide the year.

Found at the merge of round 54 (beside opens54e's salary-per-paycheck reader):
"85k salary after 25% tax, how much is each paycheck if im paid biweekly" read
85000 * 25 / 100 (the tax, for a year) and "연봉 5000만원인데 세금 20% 떼면 월급 얼마" read
50000000 * (1 - 20 / 100) (a year's pay after tax, shown as the month's). A yearly figure
given and a month's, a week's or a paycheck's pay asked is a division of the year into
periods (12, 26, 52, or the months it is paid over); a reading that divides by nothing but
a percent's 100 answers another question, and the calculator declines it so the step goes
on to a tier that reads the words.
"""

from __future__ import annotations

import re

__all__ = ["shorter_period_unread"]

# A yearly figure given: "연봉 5000만원", "85k salary", "60,000 a year", "annual salary of".
_YEAR_GIVEN = re.compile(
    r"연봉\s*(?:이|은|는|이\s*약)?\s*\d|\d[\d,.]*\s*(?:만\s*)?원?\s*(?:연봉|1년\s*(?:에|동안))"
    r"|\d[\d,.]*\s*k?\s*(?:dollars?\s+)?(?:salary|a\s+year|per\s+year|annually|yearly)\b"
    r"|\b(?:annual|yearly)\s+(?:salary|pay|income)\s+(?:of\s+|is\s+)?\$?\s*\d"
    r"|\bsalary\s+(?:of\s+|is\s+)\$?\s*\d",
    re.IGNORECASE,
)
# A shorter period's pay asked: "each paycheck", "paid biweekly", "월급 얼마", "한 달에 얼마".
_SHORTER_ASKED = re.compile(
    r"\bpay\s*checks?\b|\bpaid\s+(?:bi-?weekly|weekly|monthly|every\s+(?:two\s+)?weeks?)\b"
    r"|\b(?:how\s+much|what)\b[^.?!]{0,40}\b(?:per|a|each|every)\s+(?:month|week)\b"
    r"|\b(?:monthly|weekly)\s+(?:pay|take[\s-]*home|income|salary)\b"
    r"|(?:월급|월\s*실수령|실수령\s*월|한\s*달(?:에)?|매달|매월|월|주급|일주일(?:에)?)\s*"
    r"(?:은|는|이|로|에)?\s*(?:실수령\s*(?:액)?\s*)?(?:으로\s*)?(?:얼마|몇)",
    re.IGNORECASE,
)
# A division of the year into periods: by 12, 26 or 52, or by the months it is paid over
# ("960 a year paid over 8 months": / 8). A division by 100 is a percent, no period.
_YEAR_DIVIDED = re.compile(r"/\s*\(?\s*(?!100(?:\.0+)?\b)\d")


def shorter_period_unread(digits: str, expression: str) -> bool:
    """Whether ``digits`` gives a yearly figure, asks a shorter period's pay, and the
    reading ``expression`` never divides the year into periods."""
    if _YEAR_DIVIDED.search(expression):
        return False
    return bool(_YEAR_GIVEN.search(digits) and _SHORTER_ASKED.search(digits))
