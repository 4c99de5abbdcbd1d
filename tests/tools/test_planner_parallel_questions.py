"""Two questions of the same kind joined by "and" are two steps (our own examples)."""

from __future__ import annotations

import pytest

from tools.planner import split_steps


@pytest.mark.parametrize(
    ("text", "steps"),
    [
        (
            "how long is the eye exam and how long does the hearing test take",
            ["how long is the eye exam", "how long does the hearing test take"],
        ),
        (
            "where is the lab, and where do i pay",
            ["where is the lab", "where do i pay"],
        ),
    ],
)
def test_parallel_questions_are_split(text: str, steps: list[str]) -> None:
    assert split_steps(text) == steps


@pytest.mark.parametrize(
    "text",
    [
        "Who painted the Mona Lisa, and why is it famous? Explain.",  # one subject
        "how much are a sandwich and a juice",  # one question about two things
        "what is the difference between flu and cold",
    ],
)
def test_one_question_stays_one_step(text: str) -> None:
    assert split_steps(text) == [text]


@pytest.mark.parametrize(
    ("text", "steps"),
    [
        (
            "약국 평일에 몇시에 열어요? 일요일은요?",
            ["약국 평일에 몇시에 열어요?", "약국 일요일에 몇시에 열어요?"],
        ),
        (
            "월요일 진료 몇시부터예요? 그럼 금요일은요?",
            ["월요일 진료 몇시부터예요?", "금요일 진료 몇시부터예요?"],
        ),
    ],
)
def test_the_same_question_of_another_day_is_a_second_step(text: str, steps: list[str]) -> None:
    assert split_steps(text) == steps


@pytest.mark.parametrize("text", ["주차 돼요? 토요일은요?", "이거 얼마에요? 저건요?"])
def test_another_topic_than_a_day_is_not_swapped_in(text: str) -> None:
    assert split_steps(text) == [text]
