"""Words of a cost question that say how the cost arose, not what the rule is about.

Why: "if i buy wine with dinner on a work trip does that get reimbursed" was declined
with "not in the documents: buy", and "are highway tolls covered when I drive to a
client" with "not in the documents: highway", though the expense policy states "Alcohol
is never reimbursed" and "Parking and tolls are reimbursed with a receipt". Two closed
classes of words phrase such a question without naming anything a rule could lack:

- buying: whatever is paid back was bought, so in a question asking whether a cost is
  reimbursed (covered, refunded, claimable, paid back), the asker's verb of buying
  ("buy", "purchase", "pay for", "order") only says the thing was bought;
- the road of a toll: a toll is charged for using a road, a bridge or a tunnel, so
  "highway tolls" are the tolls a rule names ("Parking and tolls are reimbursed").

Like all scenery these are excused only when the collection never holds the word (a
policy that writes "motorway tolls are not reimbursed" keeps "motorway" a topic), only
when the best passage states a rule on costs, and a scene word only lets a quoted
sentence answer: with none, the documents still decline.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tools.rag.models import Passage
from tools.rag.textutil import english_tokens

__all__ = ["cost_scenery_terms", "cost_scenery_unknowns"]

# Asking whether a cost is paid back: the question a buying verb is scenery in.
_ASKS_PAID_BACK = re.compile(
    r"\b(?:reimburs\w*|refund\w*|covered|cover|claim\w*|expens\w*|paid\s+back|pay\s+(?:me\s+)?back"
    r"|get\s+(?:that|it|this|them|the\s+money|my\s+money)\s+back|compensat\w*)\b",
    re.IGNORECASE,
)
# The asker's own verb of buying (by I / we, or in an if/when clause).
_BUYING = re.compile(
    r"\b(?:i|we)\s+(?:\w+\s+)?(?P<verb>buy|buys|buying|bought|purchase|purchased|purchasing"
    r"|order|ordered|ordering)\b",
    re.IGNORECASE,
)
# A road, bridge or tunnel named before its toll: "highway tolls", "the motorway toll".
_TOLL_ROAD = re.compile(
    r"\b(?P<road>highway|highways|motorway|motorways|expressway|expressways|freeway|freeways"
    r"|turnpike|turnpikes|bridge|bridges|tunnel|tunnels|road|roads)\s+tolls?\b",
    re.IGNORECASE,
)
# Who a meal was with: "a client dinner", "lunch with a customer" (round 59). Whom the
# asker ate with says how the cost arose, not which cost it is (the meal, its wine).
_MEAL_COMPANY = re.compile(
    r"\b(?P<who>clients?|customers?|partners?|vendors?|suppliers?)(?:'s)?\s+"
    r"(?:dinners?|lunch(?:es)?|breakfasts?|meals?|drinks)\b"
    r"|\b(?:dinners?|lunch(?:es)?|breakfasts?|meals?|drinks)\s+with\s+(?:a\s+|an\s+|the\s+|my\s+|our\s+|some\s+)?"
    r"(?P<with>clients?|customers?|partners?|vendors?|suppliers?)\b",
    re.IGNORECASE,
)
# Off only in the test that shows what the meal's company changes.
use_meal_company = True
# Words of a rule on costs (index stems): the only passages these words are scenery for.
_COST_RULE = frozenset(
    english_tokens("reimbursed reimbursement expense expenses claim claims refund refunded")
    + english_tokens("allowance mileage receipt receipts paid")
)


def cost_scenery_terms(question: str) -> frozenset[str]:
    """Index tokens of the buying verb of a paid-back question and of a toll's road.

    Args:
        question: The user's question as typed (English; other text gives nothing).

    Returns:
        The stems of "buy" in "if i buy wine ... does that get reimbursed" and of
        "highway" in "are highway tolls covered"; empty when the question has neither.
    """
    found: set[str] = set()
    if _ASKS_PAID_BACK.search(question):
        for match in _BUYING.finditer(question):
            found.update(english_tokens(match["verb"]))
    for match in _TOLL_ROAD.finditer(question):
        found.update(english_tokens(match["road"]))
    if use_meal_company and _ASKS_PAID_BACK.search(question):
        for match in _MEAL_COMPANY.finditer(question):
            found.update(english_tokens(match["who"] or match["with"]))
    return frozenset(found)


def _states_a_cost_rule(passage: Passage) -> bool:
    """Whether a passage (with its heading) names reimbursing, a claim, a refund or a receipt."""
    return bool(set(english_tokens(f"{passage.heading or ''} {passage.text}")) & _COST_RULE)


def cost_scenery_unknowns(
    question: str, unknown: Sequence[str], passages: Sequence[Passage]
) -> list[str]:
    """Which of the question's unheld terms only say how its cost arose (see the module).

    ``unknown`` are the terms no document holds, ``passages`` the retrieved ones, best
    first. Only the best passage's being a rule on costs makes them scenery: a shop's page
    selling wine is where the asked thing is, never a setting.
    """
    excused = [t for t in unknown if t in cost_scenery_terms(question)]
    return excused if excused and passages and _states_a_cost_rule(passages[0]) else []
