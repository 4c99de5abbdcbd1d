"""A question's kind read as the category a rule is written for, and a note of a sum as a bill.

"can i expense a beer …" over "Alcohol is never reimbursed." and "… pay with a 100,000
won note …" over "… no change for bills larger than 50,000 won" (unseen 12 and 13) were
declined: the question's word was not the document's. These documents are our own.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.doc_stores import dense_store
from tests.doc_stores import planned_over as _plan
from tools.rag import crosslingual, dense_bridge
from tools.rag.banknotes import banknote_links
from tools.rag.crosslingual import equivalents
from tools.rag.store import DocumentStore

_EVENTS = """# Staff events

## Team dinners

A team may spend 40,000 won a head on a team dinner. Liquor is not paid for by the company.

## Venues

Book the venue through the office manager at least a week ahead.
"""

_KIOSK = """# Parking kiosk

## Paying

The kiosk takes cards and cash. It gives no change for bills over 10,000 won.

## Lost tickets

A lost ticket is charged as a full day.
"""

_KIOSK_NO_LIMIT = """# Parking kiosk

## Paying

The kiosk takes cards and cash. It gives no change for large bills.

## Lost tickets

A lost ticket is charged as a full day.
"""


@pytest.fixture
def store(tmp_path: Path) -> Iterator[DocumentStore]:
    with dense_store(tmp_path / "rag") as docs:
        yield docs


def test_a_kind_is_present_where_the_document_writes_its_category_one_way() -> None:
    assert {"alcohol", "liquor", "술"} <= equivalents("beer")
    assert "술" in equivalents("맥주")
    assert "beer" not in equivalents("alcohol")  # a rule about beer is none about all alcohol
    assert "wine" not in equivalents("beer")  # kinds are not one another


def test_wine_at_a_team_dinner_is_answered_by_the_liquor_rule(store: DocumentStore) -> None:
    question = "is wine paid for at a team dinner"
    kind, answer = _plan(store, "events_en.md", _EVENTS, question)
    assert kind == "extractive"
    assert "Liquor" in answer


def test_without_the_kinds_the_wine_question_is_declined(
    store: DocumentStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(crosslingual, "category_links", dict)
    crosslingual._bridge.cache_clear()
    try:
        question = "is wine paid for at a team dinner"
        kind, _ = _plan(store, "events_en.md", _EVENTS, question)
    finally:
        monkeypatch.undo()
        crosslingual._bridge.cache_clear()
    assert kind != "extractive"


def test_only_a_note_named_by_its_sum_is_a_bill() -> None:
    assert banknote_links("can I pay with a 50,000 won note")["note"] >= {"bill"}
    assert banknote_links("do you take $20 notes")
    assert banknote_links("a ten-pound note")
    assert not banknote_links("can I get a doctor's note for this")
    assert not banknote_links("I have 2 notes from my doctor")


def test_a_sum_note_is_answered_by_the_bills_limit(store: DocumentStore) -> None:
    question = "if i pay with a 50,000 won note will the kiosk give me change"
    kind, answer = _plan(store, "kiosk_en.md", _KIOSK, question)
    assert kind == "extractive"
    assert "10,000" in answer


def test_without_the_banknote_link_the_note_question_is_not_answered(
    store: DocumentStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(dense_bridge, "banknote_links", lambda _text: {})
    question = "if i pay with a 50,000 won note will the kiosk give me change"
    kind, _ = _plan(store, "kiosk_en.md", _KIOSK, question)
    assert kind != "extractive"


def test_no_bills_limit_stated_no_answer(store: DocumentStore) -> None:
    question = "if i pay with a 50,000 won note will the kiosk give me change"
    kind, _ = _plan(store, "kiosk_en.md", _KIOSK_NO_LIMIT, question)
    assert kind != "extractive"
