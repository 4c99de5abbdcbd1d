"""A model never reads one document's fact for a subject only another document names.

Our own documents (a bakery's terms beside a gym's visitor page), not held-out 29's: the
bakery names its staff and never a language, the gym names the languages its front desk
speaks and never the bakery. Through the real store (lexical only); each test shows the
stitched hand-off with the rule off.
"""

from __future__ import annotations

from pathlib import Path
from unittest import mock

from agents.documents import plan_document_step
from tests.doc_stores import written_store_fixture
from tools.rag.models import Passage
from tools.rag.split_topics import passages_naming_every_topic
from tools.rag.store import DocumentStore

_BAKERY_EN = """# Sunrise Bakery: Ordering Terms

## Staff
Our bakery staff start baking at 5 am and can tell you what is in every loaf.

## Orders
Cake orders need two days' notice. Orders are paid when they are placed.
"""

_GYM_EN = """# Harbor Gym: Visitor Page

## Languages
The front desk can help you in Spanish and French.

## Lockers
Lockers are free for members; bring your own lock.
"""


_DOCUMENTS = {"bakery_en.md": _BAKERY_EN, "gym_en.md": _GYM_EN}


store = written_store_fixture(_DOCUMENTS, "shops")


def _plan(store: DocumentStore, question: str) -> tuple[str, list[str]]:
    plan = plan_document_step(store, question, collection="shops", pinned=False)
    return plan.kind, [Path(str(p["source"])).name for p in plan.passages]


def test_topics_split_across_documents_are_not_stitched(store: DocumentStore) -> None:
    question = "what languages do the bakery staff speak"
    assert _plan(store, question)[0] == "not_covered"
    # Rule off: the gym's languages go to a model asked about the bakery's staff.
    with mock.patch("agents.documents.passages_naming_every_topic", lambda _t, p, _m: list(p)):
        kind, shown = _plan(store, question)
        assert kind == "grounded" and "gym_en.md" in shown


def _mentions(passage: Passage, word: str) -> bool:
    return word in _DOCUMENTS[passage.source].casefold()


_STAFF = Passage(chunk_id="b1", source="bakery_en.md", heading="Staff", text="Our bakery staff …")
_ORDERS = Passage(chunk_id="b2", source="bakery_en.md", heading="Orders", text="Cake orders …")
_LANGUAGES = Passage(chunk_id="g1", source="gym_en.md", heading="Languages", text="Spanish …")


def test_only_the_documents_naming_every_topic_are_kept() -> None:
    passages = [_LANGUAGES, _STAFF, _ORDERS]
    # Only the bakery names cake and orders: the gym's page is not shown.
    assert passages_naming_every_topic(["cake", "order"], passages, _mentions) == [
        _STAFF,
        _ORDERS,
    ]
    assert passages_naming_every_topic(["languag", "bakery"], passages, _mentions) == []
    # A topic no document names narrows nothing (the caller's "never mentioned" decides).
    assert passages_naming_every_topic(["front", "tattoo"], passages, _mentions) == [_LANGUAGES]
    assert passages_naming_every_topic(["tattoo"], passages, _mentions) == passages
