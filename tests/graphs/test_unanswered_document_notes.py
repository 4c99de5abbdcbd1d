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
