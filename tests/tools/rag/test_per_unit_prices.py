"""A sum with no currency priced per period or unit ("12.50 a month") states a price.

Found when "whats the ... cost" stopped being declined (test_apostrophe_less_contractions):
a plan list written "- Monthly pass: 12.50 a month" held no price evidence, so a sentence
on a deposit ("a deposit of 30.00") was quoted for the monthly price instead. The
document here is written for this test and run through the real store and planner.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from agents.documents import plan_document_step
from tests.tools.rag.conftest import small_store
from tools.rag.answer_types import has_answer_type
from tools.rag.prices import states_price
from tools.rag.store import DocumentStore

_POOL_EN = """# Riverside Pool notice

## Passes
- Single swim: 4.00 per visit
- Weekly pass: 11.00 a week, lanes open all day
- Monthly pass: 32.50 a month, lanes open all day

## Lockers
New swimmers without a pass pay a refundable deposit of 30.00 for a locker key.
A lost key costs 6.00.
"""


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[DocumentStore]:
    folder = tmp_path_factory.mktemp("docs")
    data = tmp_path_factory.mktemp("data")
    yield from small_store(data, "pool", {"pool_en.md": _POOL_EN}, folder=folder)


@pytest.mark.parametrize(
    "sentence",
    ["- Monthly pass: 32.50 a month, lanes open all day", "Parking is 1.20 per hour."],
)
def test_a_per_period_sum_is_a_price(sentence: str) -> None:
    assert states_price(sentence, "how much is it")
    assert has_answer_type(sentence, "amount", question="how much does it cost")


@pytest.mark.parametrize(
    "sentence",
    ["Take 2 tablets a day.", "The pool is 25 metres long.", "Lanes 1 and 2 close at 9."],
)
def test_a_figure_without_a_price_shape_is_not_one(sentence: str) -> None:
    assert not states_price(sentence, "how much is it")


def test_the_monthly_price_is_quoted_not_the_deposit(store: DocumentStore) -> None:
    plan = plan_document_step(
        store, "how much is the monthly pass", collection="pool", pinned=False
    )
    assert plan.kind == "extractive", plan.reasons
    assert "32.50 a month" in plan.answer
    assert "deposit" not in plan.answer
