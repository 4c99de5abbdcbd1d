"""A vague amount ("a couple of", "a bunch of", "a lot of") frames a question, like "a few".

"can i expense a couple of beers with dinner on a trip" was declined as "not in the
documents: couple": the quantifier read as a topic a passage must hold. The documents
here are written for this test and run through the real store and planner (lexical).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from agents.documents import plan_document_step
from tests.tools.rag.conftest import small_store
from tools.rag.store import DocumentStore
from tools.rag.vague_amounts import with_vague_amounts_as_few

_CAMP_EN = """# Pinecrest Campground rules

## Pets
Dogs must be kept on a lead at all times.

## Fires
Campfires are allowed only in the metal rings by each pitch.
"""


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[DocumentStore]:
    data = tmp_path_factory.mktemp("data")
    yield from small_store(data, "camp", {"camp_en.md": _CAMP_EN})


@pytest.mark.parametrize(
    ("question", "read"),
    [
        ("can i bring a couple of dogs", "can i bring a few dogs"),
        ("we have A Bunch of dogs", "we have a few dogs"),
        ("is it ok to bring a lot of dogs", "is it ok to bring a few dogs"),
        ("lots of dogs allowed?", "a few dogs allowed?"),
        ("a handful of dogs ok?", "a few dogs ok?"),
        # The same words as nouns stay: a couple's discount, a parking lot, a lot of land.
        ("is there a couple discount", "is there a couple discount"),
        ("where is the parking lot", "where is the parking lot"),
    ],
)
def test_a_vague_amount_reads_as_a_few(question: str, read: str) -> None:
    assert with_vague_amounts_as_few(question) == read


@pytest.mark.parametrize("amount", ["a couple of", "a bunch of", "lots of"])
def test_a_vague_amount_question_is_answered_from_the_rule(
    store: DocumentStore, amount: str
) -> None:
    question = f"must {amount} dogs be kept on a lead"
    plan = plan_document_step(store, question, collection="camp", pinned=False)
    assert plan.kind == "extractive", plan.reasons
    assert "on a lead" in plan.answer


@pytest.mark.parametrize(
    "question",
    ["can I bring a lot of firewood?", "is there lots of shade", "a bunch of this is fine?"],
)
def test_a_vague_amount_before_a_mass_noun_keeps_its_wording(question: str) -> None:
    # "a few firewood" would be wrong English and no plainer a question.
    assert with_vague_amounts_as_few(question) == question


def test_a_vague_amount_before_an_irregular_plural_reads_as_a_few() -> None:
    assert with_vague_amounts_as_few("a lot of people at once?") == "a few people at once?"
