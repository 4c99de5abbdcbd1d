"""owndocs56: what the organisation pays back or gives is its own fact (English forms).

Our own phrasings, not the case files'. The rule (agents.own_policy_asks_56o) is hooked into
agents.own_facts_55o.asks_own_fact; each test of the form fails with it switched off.
"""

from __future__ import annotations

import pytest

import agents.own_policy_asks_56o as policy_module
from agents.document_messages import GENERAL_KNOWLEDGE_REASON
from agents.documents import DocPlan
from agents.own_facts_55o import asks_own_fact, own_fact_not_in_documents
from agents.own_policy_asks_56o import asks_own_policy

OWN = [
    "can I claim a hotel minibar",
    "can we expense team lunches on the road",
    "can i get my gym fees paid back",
    "is a rental bike reimbursable",
    "do you give discounts to students",
    "do u give student discounts",
]
GENERAL = [
    "can I claim my laptop on my taxes",  # a tax rule is anyone's
    "how do I claim insurance",  # a procedure
    "do you give me an example of a claim",
    "do you give advice on diets",
    "what is a reimbursement",
]


@pytest.mark.parametrize("question", OWN)
def test_a_claim_or_a_thing_given_asks_the_organisation(
    question: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert asks_own_policy(question)
    assert asks_own_fact(question)
    monkeypatch.setattr(policy_module, "use_own_policy", False)
    assert not asks_own_fact(question)  # the rule off: no other form reads it


@pytest.mark.parametrize("question", GENERAL)
def test_general_questions_are_not_read_as_the_organisations(question: str) -> None:
    assert not asks_own_policy(question)


def test_the_model_does_not_answer_what_a_claim_covers(monkeypatch: pytest.MonkeyPatch) -> None:
    plan = DocPlan(
        kind="generate", reasons=["documents: no confident match", GENERAL_KNOWLEDGE_REASON]
    )
    declined = own_fact_not_in_documents(plan, "can i expense a coworking desk")
    assert declined is not None and declined.kind == "not_covered"
    assert "general knowledge" not in declined.answer
    monkeypatch.setattr(policy_module, "use_own_policy", False)
    assert own_fact_not_in_documents(plan, "can i expense a coworking desk") is plan
