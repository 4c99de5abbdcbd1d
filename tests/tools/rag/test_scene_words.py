"""Words that describe the asker or the scene are not topics the documents must name."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from agents.documents import plan_document_step
from tests.tools.rag.conftest import small_store
from tools.rag.scene_words import scene_terms
from tools.rag.store import DocumentStore
from tools.rag.textutil import english_tokens

BAKERY_KO = """# 구름 빵집 안내

## 영업 시간
구름 빵집은 평일 07:00~19:00에 문을 엽니다. 토요일에는 08:00~15:00에 엽니다.

## 빵 가격
식빵 한 줄은 4,500원입니다.
"""
BAKERY_EN = """# Cloud Bakery

## Where to find us
Cloud Bakery is at 12 Mill Road, next to the post office.

## Orders
Birthday cakes must be ordered two days in advance.
"""


@pytest.fixture
def bakery(tmp_path: Path) -> Iterator[DocumentStore]:
    yield from small_store(
        tmp_path / "data", "town", {"bakery_ko.md": BAKERY_KO, "bakery_en.md": BAKERY_EN}
    )


@pytest.mark.parametrize(
    ("question", "scenery"),
    [
        ("할머니 모시고 가는데 빵집 몇 시에 열어요?", {"할머니"}),
        ("Where exactly is the bakery?", {"exactly"}),
        ("Can my neighbour pick up the cake together with me?", {"neighbour", "together"}),
        ("Will this syrup make me dizzy?", {"dizzy"}),
        # Not before "than": a comparative alone says when, it compares nothing asked.
        ("Can I pick up the cake earlier?", {"earlier"}),
    ],
)
def test_relations_and_words_that_only_modify_are_scenery(question: str, scenery: set[str]) -> None:
    # Index tokens: English words as the index stems them.
    tokens = (
        {t for word in scenery for t in english_tokens(word)} if question.isascii() else scenery
    )
    assert tokens <= scene_terms(question)


@pytest.mark.parametrize(
    ("question", "topic"),
    [
        # Before the noun it modifies an adjective narrows what is asked.
        ("How many days of unpaid leave do I get?", "unpaid"),
        # Verbs and nouns may be the topic ("expired medicine", "the deposit").
        ("What do I do with medicine that has expired?", "expired"),
        ("How much is the deposit?", "deposit"),
        # A comparative before "than" is what the question compares.
        ("Is the bakery older than the flower shop?", "older"),
        ("Are the rye loaves cheaper than the baguettes?", "cheaper"),
    ],
)
def test_modifiers_of_a_noun_verbs_and_nouns_are_not_scenery(question: str, topic: str) -> None:
    assert not set(english_tokens(topic)) & scene_terms(question)


def test_a_relation_the_asker_brings_does_not_veto_the_lookup(bakery: DocumentStore) -> None:
    plan = plan_document_step(
        bakery,
        "할머니 모시고 가는데 빵집은 토요일에 몇 시까지 열어요?",
        collection="town",
        pinned=False,
    )
    assert plan.kind == "extractive", plan.reasons
    assert "15:00" in plan.answer
    assert plan.citations and plan.citations[0]["source"] == "bakery_ko.md"


def test_an_adverb_the_documents_never_use_does_not_veto_the_lookup(
    bakery: DocumentStore,
) -> None:
    plan = plan_document_step(
        bakery, "Where exactly is the bakery?", collection="town", pinned=False
    )
    assert plan.kind == "extractive", plan.reasons
    assert "12 Mill Road" in plan.answer


def test_a_topic_the_documents_never_name_is_still_declined(bakery: DocumentStore) -> None:
    # The relation is excused; the dentist is what is asked, and no document names it.
    plan = plan_document_step(
        bakery,
        "할머니 모시고 가는데 치과는 토요일에 몇 시까지 해요?",
        collection="town",
        pinned=False,
    )
    assert plan.kind == "not_covered", plan.reasons
    assert "치과" in plan.answer and "할머니" not in plan.answer


def test_a_question_of_scenery_alone_names_nothing_the_documents_hold(
    bakery: DocumentStore,
) -> None:
    plan = plan_document_step(
        bakery, "Is my landlord exactly right?", collection="town", pinned=False
    )
    assert plan.kind != "extractive", plan.reasons


def test_scenery_lets_only_a_quoted_sentence_answer(bakery: DocumentStore) -> None:
    # No sentence says when the cakes arrive: with the adverb excused the question is
    # declined by code, naming what is missing, never handed to a model to guess from
    # the order rule.
    plan = plan_document_step(
        bakery, "When exactly do the birthday cakes arrive?", collection="town", pinned=False
    )
    assert plan.kind == "not_covered", plan.reasons
    assert "date or time" in plan.answer and "exactly" not in plan.answer


def test_a_request_that_asks_nothing_is_not_looked_up(bakery: DocumentStore) -> None:
    # "shorter" is an adjective, but an edit of an earlier answer is no document lookup:
    # no sentence that happens to share the verb may answer it.
    plan = plan_document_step(
        bakery, "order the birthday cakes shorter", collection="town", pinned=False
    )
    assert plan.kind != "extractive", plan.reasons
