"""A story closed by "is that ok" asks leave, though no "?" or opening auxiliary says so.

"my son wants to bring his scooter inside, is that ok" was not read as a question, so
it went to a model as general chat, whose answer did not say the documents were silent;
read as a question it is the documents' to answer or decline, and a model answering
from general knowledge says so first.
The document here is written for this test and runs through the real store (lexical only).
"""

from __future__ import annotations

from agents.document_messages import GENERAL_KNOWLEDGE_REASON
from agents.documents import plan_document_step
from tests.doc_stores import written_store_fixture
from tools.rag.store import DocumentStore

_RINK_EN = """# Polar Ice Rink: House Rules

## Skating
Children under 10 must skate with an adult on the ice.

## Equipment
Skates can be rented at the counter for 3,000 won.
"""


store = written_store_fixture({"rink_en.md": _RINK_EN}, "notices")


def test_a_story_asking_is_that_ok_is_no_general_chat(store: DocumentStore) -> None:
    plan = plan_document_step(
        store, "my 9yo wants to skate alone, is that ok", collection="notices", pinned=False
    )
    assert plan.kind != "generate" or GENERAL_KNOWLEDGE_REASON in plan.reasons
    plan = plan_document_step(
        store,
        "my 9yo wants to go skating by herself, is that ok",
        collection="notices",
        pinned=False,
    )
    assert plan.kind == "not_covered"
