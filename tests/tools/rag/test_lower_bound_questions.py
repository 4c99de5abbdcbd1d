"""'The least amount of X' asks for a minimum, like 'minimum': a bound, not a topic word.

"whats the least amount of hours i can book the movers for" was answered by "at least
72 hours ahead" (the word "least" matched) instead of "The minimum booking is 3 hours".
The document is written for this test and runs through the real store (lexical only).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from agents.documents import plan_document_step
from tests.tools.rag.conftest import small_store
from tools.rag.question import analyze_question
from tools.rag.store import DocumentStore

_STUDIO_EN = """# Bluebird Music Studio

## Rental rates
A rehearsal room costs $25 an hour.
The minimum rental is 2 hours; after that, time is counted in 30-minute steps.

## Changes
You can move your slot for free if you tell us at least 48 hours ahead.
"""


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[DocumentStore]:
    folder = tmp_path_factory.mktemp("docs")
    data = tmp_path_factory.mktemp("data")
    yield from small_store(data, "notices", {"studio_en.md": _STUDIO_EN}, folder=folder)


@pytest.mark.parametrize(
    "question",
    [
        "whats the least amount of hours i can rent the studio for",
        "what's the minimum rental at the studio",
    ],
)
def test_a_lower_bound_is_answered_by_the_minimum(store: DocumentStore, question: str) -> None:
    plan = plan_document_step(store, question, collection="notices", pinned=False)
    assert plan.kind == "extractive", plan.reasons
    assert "2 hours" in (plan.answer or "")
    assert "48 hours" not in (plan.answer or "")


def test_least_is_no_topic_term() -> None:
    assert "least" not in analyze_question("whats the least amount of hours").topic_terms
