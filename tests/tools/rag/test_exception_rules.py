"""A drink the documents never name, covered by their "anything except X" rule (fixdoc32).

Our own documents (a dental surgery's aftercare sheet, a gym's front desk), run through
the real store and planner (lexical only).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from agents.documents import DocPlan, plan_document_step
from tests.tools.rag.conftest import small_store
from tools.rag.exception_rules import consumables_an_exception_covers, exception_unstated
from tools.rag.models import Passage
from tools.rag.store import DocumentStore

_DENTAL_EN = """# Maple Dental Aftercare

## After a filling

Do not eat or drink anything except water for 2 hours after the filling.
Numbness usually wears off within 3 hours.

## Front desk

The front desk is open from 9 am to 6 pm and sells toothbrushes.
"""

_RULE = "Do not eat or drink anything except water for 2 hours after the filling."


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[DocumentStore]:
    data = tmp_path_factory.mktemp("data")
    yield from small_store(data, "dental", {"dental_en.md": _DENTAL_EN})


def _plan(store: DocumentStore, question: str) -> DocPlan:
    return plan_document_step(store, question, collection="dental", pinned=False)


def _passage(text: str) -> Passage:
    return Passage(chunk_id="c1", text=text, source="dental_en.md", locator="§1", score=1.0)


def test_the_thing_asked_to_be_had_is_excused_by_the_rule() -> None:
    rule = [_passage(_RULE)]
    assert consumables_an_exception_covers("can i have tea after the filling", ["tea"], rule) == [
        "tea"
    ]
    excused = consumables_an_exception_covers(
        "am I allowed a smoothie that evening after the filling?", ["allow", "smoothie"], rule
    )
    assert "smoothie" in excused and "allow" in excused and "even" in excused
    # No such rule retrieved, or no permission to have something asked: nothing excused.
    other = [_passage("The front desk sells toothbrushes.")]
    assert consumables_an_exception_covers("can i have tea after the filling", ["tea"], other) == []
    assert consumables_an_exception_covers("where can i buy tea nearby", ["tea"], rule) == []
    # Taking a medicine is not eating or drinking: no rule about food answers it.
    assert (
        consumables_an_exception_covers("can i take ibuprofen after it", ["ibuprofen"], rule) == []
    )


def test_only_the_rules_sentence_may_answer() -> None:
    assert exception_unstated(["tea"], "The front desk is open from 9 am to 6 pm.")
    assert not exception_unstated(["tea"], _RULE)
    assert not exception_unstated([], "The front desk is open from 9 am to 6 pm.")


def test_a_permission_to_have_an_unnamed_drink_is_answered_by_the_rule(
    store: DocumentStore,
) -> None:
    plan = _plan(store, "can i have tea after the filling?")
    assert plan.kind == "extractive", plan.reasons
    assert "anything except water" in plan.answer


def test_the_unnamed_drink_elsewhere_still_declines(store: DocumentStore) -> None:
    plan = _plan(store, "can i have tea at the front desk?")
    assert "anything except water" not in plan.answer
    assert plan.kind != "extractive"
