"""A later turn that only reports a changed figure is about the previous turn."""

from __future__ import annotations

import re

import pytest

import tools.followup_reported_change as reported
from tools.followup_reported_change import reports_a_change
from tools.followups import about_previous_result
from tools.handlers import match_deterministic

_NEVER = re.compile(r"(?!x)x")


@pytest.mark.parametrize(
    "turn",
    [
        "세 명 더 온대",
        "다섯 달 치 미리 내면?",
        "막내도 낀다던데 넷이 가면?",
        "30장 넘게 뽑으면 15% 빼준대",
        "four of them dropped out",
        "2 more people are coming",
        "one more guy wants in",
    ],
)
def test_a_reported_change_is_about_the_previous_result(turn: str) -> None:
    assert reports_a_change(turn)
    assert about_previous_result(turn)


@pytest.mark.parametrize(
    "turn",
    [
        "임신 중이면요?",  # no figure: a document thread keeps its own subject
        "5일 넘게 쉬면 뭐 내야 돼요?",  # asks a question of its own
        "토요일엔 몇 시까지 해요?",
        "what time do you open on the 3rd?",
        "주차는요?",
    ],
)
def test_a_turn_with_a_question_or_no_figure_is_not_one(turn: str) -> None:
    assert not reports_a_change(turn)


def test_a_share_taken_out_of_a_count_is_no_sum_of_its_own() -> None:
    # Read alone, "15% of 30 sheets" would be answered; the price is in the previous turn.
    assert match_deterministic("30장 넘게 뽑으면 15% 빼준대") is None
    assert match_deterministic("40,000원에서 15% 빼면 얼마야") is not None


@pytest.mark.parametrize(
    "turn", ["a third guest just said yes", "a fifth player joined", "a second car is coming"]
)
def test_one_more_said_by_its_place_in_the_count_is_a_reported_change(turn: str) -> None:
    # "a fourth dog just signed up" (set 28) was answered by a local model as a new question.
    assert reports_a_change(turn)


def test_an_ordinal_of_a_date_is_no_count_change() -> None:
    assert not reports_a_change("the third of May works better")


@pytest.mark.parametrize(
    "turn", ["we're bringing two more chairs", "adding 3 more plates", "one more plate"]
)
def test_more_of_something_said_as_what_we_do_is_about_the_previous_turn(
    monkeypatch: pytest.MonkeyPatch, turn: str
) -> None:
    # Set 28: "we're adding one more night" was answered by a local model ('488.2').
    assert reports_a_change(turn)
    assert about_previous_result(turn)
    monkeypatch.setattr(reported, "_ENGLISH_ADDING", _NEVER)
    assert not reports_a_change(turn)


@pytest.mark.parametrize(
    "turn", ["두 그릇은 취소할게요", "한 판만 빼주세요", "세 통 추가요", "한 켤레는 취소"]
)
def test_an_order_edited_by_a_count_of_any_counter_is_about_the_previous_turn(turn: str) -> None:
    # "한 벌은 취소할게요" (set 29) was answered with the clinic's appointment-cancelling line.
    assert reports_a_change(turn)
    assert about_previous_result(turn)


@pytest.mark.parametrize(
    "turn", ["my brother is joining too", "our cousin's coming as well", "the twins are coming too"]
)
def test_one_more_person_joining_is_a_reported_change(turn: str) -> None:
    # "the neighbour's kid is joining too" (set 29) got a local model's invention.
    assert reports_a_change(turn)


@pytest.mark.parametrize(
    "turn",
    ["is the doctor coming too?", "my husband is coming too, can he park?", "한 번 더 설명해줘"],
)
def test_a_question_of_its_own_is_not_someone_joining(turn: str) -> None:
    assert not reports_a_change(turn)
