"""A price asked for one period is answered only by a sum stated for that period."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from agents.documents import plan_document_step
from tools.rag.price_periods import asked_periods, misses_asked_period
from tools.rag.store import DocumentStore

POOL_EN = """# Blue Lagoon Pool: house rules

## Lockers
Lockers cost 1,000 won per use. Members may bring one guest a week at no charge.

## Late payments
If a membership fee is unpaid 7 days after its due date, a late fee of 5% is added.
Members who leave keep their card, minus an administration fee of 20,000 won.
"""

# Without "one" elsewhere: "one" of "one day" would read as the rare subject of the question.
POOL_WITH_TICKETS_EN = (
    POOL_EN.replace("one guest a week", "a guest each week")
    + """
## Tickets
A day ticket for the Blue Lagoon Pool costs 8,000 won.
"""
)


def _store(tmp_path: Path, text: str) -> DocumentStore:
    store = DocumentStore(tmp_path / "data", dense=False)
    report = store.ingest_texts([("pool_en.md", text)], "pool", markdown=True)
    assert not report.rejected
    return store


@pytest.fixture
def pool(tmp_path: Path) -> Iterator[DocumentStore]:
    store = _store(tmp_path, POOL_EN)
    yield store
    store.close()


@pytest.mark.parametrize(
    ("question", "periods"),
    [
        ("How much does it cost to swim here for just one day?", {"day"}),
        ("What's the fee per month?", {"month"}),
        ("헬스장 하루 이용 요금 얼마예요?", {"day"}),
        ("How long is one day of the course?", set()),  # no price asked
        ("How much does a locker cost?", set()),  # no period asked
    ],
)
def test_the_periods_a_price_question_asks_for(question: str, periods: set[str]) -> None:
    assert asked_periods(question) == periods


@pytest.mark.parametrize(
    ("sentence", "misses"),
    [
        ("A day ticket costs 8,000 won.", False),  # a pass for the period
        ("Swimming costs 8,000 won per day.", False),
        ("Day swim: 8.00 a day, towels included", False),  # a sum with no currency
        ("수영장 이용료는 하루 8,000원입니다.", False),
        ("Members may bring one guest a day at no charge.", True),  # the guests' day
        ("If a fee is unpaid 7 days after its due date, a late fee of 5% is added.", True),
        ("Lockers cost 1,000 won per use.", True),
        ("The daily swim pass costs 8,000 won.", False),  # the period as the adjective
        ("The daily lane schedule changes and a swim costs 8,000 won.", True),  # too far
    ],
)
def test_a_sentence_states_a_sum_for_the_asked_period_or_misses_it(
    sentence: str, misses: bool
) -> None:
    question = "How much does it cost to swim for one day?"
    assert misses_asked_period(question, sentence) is misses


def test_a_column_heading_names_the_period_of_its_sums() -> None:
    question = "How much does the pool cost per month?"
    assert not misses_asked_period(question, "Adult 60,000 won", "Pass Monthly price")
    assert misses_asked_period(question, "Adult 60,000 won", "Pass Price")


def test_a_table_row_names_the_period_in_any_cell() -> None:
    question = "수영장 한 달에 얼마예요?"
    row = "수영 1개월 수영장 자유수영과 강습 1회 포함 85,000원"
    assert not misses_asked_period(question, row, row=True)
    assert misses_asked_period(question, row)  # as a sentence, 1개월 is too far from the sum


def test_a_day_price_question_is_not_answered_with_other_sums(pool: DocumentStore) -> None:
    plan = plan_document_step(
        pool,
        "How much does it cost to swim at Blue Lagoon Pool for just one day?",
        collection="pool",
        pinned=False,
    )
    assert plan.kind != "extractive", plan.answer


def test_the_day_price_is_still_answered(tmp_path: Path) -> None:
    store = _store(tmp_path, POOL_WITH_TICKETS_EN)
    try:
        plan = plan_document_step(
            store,
            "How much does it cost to swim at Blue Lagoon Pool for a day?",
            collection="pool",
            pinned=False,
        )
    finally:
        store.close()
    assert plan.kind == "extractive", plan.reasons
    assert "8,000 won" in plan.answer
