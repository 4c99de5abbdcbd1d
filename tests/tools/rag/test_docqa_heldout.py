"""Held-out document questions (issue 11): 0 wrong answers, and the recall reached.

``bench/docqa_heldout2`` was written blind, before any change it measures, over two
documents of its own (a Korean expense policy, an English thermostat FAQ); the
method was tuned on ``bench/docqa_devset.json`` and ``bench/docqa_heldout``.
Every question runs through the real planner on a real store with the real
multilingual e5 model.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from bench.docqa import SAMPLES, sample_store
from tests.tools.rag.conftest import answered_plan, devset_plan
from tests.tools.rag.heldout_floor import assert_set_holds
from tools.rag import DocumentStore, crosslingual
from tools.rag.crosslingual_matches import other_language_matches
from tools.rag.shared_collection import SAMPLES_COLLECTION, SharedCollectionStore

BENCH = Path(__file__).resolve().parents[3] / "bench"
HELDOUT2 = BENCH / "docqa_heldout2"
HELDOUT2_DOCS = (HELDOUT2 / "expense_policy_ko.md", HELDOUT2 / "thermostat_faq_en.md")
HELDOUT1 = BENCH / "docqa_heldout"

# Measured with `python -m bench.docqa --devset bench/docqa_heldout2/questions.json
# --docs ...expense_policy_ko.md --docs ...thermostat_faq_en.md`: before this branch 15 of 43
# right, 1 wrong; docqa2 22 of 43, docqa4 23 of 43 (recall 0.53), docqa5 24 of 43 (0.56),
# 0 wrong, 18 of 18 declined (docqa6: the same); 2026-11-30 25 of 43 (0.581), 0 wrong.
HELDOUT2_RECALL_FLOOR = 0.58
# bench/docqa_heldout: 14 of 27 before, 22 of 27 now (recall 0.815; docqa6: the same).
HELDOUT1_RECALL_FLOOR = 0.81


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[DocumentStore]:
    docs = (*HELDOUT2_DOCS, HELDOUT1 / "it_policy_en.md")
    store = sample_store(tmp_path_factory.mktemp("heldout2"), dense=True, extra=docs)
    yield store
    store.close()


def test_second_heldout_set_has_no_wrong_answer_and_keeps_its_recall(
    tmp_path: Path,
) -> None:
    # Its own store: the set's expectations hold over exactly the documents it names.
    store = sample_store(tmp_path, dense=True, extra=HELDOUT2_DOCS)
    try:
        assert_set_holds(
            store,
            HELDOUT2 / "questions.json",
            recall_floor=HELDOUT2_RECALL_FLOOR,
            min_questions=50,
            min_unanswerable=15,
        )
    finally:
        store.close()


@pytest.mark.slow
def test_first_heldout_set_has_no_wrong_answer_and_keeps_its_recall(tmp_path: Path) -> None:
    store = sample_store(tmp_path, dense=True, extra=(HELDOUT1 / "it_policy_en.md",))
    try:
        assert_set_holds(store, HELDOUT1 / "questions.json", recall_floor=HELDOUT1_RECALL_FLOOR)
    finally:
        store.close()


@pytest.mark.parametrize(
    ("question", "quote"),
    [
        # "wipe" is in no document: the lexical match on "reset" and "schedules" and the
        # dense model both pick this sentence.
        ("Will a reset wipe my schedules?", "A reset deletes all schedules"),
        # "hires" is in no document ("pick up" is: the vocabulary reads it as "collect").
        ("Where do new hires pick up their laptop?", "2nd floor"),
        ("서울에서 호텔 자면 하루 얼마까지 나와요?", "1박 12만 원"),
        # An English question on the Korean policy: the raw cross-language similarity
        # is below the same-language bar, but the quoted passage is the one that stands
        # out among the Korean chunks and both picks agree on its sentence.
        ("When is approved expense money paid out?", "다음 달 10일"),
    ],
)
def test_a_word_the_documents_never_use_is_tolerated_when_the_dense_match_agrees(
    store: DocumentStore, question: str, quote: str
) -> None:
    plan = answered_plan(store, question, quote)
    assert any("dense sentence match picks the same sentence" in r for r in plan.reasons)


def test_picking_up_the_laptop_is_answered_by_the_sentence_on_receiving_it(
    store: DocumentStore,
) -> None:
    # Once the dense path's example: "pick up" now reads as "collect", a word the
    # collection holds, so the lexical path quotes the same sentence itself.
    answered_plan(store, "Where do new staff pick up their laptop?", "2nd floor")


@pytest.mark.parametrize(
    "question",
    [
        # The unknown word is the subject: the dense model finds "bring your ID card"
        # only loosely similar.
        "Can I bring my dog to the clinic?",
        # "How often" asks for an interval; "up to 8 hours" is none.
        "How often should I replace the battery?",
        # An untyped question whose known topic (주차) the train-fare passage never names.
        "출장 갈 때 주차비는 지원되나요?",
        # A name the documents never mention is never waved through.
        "Does the Nimbus T2 work with Alexa?",
        # An unknown Korean noun naming the kind of a known thing: the clinic guide
        # answers for blood tests, not COVID tests (the dense match alone agreed).
        "코로나 검사 결과는 언제 나와요?",
        "독감 예방접종 비용은 얼마인가요?",
        # The standout Korean passage is the one the lexical path quotes, but the dense
        # model picks another of its sentences (the VPN hours do not say who pays).
        "주말에 VPN을 쓰면 수당이 나오나요?",
        "Who approves domestic business trips?",
    ],
)
def test_near_misses_are_not_answered(store: DocumentStore, question: str) -> None:
    plan = devset_plan(store, question)
    assert plan.kind != "extractive", plan.answer


@pytest.mark.parametrize(
    ("question", "quote"),
    [
        ("노트북은 몇 년마다 교체되나요?", "every four years"),
        ("컬러 인쇄는 한 달에 몇 장까지 가능한가요?", "200 pages"),
        ("새 소프트웨어를 요청하면 며칠 안에 답을 받나요?", "three working days"),
    ],
)
def test_korean_count_and_duration_questions_reach_the_english_policy(
    store: DocumentStore, question: str, quote: str
) -> None:
    answered_plan(store, question, quote, first="it_policy_en.md")


def test_a_cross_lingual_passage_from_the_samples_keeps_its_collection(tmp_path: Path) -> None:
    # A workspace with its own Korean policy; the English insurance FAQ is a shared sample.
    inner = DocumentStore(tmp_path, dense=True)
    try:
        inner.ingest_path(SAMPLES, SAMPLES_COLLECTION)
        inner.ingest_path(HELDOUT2_DOCS[0], "workspace")
        inner.embed_pending()
        store = SharedCollectionStore(inner)
        matches = other_language_matches(store, "실손보험 청구에 필요한 서류는?", "workspace")
        assert matches and matches[0].passage.source.endswith("insurance_faq_en.md")
        # Labelled a sample like every other passage from that collection.
        assert matches[0].passage.collection == SAMPLES_COLLECTION
    finally:
        inner.close()


def test_with_word_lists_off_a_rule_in_the_other_language_is_not_overruled(
    tmp_path: Path,
) -> None:
    # The English free-hour sentence matches "parking" and "hour" and the dense model
    # likes it, but the Korean fee rule stands out more among its own language's chunks.
    with crosslingual.word_lists_off():
        store = sample_store(tmp_path, dense=True)
        try:
            plan = devset_plan(store, "How much does parking cost after the first hour?")
        finally:
            store.close()
    assert plan.kind != "extractive" or "500원" in plan.answer, plan.answer
