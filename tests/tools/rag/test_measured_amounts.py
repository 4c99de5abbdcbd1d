"""몇 + a unit of measure asks for an amount, and once per period states the dose too.

Our own examples (a vitamin and a syrup), not any bench set's passages.
"""

from __future__ import annotations

import pytest

from tools.rag.answer_types import answer_type, has_answer_type
from tools.rag.sentence_checks import rate_conflict


@pytest.mark.parametrize(
    "question",
    [
        "비타민D는 한 번에 몇 mg 먹어요?",
        "시럽은 몇 ml 먹이면 돼요?",
        "이 가방은 몇 킬로그램까지 들어가요?",
        "how many mg of the vitamin should I take?",
        "how many kilometres is the trail?",
    ],
)
def test_how_many_of_a_unit_asks_an_amount(question: str) -> None:
    assert answer_type(question) == "amount"


@pytest.mark.parametrize(
    "question",
    ["직원은 몇 명이에요?", "하루에 몇 개 먹어요?", "how many people can come?"],
)
def test_how_many_of_a_counter_still_counts(question: str) -> None:
    assert answer_type(question) == "count"


@pytest.mark.parametrize(
    "sentence",
    [
        "비타민D는 하루 한 번 25mg을 드세요.",
        "어른은 1일 1회 5ml를 먹습니다.",
        "Adults take 25 mg once a day.",
    ],
)
def test_once_a_day_states_the_dose(sentence: str) -> None:
    assert not rate_conflict("비타민D는 한 번에 몇 mg 먹어요?", sentence)
    assert not rate_conflict("how much is one dose, per dose?", sentence)


def test_twice_a_day_still_states_only_the_day() -> None:
    # 하루 두 번: the day's figure is not one dose's.
    assert rate_conflict(
        "비타민D는 한 번에 몇 mg 먹어요?", "비타민D는 하루 두 번 나눠 50mg을 드세요."
    )
    assert rate_conflict("비타민D는 한 번에 몇 mg 먹어요?", "하루 최대 50mg을 넘기지 마세요.")


def test_only_a_figure_of_the_asked_dimension_answers() -> None:
    question = "산책로 다리는 몇 미터예요?"
    assert not has_answer_type("주차는 1시간에 2,000원입니다.", "amount", question=question)
    assert not has_answer_type("비타민D는 하루 25mg을 드세요.", "amount", question=question)
    assert has_answer_type("다리의 길이는 120m입니다.", "amount", question=question)
    assert has_answer_type("다리는 약 1.5 킬로미터입니다.", "amount", question=question)
    dose = "비타민D는 한 번에 몇 mg 먹어요?"
    assert not has_answer_type("한 번에 2알을 드세요.", "amount", question=dose)
    assert has_answer_type("하루 한 번 25mg을 드세요.", "amount", question=dose)
