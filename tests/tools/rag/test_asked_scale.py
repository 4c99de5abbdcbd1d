"""A question word's own parts and its scale of time: "며칠 안에", "몇 분까지".

Examples of our own (a tool library, a ferry, a swimming pool), not the held-out sets'.
"""

from __future__ import annotations

import pytest

from tools.rag.answer import extractive_answer
from tools.rag.answer_types import has_answer_type
from tools.rag.count_clauses import count_in_another_clause
from tools.rag.crosslingual import concept_groups
from tools.rag.models import Passage
from tools.rag.question import analyze_question
from tools.rag.time_units import states_asked_scale


@pytest.mark.parametrize(
    "question",
    ["공구는 며칠 안에 돌려줘야 해요?", "몇 시간 안에 도착해요?", "환불은 며칠 이내에 돼요?"],
)
def test_within_after_a_question_word_is_no_topic(question: str) -> None:
    terms = analyze_question(question).terms
    assert not {"안", "이내", "내"} & set(terms)


def test_within_elsewhere_stays_a_term() -> None:
    assert "안" in analyze_question("건물 안에 주차할 수 있어요?").terms


def test_the_loan_period_answers_not_the_sentence_that_shares_within() -> None:
    tools = Passage(
        chunk_id="t1",
        source="tool_library.md",
        heading="공구 대여",
        text=(
            "예약한 공구는 연락을 받은 날부터 2일 안에 가져가지 않으면 취소됩니다. "
            "공구는 5일 동안 빌릴 수 있습니다."
        ),
    )
    answer = extractive_answer("빌린 공구는 며칠 안에 갖다줘야 돼요?", [tools], max_sentences=1)
    assert answer.covered
    assert answer.sentences[0].text == "공구는 5일 동안 빌릴 수 있습니다."


@pytest.mark.parametrize(
    ("sentence", "counter", "held"),
    [
        ("Season tickets can be refunded within 10 days.", "분", False),
        ("Each swim session lasts up to 50 minutes.", "분", True),
        ("한 번에 1시간까지 이용할 수 있습니다.", "분", True),
        ("수영장은 3일 전까지 예약합니다.", "시간", False),
        ("The ferry pass is valid for 2 weeks.", "일", True),
        ("배는 30분마다 출발합니다.", "일", False),
        ("아무 숫자 7개", "층", True),  # no unit of time asked: nothing to check
    ],
)
def test_a_duration_is_on_the_scale_its_counter_asks(
    sentence: str, counter: str, held: bool
) -> None:
    assert states_asked_scale(sentence, counter) is held
    assert has_answer_type(sentence, "duration", counter) is (held and counter != "층")


def test_a_count_in_a_clause_naming_nothing_asked_counts_something_else() -> None:
    groups = concept_groups(["자전거", "빌리"])
    reserved = "1인 2대까지 예약할 수 있고 요금은 없으며, 자전거는 다음 날 받을 수 있습니다."
    assert count_in_another_clause(reserved, "대", groups, "예약")
    # The clause that counts names the act asked; "3대까지만" is no clause ending.
    assert not count_in_another_clause(
        "방문객도 가입할 수 있으며, 방문객은 한 번에 3대까지만 빌릴 수 있습니다.", "대", groups
    )
    assert not count_in_another_clause("회원은 1인 4대까지 빌릴 수 있습니다.", "대", groups)


def test_the_count_of_the_act_asked_answers() -> None:
    fleet = [
        Passage(
            chunk_id="b1",
            source="bikes.md",
            heading="예약",
            text="1인 2대까지 예약할 수 있고 요금은 없으며, 자전거는 다음 날 받을 수 있습니다.",
        ),
        Passage(
            chunk_id="b2",
            source="bikes.md",
            heading="대여",
            text="회원은 1인 4대까지 빌릴 수 있습니다.",
        ),
    ]
    answer = extractive_answer("자전거 한 번에 몇 대까지 빌릴 수 있어요?", fleet, max_sentences=1)
    assert answer.covered
    assert answer.sentences[0].text == "회원은 1인 4대까지 빌릴 수 있습니다."
