"""An English question of what the organisation pays back or gives is about it too.

"can i claim a taxi to the airport", "can i expense a gym membership", "do you give flu
shots" fell past agents.own_facts_55o (its "you" excludes "give", the assistant's verb in
"can you give me an example"; nothing read "can I claim"), and the local model wrote
"You can't claim a taxi to the airport. It's a prohibited activity in the UK." under the
general-knowledge notice. What an expense claim covers is the organisation's own rule,
as what it gives its visitors is its own service: no general knowledge holds either.

The forms: the asker claiming, expensing or being reimbursed ("can I claim", "is my gym
membership reimbursable") — not on taxes (a tax rule is anyone's, "can I claim my laptop
on my taxes"); and "do you give" with a thing given that is not the assistant's help
(not "give me", "give an example", "give advice").
"""

from __future__ import annotations

import re

__all__ = ["asks_own_policy"]

# Off only to show what the rule changes (its tests switch it off).
use_own_policy = True

_CLAIMED = re.compile(
    # ("how do I claim insurance" asks a procedure, anyone's: not this form.)
    r"(?<!how\s)\b(?:can|could|may|do|will|would|should)\s+(?:i|we)\s+(?:\w+\s+)?"
    r"(?:claim|expense|get\s+(?:\w+\s+){0,3}(?:reimbursed|paid\s+back)|be\s+reimbursed)"
    r"\b|\b(?:is|are)\s+(?:\w+\s+){1,4}(?:reimbursable|claimable|expensable)\b",
    re.IGNORECASE,
)
_TAX = re.compile(r"\btax(?:es|\s+return)?\b|\bdeduct", re.IGNORECASE)
_GIVE = re.compile(
    r"\b(?:do|does)\s+(?:you|u|y'?all)\s+(?:guys\s+)?(?:give|hand\s+out)\s+"
    r"(?!(?:me|us|him|her|them|it|an?\s+example|examples|advice|tips|hints|ideas|"
    r"feedback|an?\s+answer|answers|opinions?|your|any\s+(?:advice|tips|ideas))\b)[a-z]+",
    re.IGNORECASE,
)


def asks_own_policy(question: str) -> bool:
    """Whether an English question asks what the organisation pays back or gives.

    Args:
        question: The step's question.

    Returns:
        True for "can I claim a hotel minibar", "can we expense team lunches", "do you give
        discounts to students"; False for "can I claim my laptop on my taxes", "do you give
        me an example", "what is a claim".
    """
    if not use_own_policy:
        return False
    if _CLAIMED.search(question) and not _TAX.search(question):
        return True
    return bool(_GIVE.search(question))
