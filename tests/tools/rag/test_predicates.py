"""A Korean noun used as a verb (적용되다, 계산하다) is the question's predicate, not its topic.

Examples of our own (a swimming pool's notice), not a held-out set's.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from agents.documents import plan_document_step
from tools.rag.predicates import predicate_terms
from tools.rag.store import DocumentStore

POOL_KO = """# 물빛 수영장 안내

## 요금과 결제
자유수영 1회 이용료는 6,000원입니다. 현금과 신용카드 모두 받으며, 지역화폐도 받습니다.

## 수영모
수영모는 꼭 써야 합니다. 낡은 수영모는 안내데스크에서 새것으로 바꿔 드립니다.
"""


@pytest.fixture
def pool(tmp_path: Path) -> Iterator[DocumentStore]:
    store = DocumentStore(tmp_path / "data", dense=False)
    report = store.ingest_texts([("pool_ko.md", POOL_KO)], "pool", markdown=True)
    assert not report.rejected
    yield store
    store.close()


@pytest.mark.parametrize(
    ("question", "predicates"),
    [
        ("보험이 적용되나요?", {"적용"}),
        ("신용카드로 계산해도 돼요?", {"계산"}),
        ("와이파이에 연결되나요?", {"연결"}),
        # A plain noun is a topic, and so is a noun used both ways in one question.
        ("수영모 가격은 얼마예요?", set()),
        ("주차 요금은 얼마고 주차하면 어디에 대요?", set()),
        # English has no such suffix: nothing is read.
        ("Does insurance apply here?", set()),
    ],
)
def test_a_noun_with_a_verb_suffix_is_a_predicate(question: str, predicates: set[str]) -> None:
    assert predicate_terms(question) == predicates


def test_a_yes_no_question_is_not_vetoed_by_its_predicate(pool: DocumentStore) -> None:
    # The notice never writes 계산; it states the rule the question asks about.
    plan = plan_document_step(
        pool, "수영장 이용료 신용카드로 계산해도 돼요?", collection="pool", pinned=False
    )
    assert plan.kind == "extractive", plan.reasons
    assert "신용카드" in plan.answer


def test_a_typed_question_keeps_its_predicate_as_what_is_asked(pool: DocumentStore) -> None:
    # Where old caps are *donated* is not where they are exchanged.
    plan = plan_document_step(
        pool, "낡은 수영모는 어디에 기부되나요?", collection="pool", pinned=False
    )
    assert plan.kind != "extractive", plan.answer
    assert plan.kind == "not_covered" and "기부" in plan.answer
