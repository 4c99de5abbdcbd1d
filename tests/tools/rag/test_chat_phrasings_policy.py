"""Chat phrasings of policy questions: a purpose "for work", "500k", "dept", "per km", "ok".

Each question below was declined although one sentence of the policy answers it; each
names the rule (tools.rag) that now reads it. The policy is the team's own.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from agents.documents import plan_document_step
from tests.tools.rag.conftest import small_store
from tools.rag.answer_types import answer_type
from tools.rag.crosslingual import equivalents, vocabulary_only_links
from tools.rag.figures import states_question_figures
from tools.rag.question import analyze_question
from tools.rag.scene_words import scene_terms
from tools.rag.store import DocumentStore
from tools.rag.thousands import thousands_written_out

COURIER_EN = """# Field Staff Travel Allowances (Riverside Courier Co.)

## Meals on the road

Couriers travelling overnight may claim up to 15,000 won per evening for food.
Alcohol is not reimbursed.

## Vehicle use

Using your own van is reimbursed at 250 won per kilometre.
Ferry tickets are reimbursed with a receipt.

## Purchases

Purchases above 200,000 won need the sign-off of a department manager.
Keep the invoice for five years.
"""
# A Korean page holding 운전, so that "drive" is held only through its translation.
DEPOT_KO = """# 물류센터 안내

## 주차

운전해서 오시는 분은 지하 주차장을 이용하세요.
"""


@pytest.fixture(scope="module")
def courier(tmp_path_factory: pytest.TempPathFactory) -> Iterator[DocumentStore]:
    yield from small_store(
        Path(tmp_path_factory.mktemp("courier")) / "data",
        "courier",
        {"courier_en.md": COURIER_EN, "depot_ko.md": DEPOT_KO},
    )


@pytest.mark.parametrize(
    ("question", "quoted"),
    [
        # "for work" and the asker's verb before it set the scene; covered is reimbursed.
        ("are ferry tickets covered when i drive for work", "with a receipt"),
        ("how much per km do i get if i drive my own van for work", "250 won"),
        # km is the kilometre the policy writes, not a vaguer synonym of it.
        ("if i use my own van how much per km do i get", "250 won"),
        # 200k is 200,000.
        ("who has to sign off a purchase over 200k won", "department manager"),
        # "what amount" asks for a sum; dept is the department.
        ("above what amount does a purchase need my dept manager's sign-off", "200,000 won"),
        # Drinks with dinner are the alcohol of the meals rule; a trip is travelling.
        ("and can i claim drinks with dinner on an overnight trip?", "Alcohol"),
        # "ok" acknowledges the last reply; it names no topic.
        ("ok and can i claim alcohol when travelling overnight", "Alcohol"),
    ],
)
def test_a_chat_phrasing_of_a_policy_question_is_answered_from_its_sentence(
    courier: DocumentStore, question: str, quoted: str
) -> None:
    plan = plan_document_step(courier, question, collection="courier", pinned=False)
    assert plan.kind == "extractive", plan.reasons
    assert quoted in plan.answer
    assert plan.citations[0]["source"].endswith("courier_en.md")


def test_a_question_about_work_itself_is_still_declined(courier: DocumentStore) -> None:
    # Only a purpose ending its clause is scenery: a job interview is a topic of its own.
    plan = plan_document_step(
        courier, "what do i bring for my job interview?", collection="courier", pinned=False
    )
    assert plan.kind != "extractive", plan.answer


def test_figures_in_thousands_are_written_out() -> None:
    assert thousands_written_out("over 500k won, or 1.5k?") == "over 500,000 won, or 1,500?"
    assert (
        thousands_written_out("a 5km run, the K-pop shop, 3 kg")
        == "a 5km run, the K-pop shop, 3 kg"
    )
    assert "200k" not in analyze_question("who signs off a purchase over 200k won").terms
    assert states_question_figures("over 200k won", "Purchases above 200,000 won need a manager.")


def test_a_purpose_naming_work_sets_the_scene() -> None:
    assert {"drive", "work"} <= scene_terms("are tolls covered when i drive for work")
    assert "work" in scene_terms("is lunch provided at work?")
    # The verb of a main clause is what is asked: "can i park at work" asks about parking.
    assert "park" not in scene_terms("can i park at work")
    assert not {"job", "bring"} & scene_terms("what do i bring for my job interview")


def test_a_chat_acknowledgement_names_no_topic() -> None:
    assert "ok" not in analyze_question("ok and what time does the gym close?").terms
    assert "okay" not in analyze_question("okay, where is the pool?").terms


def test_what_amount_asks_for_a_sum() -> None:
    asked = analyze_question("above what amount does a purchase need sign-off?")
    assert asked.answer_type == "amount"
    assert "amount" not in asked.terms
    assert answer_type("what is the amount of the deposit?") == "amount"


def test_abbreviations_are_held_as_the_word_itself() -> None:
    # Not only through the everyday vocabulary (whose same-case check asks for more).
    for short, long in (("km", "kilometr"), ("dept", "department"), ("cover", "reimburs")):
        assert long in equivalents(short)
        assert long not in vocabulary_only_links(short)
