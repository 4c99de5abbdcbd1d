"""A question asking what the provider pays out is not answered by what it charges.

"if you lose a bag how much do you pay out" asks for compensation: money going to the
asker. "If you lose your claim ticket, we return the bag … charging a replacement fee
of 10,000 won" shares the losing and the bag and states a sum, but one the asker pays.
A sentence answers such a question only when it states a payment *to* someone (pays,
compensation, refund, 보상, 배상, 지급) - in either direction of wording, so a rule that
"pays $0.60 per pound" or "you can claim a $100 payment" is left to the other checks.

Closed classes only: the payout words of a question and of a sentence.
"""

from __future__ import annotations

import re

__all__ = ["misses_payout"]

# "how much do you pay out", "what's the compensation", "보상 얼마 받아요", "배상금은 얼마".
_ASKS_PAYOUT = re.compile(
    r"\bpay(?:s|ing)? (?:out|me|us|back)\b|\bcompensat\w*|\breimburs\w*|"
    r"(?:보상|배상)(?:금)?(?:은|는|이|을|를)?\s*(?:얼마|몇|어느)",
    re.IGNORECASE,
)
_STATES_PAYOUT = re.compile(
    r"\bpa(?:y|ys|id|yment|yments|yout|ying)\b|\bcompensat\w*|\breimburs\w*|\brefund\w*|"
    r"\bcover(?:s|ed|age)?\b|\bliab\w*|"
    # "Staff … may claim up to 30,000 won per day": claiming is being paid back (docwrongs56);
    # a "claim ticket" claims nothing.
    r"\b(?:may|can|could|to)\s+claim\b|\bclaim(?:ed)?\s+(?:up\s+to|back)\b|"
    r"보상|배상|환불|돌려|지급|지원|물어|책임",
    re.IGNORECASE,
)


def misses_payout(question: str, sentence: str) -> bool:
    """Whether the question asks what is paid out and the sentence states no payment to anyone.

    Args:
        question: The user's question.
        sentence: A candidate answer sentence.
    """
    return bool(_ASKS_PAYOUT.search(question) and not _STATES_PAYOUT.search(sentence))
