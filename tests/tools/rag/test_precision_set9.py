"""Three rules found on blind set 9's wrong answers, each on examples of our own.

- a Korean yes/no question is about its marked subject/object: when no document holds
  it, the dense confirmation may not wave a sentence on the other words through;
- a labelled list line ("- 건조기: 기본 30분") answers for its own label only;
- a duration a sentence sets as a waiting threshold ("20분이 지나면") says nothing of
  how long something takes.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import pytest

from tools.rag.dense_confirmed import dense_confirmed_answer
from tools.rag.elapsed_time import states_only_waiting_thresholds
from tools.rag.korean_subjects import yes_no_arguments
from tools.rag.qualifiers import answers_another_question, row_names_other_item
from tools.rag.question import analyze_question


@pytest.mark.parametrize(
    ("question", "arguments"),
    [
        # A noun bare before its verb, and one marked as topic or object; the background
        # clause's object counts too (checking it only makes the dense path stricter).
        ("유모차 끌고 가는데 케이블카 탈 수 있어요?", {"유모차", "케이블카"}),
        ("수영장은 월요일에도 열어요?", {"수영장"}),
        ("할머니 모시고 가는데 배 타도 되나요?", {"배"}),
        ("도서관에서 노트북을 빌려 주나요?", {"노트북"}),
        # Company (랑), "also" (도) and the asker's relations are not what is asked.
        ("이용권 남편이랑 같이 써도 돼요?", set()),
        ("회원이면 대여도 할인되나요?", set()),
        # A question word asks for its answer: no yes/no question.
        ("케이블카는 몇 시까지 타요?", set()),
        ("Can I take the cable car?", set()),
    ],
)
def test_the_arguments_of_a_korean_yes_no_question(question: str, arguments: set[str]) -> None:
    assert set(yes_no_arguments(question)) == arguments


class _StoreWithoutBoats:
    """A dense store whose collection never holds 배 (nor its English equivalents)."""

    dense = True

    def unknown_terms(
        self, question: str, collection: str = "c", *, terms: Sequence[str] | None = None
    ) -> list[str]:
        known = {"휠체어", "타", "가"}
        return [t for t in terms or () if t not in known]

    def search(self, *args: Any, **kwargs: Any) -> list[Any]:
        raise AssertionError("the unknown subject of the question should stop the check first")


def test_an_unheld_yes_no_argument_blocks_the_dense_confirmation() -> None:
    # One syllable (배) is left aside by the general unknown-word count; as the object
    # of the question it is what the question is about.
    question = "휠체어 타는 할머니랑 가는데 배 탈 수 있어요?"
    asked = analyze_question(question)
    assert dense_confirmed_answer(_StoreWithoutBoats(), question, "c", asked) is None  # type: ignore[arg-type]


_CAR_WASH = """## 셀프세차장 요금
- 고압세차기: 기본 5분 2,000원, 1분 추가마다 500원
- 진공청소기: 기본 3분 1,000원
- 실내 매트 세척기: 1회 1,500원
"""


def test_a_labelled_list_line_answers_for_its_own_label() -> None:
    vacuum = "- 진공청소기: 기본 3분 1,000원"
    pressure = "- 고압세차기: 기본 5분 2,000원, 1분 추가마다 500원"
    # Asked about the pressure washer, the vacuum's line is about another item ...
    assert row_names_other_item("고압세차기 한 번 쓰면 몇 분이에요?", vacuum, _CAR_WASH)
    # ... and the pressure washer's own line answers it.
    assert not row_names_other_item("고압세차기 한 번 쓰면 몇 분이에요?", pressure, _CAR_WASH)
    # A clock time is no label, and a line of prose with no list label is no row.
    hours = "Weekdays 09:00: the desk opens"
    assert not row_names_other_item("고압세차기 몇 분?", hours, _CAR_WASH + hours)


def test_english_labelled_lines_too() -> None:
    passage = "- Kayak: $15 per hour\n- Paddleboard: $12 per hour\n- Life jacket: free\n"
    question = "how much is a paddleboard for an hour?"
    assert row_names_other_item(question, "- Kayak: $15 per hour", passage)
    assert not row_names_other_item(question, "- Paddleboard: $12 per hour", passage)


@pytest.mark.parametrize(
    ("question", "sentence", "another"),
    [
        ("건조기 한 번 돌리면 몇 분 걸려요?", "건조가 끝나고 10분이 지나면 문이 열립니다.", True),
        ("How long does a wash take?", "If 15 minutes have passed, staff may move it.", True),
        ("수리 맡기면 며칠 걸려요?", "보관 기간이 30일 넘으면 폐기합니다.", True),
        # The time the thing takes is stated: an answer.
        ("건조기 한 번 돌리면 몇 분 걸려요?", "건조기는 한 번에 40분 돌아갑니다.", False),
        # A threshold asked for is answered by a threshold.
        ("며칠 지나면 자동으로 취소돼요?", "예약 후 3일이 지나면 자동으로 취소됩니다.", False),
        # One duration of the sentence is no threshold: it may be the answer.
        ("수리 맡기면 며칠 걸려요?", "수리는 5일 걸리며, 30일이 지나면 폐기합니다.", False),
    ],
)
def test_a_waiting_threshold_is_not_the_time_a_thing_takes(
    question: str, sentence: str, another: bool
) -> None:
    assert states_only_waiting_thresholds(question, sentence) is another
    assert answers_another_question(question, sentence) is another
