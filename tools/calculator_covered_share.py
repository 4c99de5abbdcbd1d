"""A share someone else pays ("insurance covers 80%, what do I pay"): the asker pays the rest.

Blind set 31: "my dental cleaning costs 180 and insurance covers 80%, what do I pay" was
read as 80% of 180 (144, the insurer's part) by the last resort of the rate reader, which
takes a lone percent as the share asked. When the percent is said as covered, paid,
reimbursed or supported by a third party and the question asks what the asker pays, the
asker's part is the amount less that share (36). "본인부담 30%" names the asker's own share
and stays a share.
"""

from __future__ import annotations

import re

__all__ = ["asker_pays_rest_of_covered_share"]

# The percent paid by another, said beside it: "insurance covers 80%", "80% is covered",
# "the company pays 70%" (never "I pay 30%"), "보험에서 80% 보장", "회사가 70% 지원".
_COVERED = re.compile(
    r"(?<!\bi\s)(?<!\bwe\s)\b(?:covers?|pays?|reimburses?|picks?\s+up|subsidi[sz]es?)\s+"
    r"(?:[a-z]+\s+){0,2}\d[\d.]*\s*%"
    r"|\d[\d.]*\s*%\s*(?:of\s+it\s+)?(?:is\s+|gets\s+|will\s+be\s+)?"
    r"(?:covered|paid|reimbursed|subsidi[sz]ed)\b"
    r"|\d[\d.]*\s*(?:%|퍼센트|프로)\s*(?:를|을|까지|만|는)?\s*"
    r"(?:보장|지원|환급|내준|내줘|부담해\s*준|대준|대줘)",
    re.IGNORECASE,
)
# What the asker pays: "what do I pay", "how much do we owe", "내가 내는", "제가 낼".
_ASKER_PAYS = re.compile(
    r"\b(?:what|how\s+much)\s+(?:do|will|would|should)\s+(?:i|we)\s+(?:pay|owe)\b"
    r"|\bmy\s+(?:share|part|cost)\b|\bout\s+of\s+pocket\b"
    r"|(?:내가|제가|우리가)\s*(?:내는|낼|내야|부담)",
    re.IGNORECASE,
)
# "본인부담 30%", "my copay is 20%": the asker's own share, which is what is asked.
_OWN_SHARE = re.compile(r"본인\s*부담|자기\s*부담|\bco-?pay|\bcoinsurance\b", re.IGNORECASE)


def asker_pays_rest_of_covered_share(text: str) -> bool:
    """Whether ``text``'s one percent is paid by another and the asker's part is asked.

    Args:
        text: The normalised request (one amount, one percent).
    """
    return (
        _COVERED.search(text) is not None
        and _ASKER_PAYS.search(text) is not None
        and _OWN_SHARE.search(text) is None
    )
