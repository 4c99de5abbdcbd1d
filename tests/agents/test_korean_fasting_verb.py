"""굶다 (to go without food) asks about fasting, over an English page that also tables durations.

"건강검진 피검사 전에 몇 시간 굶어야 돼요?" was answered with the check-up's table of test
durations (unseen 14): 피검사 found "Blood test", 몇 시간 found "15 minutes", and the verb
굶 linked to nothing, so the fasting sentence had no word of the question the table lacked.
The document is our own.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

import agents.documents_wording as documents_wording
from agents.documents import plan_document_step
from tests.doc_stores import dense_store
from tools.rag import crosslingual
from tools.rag.lexicon_terms import LEXICON
from tools.rag.store import DocumentStore

_DONOR_DAY = """# Blood donor day

## What happens

| Step | Time needed |
|---|---|
| Blood test | 20 minutes |
| Donation | 45 minutes |

## Before you come

- Do not eat anything for 6 hours before the blood test; water is fine.
- Bring photo ID.
"""

_QUESTION = "피검사 전에 몇 시간 굶어야 돼요?"


@pytest.fixture
def store(tmp_path: Path) -> Iterator[DocumentStore]:
    with dense_store(tmp_path / "rag", {"donor_day_en.md": _DONOR_DAY}) as docs:
        yield docs


def _answer(store: DocumentStore) -> str:
    plan = plan_document_step(store, _QUESTION, collection="default", pinned=False)
    return plan.answer or ""


def test_going_without_food_is_answered_by_the_fasting_line(store: DocumentStore) -> None:
    answer = _answer(store)
    assert "6 hours" in answer


def test_without_the_link_the_table_of_durations_answers(
    store: DocumentStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delitem(LEXICON, "굶")
    # (Since set 53, 피검사 is said as 혈액 검사 (tools.rag.blood_words_61m), which names the
    # fasting line's "blood test" too: off here, so the 굶 link is tested alone.)
    monkeypatch.setattr(documents_wording, "with_blood_test_named", lambda text: text)
    crosslingual._bridge.cache_clear()
    try:
        answer = _answer(store)
    finally:
        monkeypatch.undo()
        crosslingual._bridge.cache_clear()
    assert "6 hours" not in answer
