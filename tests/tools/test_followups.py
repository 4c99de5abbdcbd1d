"""Follow-up turns re-run the previous turn's deterministic steps with the change."""

from __future__ import annotations

import pytest

from tools.followups import about_previous_result, resolve_follow_up, resolve_in_conversation
from tools.handlers import match_deterministic
from tools.references import is_ellipsis, is_follow_up

FIRST = "환율 1350원일 때 250달러는 원화로 얼마고, 그걸 3명이 나누면?"


@pytest.mark.parametrize(
    ("follow_up", "answer"),
    [
        ("그럼 4명이면?", "84,375원"),
        ("What about 4 people?", "84,375원"),
        ("그 금액의 10%는?", "11,250원"),
        ("이것을 3으로 나누면?", "37,500원"),
        ("반올림하면?", "112,500원"),
        ("and in dollars?", "$83.33"),
        ("달러로는?", "$83.33"),
    ],
)
def test_follow_ups_of_the_exchange_question(follow_up: str, answer: str) -> None:
    resolved = resolve_in_conversation([FIRST], follow_up)
    assert resolved is not None
    assert resolved.result.answer == answer


def test_a_follow_up_of_a_follow_up_builds_on_the_changed_steps() -> None:
    resolved = resolve_in_conversation([FIRST, "그럼 4명이면?"], "그럼 5명이면?")
    assert resolved is not None and resolved.result.answer == "67,500원"
    assert "4명 → 5명" in resolved.how


def test_the_english_reference_and_a_unit_change() -> None:
    divided = resolve_in_conversation(["what is 12*7"], "divide it by 3")
    assert divided is not None and divided.result.answer == "28"
    back = resolve_in_conversation(["100 km를 마일로"], "in km?")
    assert back is not None and back.result.unit == "km"


@pytest.mark.parametrize(
    "text",
    ["혈액 검사 결과는 며칠 걸려요?", "주차는 몇 시간 무료인가요?", "Write a haiku about rain."],
)
def test_a_question_that_stands_alone_is_not_a_follow_up(text: str) -> None:
    assert not is_follow_up(text)
    assert resolve_in_conversation([FIRST], text) is None


def test_a_follow_up_of_a_model_answer_is_left_to_the_model() -> None:
    # Flagged as a follow-up, but no code can answer it: resolution gives up.
    assert is_ellipsis("그럼 4명이면?")
    assert resolve_in_conversation(["Write a poem about four friends"], "그럼 4명이면?") is None
    assert resolve_follow_up("그럼 4명이면?", []) is None


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("84375.5원을 반올림하면?", "84,376원"),
        ("83.2를 올림", "84"),
        ("round 83.5", "84"),
        ("round down 83.9", "83"),
    ],
)
def test_rounding(text: str, answer: str) -> None:
    result = match_deterministic(text)
    assert result is not None and result.answer == answer


@pytest.mark.parametrize(
    ("text", "about_result"),
    [
        ("그럼 4명이면?", True),
        ("and in dollars?", True),
        ("반올림하면?", True),
        ("그 금액의 10%는?", True),
        ("and at 3:30?", True),
        # A follow-up that names its own subject may still be answered from documents.
        ("그럼 주차는?", False),
        ("What about weekends?", False),
        ("and on Sundays?", False),
    ],
)
def test_which_follow_ups_are_about_the_previous_result(text: str, about_result: bool) -> None:
    assert about_previous_result(text) is about_result
