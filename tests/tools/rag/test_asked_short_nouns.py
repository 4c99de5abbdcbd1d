"""A one-syllable noun the asked clause stands on is a topic the documents must hold.

"제 칼로 해도 돼요?" asks about one's own knife: a cooking class whose guide writes 칼국수
but never the knife does not answer it with its 칼국수 lines. Background clauses and
compounds keep their old reading.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from agents.documents import plan_document_step
from tools.rag.asked_clause import asked_short_nouns, possessed_short_nouns
from tools.rag.dense_confirmed import _unheld_argument
from tools.rag.store import DocumentStore

COOKING_KO = """# 솔빛 요리교실 안내

## 수업
칼국수 만들기 수업은 매주 토요일 오전 10시에 시작합니다.
칼국수 수업 재료비는 수강료에 포함되어 있습니다.
앞치마와 조리 도구는 교실에서 빌려 드립니다.

## 주차
자동차로 오시면 건물 주차장을 2시간까지 무료로 이용할 수 있습니다.
정차 구역에는 5분까지만 세울 수 있습니다.
"""


@pytest.fixture
def cooking(tmp_path: Path) -> Iterator[DocumentStore]:
    store = DocumentStore(tmp_path / "data", dense=False)
    report = store.ingest_texts([("cooking_ko.md", COOKING_KO)], "cook", markdown=True)
    assert not report.rejected
    yield store
    store.close()


@pytest.mark.parametrize(
    ("question", "nouns"),
    [
        ("칼국수 수업 제 칼로 해도 돼요?", {"칼"}),
        ("집에서 혈액 검사 받을 수 있어요?", {"집"}),
        ("검사 전에 물 마셔도 되나요?", {"물"}),  # 전 is a relation, not a topic
        ("토요일에 차 가져가면 주차할 수 있어요?", set()),  # 차 sets the scene
        ("주차장에 차 대놓을 자리 있나요?", set()),  # 차 describes the place asked about
        ("한 달에 한 번 가도 돼요?", set()),  # counters
        ("식비 나와요?", set()),  # a piece of a compound
        ("칼은 몇 개 있어요?", set()),  # asks a count: its answer-type checks hold it
        ("How much for a knife?", set()),
    ],
)
def test_the_asked_clause_one_syllable_nouns(question: str, nouns: set[str]) -> None:
    assert set(asked_short_nouns(question)) == nouns


def test_a_one_syllable_noun_the_question_asks_about_must_be_held(
    cooking: DocumentStore,
) -> None:
    plan = plan_document_step(
        cooking, "칼국수 수업 제 칼로 해도 돼요?", collection="cook", pinned=False
    )
    assert plan.kind != "extractive", plan.answer
    assert "칼" in plan.answer


def test_the_dense_confirmation_is_held_to_it_too(cooking: DocumentStore) -> None:
    assert _unheld_argument(cooking, "칼국수 수업 제 칼로 해도 돼요?", "cook")


def test_a_one_syllable_noun_of_a_background_clause_stays_scenery(cooking: DocumentStore) -> None:
    plan = plan_document_step(
        cooking, "차 가져가면 주차장 이용할 수 있어요?", collection="cook", pinned=False
    )
    # The car only sets the scene: its absence is no reason to decline.
    assert not any("never mention" in reason for reason in plan.reasons), plan.reasons


KNIVES_KO = """# 한결 철물점 안내

## 칼 갈기
칼 갈기는 한 자루에 3,000원이며 다음 날 찾아가실 수 있습니다.
"""


@pytest.mark.parametrize(
    ("question", "nouns"),
    [
        ("칼국수 수업 제 칼로 해도 돼요?", {"칼"}),
        ("우리 집에서 해도 돼요?", {"집"}),
        ("집에서 혈액 검사 받을 수 있어요?", set()),  # nobody's home in particular
    ],
)
def test_the_nouns_the_asker_names_as_their_own(question: str, nouns: set[str]) -> None:
    assert set(possessed_short_nouns(question)) == nouns


def test_ones_own_thing_held_by_another_document_is_still_demanded(tmp_path: Path) -> None:
    # The collection holds 칼 (the hardware shop's knife sharpening), so it is no unknown
    # word; the cooking class's passages still never name it.
    store = DocumentStore(tmp_path / "data", dense=False)
    try:
        report = store.ingest_texts(
            [("cooking_ko.md", COOKING_KO), ("hardware_ko.md", KNIVES_KO)], "cook", markdown=True
        )
        assert not report.rejected
        plan = plan_document_step(
            store, "칼국수 수업 제 칼로 해도 돼요?", collection="cook", pinned=False
        )
    finally:
        store.close()
    assert plan.kind != "extractive", plan.answer
