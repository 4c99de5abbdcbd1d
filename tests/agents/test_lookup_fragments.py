"""A bare English fragment naming a looked-up fact ("rink hours on holidays") asks.

Found on the twenty-fourth blind set: with no "?" nor question word such a fragment went
to a model as chat, whose uncited answer did not say the documents were silent. The
document here is written for this test and runs through the real store (lexical only).
"""

from __future__ import annotations

from unittest import mock

from agents.document_messages import GENERAL_KNOWLEDGE_REASON
from agents.documents import plan_document_step
from agents.lookup_fragments import is_lookup_fragment
from tests.doc_stores import written_store_fixture
from tools.rag.store import DocumentStore

_RINK_EN = """# Polar Ice Rink: House Rules

## Skating
Children under 10 must skate with an adult on the ice.

## Equipment
Skates can be rented at the counter for 3,000 won.
"""


def test_a_short_fragment_naming_a_fact_is_a_lookup() -> None:
    assert is_lookup_fragment("rink hours on public holidays")
    assert is_lookup_fragment("discount if i bring my own skates")
    assert is_lookup_fragment("skate sharpening price")
    assert not is_lookup_fragment("my skate rental fee was too high lol")
    assert not is_lookup_fragment("thanks for the hours")
    assert not is_lookup_fragment("The fee is fine.")
    assert not is_lookup_fragment("write a poem")
    assert not is_lookup_fragment("링크장 요금")  # Korean keeps its own cues (얼마, 누구)


store = written_store_fixture({"rink_en.md": _RINK_EN}, "notices")


def _plan_reasons(store: DocumentStore, text: str) -> tuple[str, list[str]]:
    plan = plan_document_step(store, text, collection="notices", pinned=False)
    return plan.kind, plan.reasons


def test_a_fragment_answered_by_a_model_says_the_documents_are_silent(
    store: DocumentStore,
) -> None:
    text = "skate rental discount if i come with my whole class"
    kind, reasons = _plan_reasons(store, text)
    assert kind != "generate" or GENERAL_KNOWLEDGE_REASON in reasons
    with mock.patch("agents.documents.is_lookup_fragment", return_value=False):
        kind_off, reasons_off = _plan_reasons(store, text)
    # Rule off: the fragment was chat, answered with no word that the documents are silent.
    assert kind_off == "generate" and GENERAL_KNOWLEDGE_REASON not in reasons_off
