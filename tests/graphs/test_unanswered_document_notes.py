"""A document question the documents do not answer is never shown a model's guess as theirs.

A fictional pool's ticket page written for these tests (none from the document-question
sets). "Is there a discount for pensioners on the yearly plan?" names what the page never
mentions, yet reads as a request for a plan ("plan"), so a model explains it: its reply
must open with "the documents do not cover this", or it reads as the pool's own rule.
"""

from __future__ import annotations

import pytest

from tests.graphs.conftest import BuildAssistant
from tools.rag import DocumentStore

POOL = """# Lakeside Pool: Tickets and Rules

Lakeside Pool is a fictional public swimming pool; this page is test data only.

## Tickets

- Adult swim: €6.00 per visit
- Child swim (under 14): €3.50 per visit
- Ten-visit card: €48.00, valid for one year
- Yearly plan: €260.00, unlimited visits during opening hours

Lockers cost €1.00, returned when you give back the key. Towels can be hired for €2.50.

## Opening hours

The pool opens at 06:30 on weekdays and at 08:00 at weekends. It closes at 21:00 every day.
"""
NOT_COVERED = "The documents do not cover this question."


@pytest.fixture(scope="module")
def pool_store(tmp_path_factory: pytest.TempPathFactory) -> DocumentStore:
    store = DocumentStore(tmp_path_factory.mktemp("rag"), dense=False)
    store.ingest_texts([("pool/lakeside_pool_en.md", POOL)], collection="default")
    return store


def test_a_model_explaining_what_the_documents_never_mention_says_so_first(
    build_assistant: BuildAssistant, pool_store: DocumentStore
) -> None:
    guess = "Yes, pensioners get 20% off the yearly plan."
    assistant, fakes = build_assistant(
        docs=pool_store, local=[guess], cloud_id="", router={"difficulty_threshold": 1.0}
    )
    result = assistant.ask("is there a discount for pensioners on the yearly plan?").to_json()
    (step,) = result["steps"]
    assert step["tier"] == "local"
    assert any("asked to reason or explain" in r for r in step["reasons"])
    # The guess is still shown, but under the line saying it is not the documents'.
    assert result["answer"].startswith(NOT_COVERED) and result["answer"].endswith(guess)
    assert "general knowledge" in result["answer"] and result["citations"] == []
    fakes["local"].assert_complete()


def test_a_question_typed_without_its_apostrophe_is_still_a_question(
    build_assistant: BuildAssistant, pool_store: DocumentStore
) -> None:
    # "whats" asks as "what's" does: a lookup of the pool's own price that no sentence
    # answers is declined by code, never handed to a model with no such line.
    assistant, _ = build_assistant(
        docs=pool_store,
        local=["A towel costs €3.00 to hire."],
        cloud_id="",
        router={"difficulty_threshold": 1.0},
    )
    result = assistant.ask("whats the towel hire price").to_json()
    assert result["answer"].startswith(NOT_COVERED) and "3.00" not in result["answer"]
    assert result["citations"] == []


def test_a_price_asked_of_a_sized_thing_says_the_documents_do_not_give_it(
    build_assistant: BuildAssistant, pool_store: DocumentStore
) -> None:
    # "2 x 3" sizes the locker asked about: the question reads as a calculation over its
    # own figures, yet it asks for the pool's own price. A model may answer, but its price
    # must open with the line saying the documents do not give one.
    guess = "A locker of that size costs €4.00."
    assistant, fakes = build_assistant(
        docs=pool_store, local=[guess], cloud_id="", router={"difficulty_threshold": 1.0}
    )
    result = assistant.ask("how much does a 2 x 3 foot locker cost?").to_json()
    (step,) = result["steps"]
    assert any("a calculation over figures the question states" in r for r in step["reasons"])
    assert result["answer"].startswith(NOT_COVERED) and result["answer"].endswith(guess)
    fakes["local"].assert_complete()


@pytest.mark.parametrize(
    "invented",
    [
        "You can book by calling 1-800-555-0199.",
        "Write to bookings@lakeside-pool.example and we will reply.",
    ],
)
def test_a_contact_no_document_gives_is_never_shown(
    build_assistant: BuildAssistant, pool_store: DocumentStore, invented: str
) -> None:
    # The documents were searched and give no contact: a model that read none of them and
    # writes a phone number or an address invents it, note or no note. Code declines.
    assistant, fakes = build_assistant(
        docs=pool_store, local=[invented], cloud_id="", router={"difficulty_threshold": 1.0}
    )
    result = assistant.ask("what number do i call for a booking?").to_json()
    (step,) = result["steps"]
    assert step["tier"] == "local"
    assert result["answer"].startswith(NOT_COVERED), result["answer"]
    assert "555" not in result["answer"] and "@" not in result["answer"]
    assert result["citations"] == []
    assert any("contact details" in r for r in step["reasons"])
    fakes["local"].assert_complete()
