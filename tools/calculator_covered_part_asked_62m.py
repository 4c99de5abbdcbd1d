"""What is paid back, or paid out of one's own pocket, with no rule for it stated: declined.

"i was away 4 days and spent 34,000 a day on food, how much do i get back" (blind set 54,
after the expense policy's meal allowance) was read as 34,000 x 4 and answered 136,000; "3
nights in busan at 110,000 a night, how much do i pay myself" as 110,000 x 3 = 330,000.
What comes back (or what is left to pay oneself) is the spend less what a rule does not
cover: a cap per day, a rate, a fee kept. With none of those stated in the turn, the spend
is no answer to it, and the step goes on (to the document thread that holds the rule, or
an honest decline).
"""

from __future__ import annotations

import re

__all__ = ["USE_COVERED_PART_GUARD", "covered_part_unstated"]

#: Switch for tests (tests/tools/test_wrongs_54.py).
USE_COVERED_PART_GUARD = True

# The part asked: paid back, reimbursed, or left for oneself to pay.
_COVERED_PART_ASKED = re.compile(
    r"\b(?:get|getting|got)\s+(?:\w+\s+)?back\b|\bbe\s+(?:reimbursed|paid\s+back)\b"
    r"|\breimburse(?:d|ment)?\b|\bclaim\s+back\b|\bpaid\s+back\b|\bcan\s+i\s+claim\b"
    # ("out of pocket" is tools.calculator_readers_54t's, set 46: a base or rate unstated.)
    r"|\bpay\s+(?:for\s+it\s+)?myself\b|\bon\s+my\s+own\s+dime\b"
    r"|돌려\s*받|환급\s*받|청구\s*(?:하면|할\s*수|가능|되)|되돌려\s*받|보전|정산\s*받"
    r"|내\s*돈으로|자비로|사비로|내가\s*(?:따로\s*)?(?:더\s*)?내야|본인\s*부담",
    re.IGNORECASE,
)
# What would make the part worked from the turn itself: a rate, a cap, a fee kept.
_RULE_STATED = re.compile(
    r"%|퍼센트|프로\b|\bpercent\b|\bup\s+to\b|\blimit|\bcap(?:ped)?\b|\bmax(?:imum)?\b"
    r"|\ballowance\b|\bcovers?\b|\bcovered\b|\bfee\b|\bpenalty\b|\bdeductible\b|\bnon-?refundable\b"
    r"|\bkeeps?\b|\bkept\b|\bwithh[oe]ld|\bminus\b|\bless\b|\bexcept\b|\bdeposit\b|\bpaid\s+\d"
    r"|한도|최대|까지|수수료|위약금|공제|부담금|지원|빼고|떼고|제외|보증금|선금|계약금|냈는데|줬는데"
    # A rate the payer gives: "my company pays 0.50 a mile", "키로당 300원 준대".
    r"|\b(?:pays|gives|covers|reimburses|refunds)\b|\bper\s+(?:mile|km|kilomet(?:re|er))\b"
    r"|\ba\s+(?:mile|km|kilomet(?:re|er))\b|(?:키로|km|마일|킬로미터|시간|건)\s*당|지급|준대|준다|주는데",
    re.IGNORECASE,
)


def covered_part_unstated(text: str) -> bool:
    """Whether ``text`` asks what is paid back (or paid oneself) and states no rule for it."""
    if not USE_COVERED_PART_GUARD:
        return False
    return bool(_COVERED_PART_ASKED.search(text)) and not _RULE_STATED.search(text)
