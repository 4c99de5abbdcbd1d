"""Rules found on the thirty-eighth blind set (a taekwondo school, a bowling centre).

The examples are our own (a piano academy, a swimming school, a department store, a music
exam board), not that set's questions. Each test also shows the wrong reading with its rule
off.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from unittest import mock

import pytest

from agents.documents import plan_document_step
from tests.tools.rag.heldout_floor import (
    assert_phrases_written_once,
    set_holds_test,
)
from tools.rag import DocumentStore, answer
from tools.rag.asked_ranks import asked_ranks, unheld_rank

# --- a rank the document never ranks by (tools.rag.asked_ranks) --------------------------------


@pytest.mark.parametrize(
    ("question", "ranks"),
    [
        ("3급 시험비 얼마예요?", {"급"}),
        ("2층에서 환불 돼요?", {"층"}),
        ("검은띠 1단 따려면", {"단"}),
        ("how much is the grade 5 exam", {"grade"}),
        ("toilets on the 2nd floor?", {"floor"}),
        # Measures and longer words are no rank.
        ("1단계 신청은 언제", set()),
        ("4자리 비밀번호", set()),
        ("3개월 선납", set()),
        ("my 12 year old", set()),
    ],
)
def test_ranks_are_read_on_digits_only(question: str, ranks: set[str]) -> None:
    assert asked_ranks(question) == ranks


_BADUK = """# 한수 바둑교실 안내

## 수업
입문반과 유단자반이 있으며 한 반은 8명까지입니다. 수업은 평일 오후 4시에 시작합니다.

## 승급 대회
승급 대회는 1월, 4월, 7월, 10월의 첫째 일요일에 열립니다.
참가비는 한 번에 15,000원이며 점심 도시락이 포함됩니다.

## 연락처
- 전화: 031-000-1111
"""
_EXAMS = """# Harbour Music Exams

## Exams
Practical exams are held every June and December. Every grade is marked by two examiners.
The exam fee is £40 per candidate.

## Contact
Phone the office on weekdays.
"""


@pytest.fixture
def ranked_store(tmp_path: Path) -> Iterator[DocumentStore]:
    store = DocumentStore(tmp_path / "data", dense=False)
    report = store.ingest_texts(
        [("baduk_ko.md", _BADUK), ("exams_en.md", _EXAMS)], "c", markdown=True
    )
    assert not report.rejected
    yield store
    store.close()


def _plan(store: DocumentStore, question: str) -> tuple[str, str]:
    plan = plan_document_step(store, question, collection="c", pinned=False)
    return plan.kind, plan.answer


@pytest.mark.parametrize(
    ("question", "fee"),
    [
        ("1급 참가비 얼마에요", "15,000원"),
        ("1단 참가비는 얼마예요", "15,000원"),
        ("grade 1 exam fee?", "£40"),
    ],
)
def test_a_fee_of_a_rank_the_guide_never_names_is_not_quoted(
    ranked_store: DocumentStore, question: str, fee: str
) -> None:
    kind, text = _plan(ranked_store, question)
    assert kind != "extractive" and fee not in text
    # With the rule off, the fee of the contest (of the exam) as a whole answers the rank's.
    with mock.patch.object(answer, "unheld_rank", return_value=None):
        assert fee in _plan(ranked_store, question)[1]


def test_the_plain_question_is_still_answered(ranked_store: DocumentStore) -> None:
    assert "15,000원" in _plan(ranked_store, "참가비 얼마예요?")[1]
    assert "£40" in _plan(ranked_store, "how much is the exam fee")[1]


def test_a_document_ranking_by_the_counter_may_answer() -> None:
    assert unheld_rank("1급 참가비 얼마에요", _BADUK) == "급"
    assert unheld_rank("1급 참가비 얼마에요", _BADUK + "\n대회는 5급부터 1급까지 나뉩니다.") is None
    assert unheld_rank("grade 1 exam fee?", _EXAMS) == "grade"
    assert unheld_rank("grade 1 exam fee?", "Exams run from grade 1 to grade 8.") is None
    assert unheld_rank("참가비 얼마예요?", _BADUK) is None


# --- the set itself ----------------------------------------------------------------------------

_SET = Path(__file__).resolve().parents[3] / "bench" / "docqa_heldout38"
# Measured with `python -m bench.docqa --json --devset bench/docqa_heldout38/questions.json
# --docs (its two documents)`: main 4c045237 24 of 45 right, 1 wrong, 19 of 20 declined;
# with these rules 24 right (recall 0.53), 0 wrong, 20 of 20 declined.
_RECALL_FLOOR = 0.53


def test_every_expected_phrase_is_written_once_in_its_document() -> None:
    assert_phrases_written_once(_SET, min_questions=60, min_unanswerable=20)


test_the_set_gives_no_wrong_answer_and_keeps_its_counts = set_holds_test(
    "docqa_heldout38", recall_floor=_RECALL_FLOOR, min_unanswerable=20
)


def test_a_rank_may_be_held_in_the_other_language_or_spelt_out() -> None:
    page = "Hall B is on the first floor. The studio is on the 6th floor."
    assert unheld_rank("6층에서 통화해도 돼요?", page) is None
    assert unheld_rank("2층 올라갈수 있어요?", "Hall B is on the first floor.") is None
    assert unheld_rank("is the 2nd floor step free?", "강당은 2층에 있습니다.") is None
    assert unheld_rank("6층에서 통화해도 돼요?", "Calls are allowed in the booths.") == "층"
