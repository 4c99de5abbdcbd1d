"""One reference-word list: every form the planner flags, the handlers substitute."""

from __future__ import annotations

import pytest

from tools.handlers import HandlerResult, match_deterministic
from tools.planner import has_reference as planner_has_reference
from tools.planner import split_steps
from tools.references import has_reference, substitute_reference

# Each form a user writes to mean "the previous result", in a step dividing it by 3
# (or multiplying it) so the previous 84 gives a known answer.
FORMS = [
    ("그걸 3으로 나누면?", "28"),
    ("그것을 3으로 나누면?", "28"),
    ("그거를 3으로 나누면?", "28"),
    ("그거 3으로 나누면?", "28"),
    ("그것에 3을 곱하면?", "252"),
    ("이것을 3으로 나누면?", "28"),
    ("이거 3으로 나누면?", "28"),
    ("이걸 3으로 나누면?", "28"),
    ("그 돈을 3으로 나누면?", "28"),
    ("그 돈을 3명이 나누면?", "28"),
    ("그 금액을 3으로 나누면?", "28"),
    ("그 금액의 10%는?", "8.4"),
    ("이 금액의 10%는?", "8.4"),
    ("그 값에서 4를 빼면", "80"),
    ("그 결과에 2를 곱하면?", "168"),
    ("결과를 3으로 나누면?", "28"),
    ("방금 결과를 3으로 나누면?", "28"),
    ("divide it by 3", "28"),
    ("divide that by 3", "28"),
    ("divide the result by 3", "28"),
    ("multiply the answer by 2", "168"),
    ("that number times 2", "168"),
]


@pytest.fixture(scope="module")
def previous() -> HandlerResult:
    result = match_deterministic("what is 12*7")
    assert result is not None and result.answer == "84"
    return result


@pytest.mark.parametrize(("text", "answer"), FORMS)
def test_every_form_is_flagged_and_substituted(
    text: str, answer: str, previous: HandlerResult
) -> None:
    assert has_reference(text) and planner_has_reference(text)
    result = match_deterministic(text, previous=previous)
    assert result is not None, text
    assert result.handler == "calculator" and result.answer == answer


@pytest.mark.parametrize(("text", "_answer"), FORMS)
def test_no_form_is_answered_without_a_previous_result(text: str, _answer: str) -> None:
    assert match_deterministic(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "그림을 그려줘",  # starts with 그
        "차이 값은?",  # holds "이 값" inside a word
        "이것저것 알려줘",  # 이것 inside a longer word
        "이번 주 결과를 분석해줘",  # 결과 not at the start, no determiner
        "3 나누기 2",
        "Italy is nice",  # "it" inside a word
    ],
)
def test_words_that_only_look_like_references(text: str) -> None:
    assert not has_reference(text)


@pytest.mark.parametrize(
    ("text", "value", "expected"),
    [
        ("그 돈을 3으로 나누면?", "337500원", "337500원을 3으로 나누면?"),
        ("그걸 3명이 나누면?", "337500원", "337500원를 3명이 나누면?"),
        ("그게 얼마야", "84", "84가 얼마야"),
        ("그것에 2를 곱하면", "84", "84에 2를 곱하면"),
        ("divide it by 2", "84", "divide 84 by 2"),
        ("나누기 2", "84", "나누기 2"),
    ],
)
def test_the_particle_stays_with_the_value(text: str, value: str, expected: str) -> None:
    assert substitute_reference(text, value) == expected


@pytest.mark.parametrize(
    "text",
    [
        "환율 1350원일 때 250달러는 원화로 얼마고 그 돈을 3명이 나누면?",
        "환율 1350원일 때 250달러는 원화로 얼마고 이것을 3명이 나누면?",
        "환율 1350원일 때 250달러는 원화로 얼마고 그 금액을 3명이 나누면?",
    ],
)
def test_the_planner_splits_before_every_korean_form(text: str) -> None:
    first, second = split_steps(text)
    head = match_deterministic(first)
    assert head is not None and head.answer == "337,500원"
    tail = match_deterministic(second, previous=head)
    assert tail is not None and tail.answer == "112,500원"
