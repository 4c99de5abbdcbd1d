""" "그 다음엔 얼마예요?" after a question for how long something is free: its price after that.

Our own examples (a museum's free locker hours, a gym's free trial), none from a
held-out set.
"""

from __future__ import annotations

from tools.followup_after_span import price_after_the_span
from tools.followup_carried_subject import with_carried_subject
from tools.planner import split_steps


def test_after_a_free_span_the_price_of_its_subject_is_searched() -> None:
    assert (
        price_after_the_span("그 다음엔 얼마예요?", "사물함 몇 시간 무료예요?")
        == "사물함 무료 시간이 지나면 얼마예요?"
    )
    assert (
        price_after_the_span(
            "그 후에는 요금이 어떻게 돼요?", "회원 등록하면 사물함 몇 분 공짜예요?"
        )
        == "회원 등록하면 사물함 무료 시간이 지나면 얼마예요?"
    )
    assert price_after_the_span("and after that, how much?", "how long is the locker free?") == (
        "how much is the locker after the free time?"
    )


def test_a_price_asked_per_unit_with_the_verb_of_paying_is_a_price_too() -> None:
    # "얼마씩 내요?" asks what is paid per unit of time after the free span.
    assert (
        price_after_the_span("그 뒤엔 얼마씩 내요?", "자전거 대여 몇 시간 무료예요?")
        == "자전거 대여 무료 시간이 지나면 얼마예요?"
    )
    assert (
        price_after_the_span("그 다음엔 얼마 내야 돼요?", "사물함 몇 분 공짜예요?")
        == "사물함 무료 시간이 지나면 얼마예요?"
    )
    # Paying something else than a price is no price asked: left alone.
    assert price_after_the_span("그 다음엔 서류 내요?", "사물함 몇 분 공짜예요?") is None


def test_the_carried_subject_rule_reads_it_too() -> None:
    assert (
        with_carried_subject("그 뒤엔 얼마죠?", "체험 수업 며칠 무료예요?")
        == "체험 수업 무료 시간이 지나면 얼마예요?"
    )


def test_other_follow_ups_and_other_questions_are_left_alone() -> None:
    # Not a price: what comes next after a fast is no price of the fast.
    assert price_after_the_span("그 다음엔 뭐 해요?", "수업 전에 몇 시간 굶어야 돼요?") is None
    # Not a free span: "after that" of a fasting time has no price.
    assert price_after_the_span("그 다음엔 얼마예요?", "수업 전에 몇 시간 굶어야 돼요?") is None
    # A figure of its own is arithmetic on the answer; more words name a subject of its own.
    assert price_after_the_span("그 다음 2시간은 얼마예요?", "사물함 몇 시간 무료예요?") is None
    assert price_after_the_span("그 다음엔 주차가 얼마예요?", "사물함 몇 시간 무료예요?") is None
    # No subject before "how long": nothing to carry.
    assert price_after_the_span("그 다음엔 얼마예요?", "몇 시간 무료예요?") is None


def test_a_turn_opening_with_after_that_stays_one_step() -> None:
    # Cut as a connector, "그 다음엔 얼마예요?" left the step "엔 얼마예요?".
    assert split_steps("그 다음엔 얼마예요?") == ["그 다음엔 얼마예요?"]
    assert split_steps("after that, how much?") == ["after that, how much?"]
    # Between two steps it still splits.
    assert split_steps("3에 4 곱하고, 그 다음엔 5 더해") == ["3에 4 곱하고", "5 더해"]
