"""Rules found on the twenty-first blind set (a study cafe's terms, a boat-tour page).

The examples are our own (a pottery class, a kayak rental), not that set's questions.
"""

from __future__ import annotations

import pytest

from tools.rag.act_objects import english_object, english_rules_on
from tools.rag.answer import extractive_answer
from tools.rag.answer_types import has_answer_type
from tools.rag.models import Passage
from tools.rag.provider_conditions import states_providers_case


@pytest.mark.parametrize(
    "sentence",
    [
        "수업 시작 6시간 전까지 취소하면 전액 환불됩니다.",
        "반납 30분 후에는 추가 요금이 붙습니다.",
        "Cancel at least 12 hours before the class to get your money back.",
        "Book 2 days in advance.",
    ],
)
def test_a_time_counted_from_an_event_says_when(sentence: str) -> None:
    assert has_answer_type(sentence, "datetime", question="언제까지 취소해요?")


def test_a_bare_duration_still_says_no_when() -> None:
    assert not has_answer_type("수업은 2시간 동안 진행됩니다.", "datetime", question="언제요?")
    assert not has_answer_type("The tour lasts 3 hours.", "datetime", question="when?")


def test_by_when_to_cancel_is_answered_by_the_deadline_not_the_booking_window() -> None:
    rules = Passage(
        chunk_id="p1",
        source="pottery.md",
        heading="도자기 원데이 클래스 예약",
        text=(
            "도자기 원데이 클래스는 앱에서 14일 전부터 예약할 수 있습니다. "
            "클래스 시작 6시간 전까지 취소하면 전액 환불되고, 그 이후에는 환불되지 않습니다."
        ),
    )
    answer = extractive_answer("도자기 클래스 예약 취소 환불 언제까지 돼요", [rules])
    assert answer.covered, answer.text
    best = max(answer.sentences, key=lambda s: s.score)
    assert best.text.startswith("클래스 시작 6시간 전까지"), answer.text


def test_your_own_is_no_object_of_the_act() -> None:
    # "bring your own sandwiches" rules on sandwiches, not on the wine asked about.
    question = "can we bring our own wine to the picnic lawn?"
    assert not english_rules_on(
        "You may bring your own sandwiches to the picnic lawn.",
        frozenset({"bring"}),
        english_object(question, frozenset({"bring"})),
        question,
    )
    assert english_rules_on(
        "You may bring your own wine to the picnic lawn.",
        frozenset({"bring"}),
        english_object(question, frozenset({"bring"})),
        question,
    )


def test_a_permission_for_other_own_things_does_not_answer() -> None:
    lawn = Passage(
        chunk_id="g1",
        source="garden.md",
        heading="Picnic lawn",
        text="You may bring your own sandwiches and juice to the picnic lawn.",
    )
    answer = extractive_answer("can we bring our own wine to the picnic lawn?", [lawn])
    assert not answer.covered, answer.text


def test_what_follows_the_writers_own_act_is_another_case() -> None:
    groups = [frozenset({"move", "이동"}), frozenset({"lesson", "수업"}), frozenset({"day"})]
    sentence = "If we call off a lesson because of snow, you may move it to another day."
    assert states_providers_case("can i move my lesson to another day?", sentence, groups)
    # The question sets that case itself: the rule answers it.
    assert not states_providers_case(
        "what if you call off the lesson, can i move it?", sentence, groups
    )
    # The reader's own condition is left alone.
    assert not states_providers_case(
        "can i move my lesson to another day?",
        "If you move a lesson, tell us a day before.",
        groups,
    )


def test_a_date_change_the_operator_grants_after_its_own_cancellation_does_not_answer() -> None:
    lessons = Passage(
        chunk_id="s1",
        source="surf.md",
        heading="Surf lessons",
        text=(
            "Surf lessons start at 10:00 on the beach. "
            "If we call off a lesson because of a storm, you may move it to another day."
        ),
    )
    answer = extractive_answer("can i move my surf lesson to another day?", [lessons])
    assert not answer.covered, answer.text


def test_a_time_counted_from_an_event_answers_a_deadline_not_opening_hours() -> None:
    # "10분 전까지" says by when to arrive; it is no evidence for "what are the hours?".
    from tools.rag.answer_types import has_answer_type

    arrive = "예약하신 분은 예약 시간 15분 전까지 오셔서 접수해 주세요."
    assert not has_answer_type(arrive, "datetime", question="what are the gym's hours")
    assert has_answer_type(arrive, "datetime", question="예약 몇 분 전까지 가야 돼요?")


def test_the_writers_routine_step_is_no_case_of_its_own() -> None:
    # Receiving the reader's notice or return is a step of the reader's own refund, not the
    # writer's disruption: the sentence answers a plain refund question.
    groups = [frozenset({"refund", "환불"})]
    assert not states_providers_case(
        "can i get my deposit back?",
        "If we receive your notice 3 days before the class, you get your deposit back.",
        [frozenset({"deposit"}), frozenset({"back"})],
    )
    assert not states_providers_case(
        "how do i get a refund for a returned lamp?",
        "When we receive the returned lamp, we refund your card within 5 days.",
        groups,
    )
    # The writer's closing still sets a case of its own.
    assert states_providers_case(
        "can i get a refund?", "If we close the pool for repairs, you get a refund.", groups
    )


def test_a_refund_on_the_writers_receipt_answers_a_plain_refund_question() -> None:
    rentals = Passage(
        chunk_id="k1",
        source="kayak.md",
        heading="Kayak rental refunds",
        text=(
            "If we receive your cancellation 24 hours before the rental, you get a full "
            "refund. Later cancellations are not refunded."
        ),
    )
    answer = extractive_answer("can i get a refund for my kayak rental?", [rentals])
    assert answer.covered, answer.text
    assert "24 hours before" in answer.text, answer.text
