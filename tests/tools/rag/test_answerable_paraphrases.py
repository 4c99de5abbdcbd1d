"""Paraphrases of an answerable document question that were declined (fixdoc32).

Each rule is pinned with inputs of our own (a festival's volunteer guide, a parking
permit office), with a near miss that must still decline:

- getting "the money from/for" something is being paid it, like getting one's money back
  (tools/rag/question.py);
- a "work trip" is the setting of a workplace rule, as "for work" is (tools/rag/scene_words.py);
- papers to hand in are documents (tools/rag/vocabulary.tsv).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from agents.documents import DocPlan, plan_document_step
from tests.tools.rag.conftest import small_store
from tools.rag import crosslingual
from tools.rag.question import analyze_question
from tools.rag.scene_words import scene_terms
from tools.rag.store import DocumentStore

_FESTIVAL_EN = """# Riverside Festival Volunteer Guide

## Meals

Volunteers receive a voucher worth 8,000 won per shift for meals.
Vouchers are not valid at the beer tent.

## Shifts

Each shift lasts four hours. Sign in at the blue gazebo ten minutes before your shift starts.
"""

_PERMITS_EN = """# Resident Parking Permits

## Renewing a permit

To renew a permit, bring two documents to the ward office: proof of address
and the car's registration.

## Fees

A permit costs 20,000 won a year.
"""


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[DocumentStore]:
    with crosslingual.everyday_vocabulary(True):
        data = tmp_path_factory.mktemp("data")
        documents = {"festival_en.md": _FESTIVAL_EN, "permits_en.md": _PERMITS_EN}
        yield from small_store(data, "para", documents)


def _plan(store: DocumentStore, question: str) -> DocPlan:
    with crosslingual.everyday_vocabulary(True):
        return plan_document_step(store, question, collection="para", pinned=False)


def test_getting_the_money_from_something_is_being_paid() -> None:
    asked = analyze_question("when will i get the money for my deposit refund")
    assert "paid" in asked.terms
    assert "money" not in asked.terms
    # Money asked about otherwise stays a topic.
    assert "money" in analyze_question("where can i change money near the station?").terms


def test_a_work_trip_is_the_setting_of_the_rule() -> None:
    assert "work" in scene_terms("can i take a taxi to the airport on a work trip?")
    assert "work" in scene_terms("is wifi paid back during work travel")
    # Work itself asked about is no setting: "what time does work start" names it.
    assert "work" not in scene_terms("what time does work start?")
    assert "work" not in scene_terms("does the work permit cover my trip?")


def test_papers_to_hand_in_are_documents(store: DocumentStore) -> None:
    plan = _plan(store, "what papers do I need to renew my parking permit")
    assert plan.kind == "extractive", plan.reasons
    assert "two documents" in plan.answer
    # A paper thing the documents never name is still not theirs.
    assert "two documents" not in _plan(store, "do you sell paper cups at the festival?").answer
