"""A condition the question fixes (an age, the night, a channel) must be stated by the answer."""

from __future__ import annotations

from tools.rag.asked_conditions import misses_asked_condition
from tools.rag.qualifiers import answers_another_question

_REFUNDS = "Unused ferry tickets are refunded in full up to 2 hours before sailing."
_PRICES = "A return ferry ticket costs 24,000 won on weekdays and 28,000 won at weekends."


def test_an_age_bound_is_not_answered_by_a_sentence_without_an_age() -> None:
    assert misses_asked_condition("does my son under 4 need a ferry ticket", _REFUNDS)
    assert misses_asked_condition("do 10 year olds pay for the ferry", _PRICES)
    refunds = "배표는 출항 2시간 전까지 환불됩니다."
    assert misses_asked_condition("6살 아이도 배 타려면 표 사야 돼요?", refunds)
    # Through the sentence checks the extractive answer runs.
    assert answers_another_question("does my son under 4 need a ferry ticket", _REFUNDS)


def test_a_sentence_stating_an_age_or_a_life_stage_is_left_to_the_other_checks() -> None:
    asked = "does my son under 4 need a ferry ticket"
    assert not misses_asked_condition(asked, "Children under 3 sail free on a parent's lap.")
    assert not misses_asked_condition(asked, "| Child (4-11) | 12,000 won |")
    assert not misses_asked_condition(asked, "Passengers must be 16 or older to travel alone.")
    assert not misses_asked_condition("6살 아이도 표 사야 돼요?", "만 6세 미만은 무료입니다.")
    assert not misses_asked_condition("6살 아이도 표 사야 돼요?", "어린이 요금은 5,000원입니다.")


def test_a_bound_on_another_unit_is_no_age() -> None:
    # "under 4 hours", "over 10 bags": a duration and a count, not how old someone is.
    assert not misses_asked_condition("can i park under 4 hours for free", _PRICES)
    assert not misses_asked_condition("is there a fee for over 10 bags", _PRICES)


def test_the_night_or_after_hours_needs_a_time_of_day() -> None:
    assert misses_asked_condition("is the ferry car park locked at night", _PRICES)
    assert misses_asked_condition(
        "can i pick up my parcel after hours",
        "A friend may pick up your parcel with your signed note and their ID.",
    )
    night = "밤에도 주차장 이용할 수 있어요?"
    assert misses_asked_condition(night, "주차 요금은 30분에 1,000원입니다.")
    assert not misses_asked_condition(
        "can i pick up my parcel after hours",
        "Outside opening hours, an after-hours pickup costs 5,000 won.",
    )
    assert not misses_asked_condition(
        "is the ferry car park locked at night", "The car park is open 24 hours a day."
    )
    assert not misses_asked_condition(night, "주차장은 22:00에 닫습니다.")


def test_a_time_of_day_the_asker_tells_is_no_asked_condition() -> None:
    # Morning and evening words say when the asker's own event is; the answer states none.
    assert not misses_asked_condition(
        "내일 아침에 피검사 하는데 몇 시간 굶어요?", "검사 전 8시간 동안 물 외에는 드시지 마세요."
    )


def test_a_channel_needs_a_channel_in_the_sentence() -> None:
    assert misses_asked_condition("are ferry tickets cheaper online", _PRICES)
    assert misses_asked_condition("인터넷으로 사면 더 싸요?", "왕복 배표는 24,000원입니다.")
    assert not misses_asked_condition(
        "are ferry tickets cheaper online", "Tickets bought on our website are 5% cheaper."
    )
    # Any channel answers: "only at the counter" says no to online.
    assert not misses_asked_condition(
        "are ferry tickets cheaper online", "Tickets are sold only at the harbour counter."
    )


def test_an_overnight_trip_is_a_kind_of_trip_not_the_night() -> None:
    assert not misses_asked_condition(
        "can i claim taxis on an overnight trip", "Taxis are paid back with a receipt."
    )


def test_a_question_without_a_condition_is_left_alone() -> None:
    assert not misses_asked_condition("how much is a return ferry ticket", _PRICES)
