"""What happens when a deadline is missed is not answered by the deadline itself.

Blind set 57: "what happens if i hand in my expense claim after the 30 days" was answered
with "Submit every claim within 30 days of returning from the trip, with the original
receipts attached.": the sentence names the claim and the 30 days, but it states the time
limit, not what follows when it is passed, which the policy never says. A question asking
what follows a limit passed (after the deadline, late, past, missed; 지나서, 늦게, 넘기면 …
어떻게 돼) is not answered by a sentence that states a limit (within, by, no later than;
이내, 안에, 까지) and names nothing that follows from passing it (late, after, not paid,
rejected, a fee; 늦으면, 지나면, 불가, 제한, 수수료). "Claims handed in after 30 days are not
reimbursed" does answer. Closed-class only: those words.
"""

from __future__ import annotations

import re

__all__ = ["ASKS_MISSED_LIMIT", "states_only_the_limit"]

#: A question asking what follows a limit passed.
ASKS_MISSED_LIMIT = re.compile(
    r"\bwhat\s+(?:happens|if|then|would\s+happen)\b[^?]*?"
    r"\b(?:after|late|later\s+than|past|miss(?:ed)?|beyond|over\s+the)\b"
    r"|\bif\s+i\s+(?:miss|am\s+late|'?m\s+late|submit\s+late|hand\s+\w+\s+in\s+late)\b"
    r"|(?:지나서|지나고|지난\s*뒤|지난\s*후|넘어서|넘기면|넘으면|늦게|늦으면|놓치면)"
    r"[^?]*?(?:어떻게|어케|어찌)",
    re.IGNORECASE,
)
# A sentence stating a limit.
_LIMIT = re.compile(
    r"\bwithin\b|\bno\s+later\s+than\b|\bby\s+\d|\bbefore\b|이내|안에|까지|전까지", re.IGNORECASE
)
# What follows a limit passed, as a sentence about it says it.
_CONSEQUENCE = re.compile(
    r"\bafter\b|\blate\b|\bnot\s+(?:be\s+)?(?:paid|reimbursed|accepted|refunded|processed)\b"
    r"|\breject\w*|\bpenalt\w*|\bfees?\b|\bcharged?\b|\bexpire\w*|\bforfeit\w*|\blos[et]\b"
    r"|\bcannot\b|\bcan't\b|\bwill\s+not\b|\bwon't\b|\bno\s+longer\b|\botherwise\b"
    r"|늦|지나면|지난|넘으면|넘기면|불가|안\s*됩|없습니다|제한|취소|수수료|벌금|위약금|소멸|"
    r"지급하지|인정하지|인정되지|받지\s*않",
    re.IGNORECASE,
)

#: Switch for tests (tests/tools/rag/test_blind57m_findings.py).
USE_MISSED_LIMIT_SCREEN = True


def states_only_the_limit(question: str, sentence: str) -> bool:
    """Whether ``sentence`` states a limit and nothing that follows passing it, asked what
    follows passing it.

    >>> states_only_the_limit("what happens if i pay after the 10 days",
    ...     "Pay every invoice within 10 days.")
    True
    >>> states_only_the_limit("what happens if i pay after the 10 days",
    ...     "Invoices paid after 10 days are charged a 2% fee.")
    False
    """
    return (
        USE_MISSED_LIMIT_SCREEN
        and ASKS_MISSED_LIMIT.search(question) is not None
        and _LIMIT.search(sentence) is not None
        and _CONSEQUENCE.search(sentence) is None
    )
