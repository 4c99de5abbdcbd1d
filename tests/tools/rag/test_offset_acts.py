"""A question asking how long before an event to do an act is answered by that act's rule."""

from __future__ import annotations

import pytest

from tools.rag.offset_acts import misses_offset_act
from tools.rag.qualifiers import answers_another_question

_ASKED = "세미나실 며칠 전까지 취소해야 돈 돌려받아요?"


def test_a_rule_for_another_act_does_not_answer() -> None:
    booking = "세미나실은 사용일 14일 전부터 홈페이지에서 예약할 수 있습니다."
    assert misses_offset_act(_ASKED, booking)
    # English is not read: "how many hours before … do I have to stop eating" is fasting.
    assert not misses_offset_act(
        "how many hours before the test do i have to stop eating",
        "Do not eat for 8 hours before the test.",
    )
    # Through the sentence checks the extractive answer runs.
    assert answers_another_question(_ASKED, booking)


def test_the_asked_acts_rule_in_either_language_is_left_alone() -> None:
    assert not misses_offset_act(_ASKED, "사용일 2일 전까지 취소하면 전액 돌려드립니다.")
    assert not misses_offset_act(_ASKED, "Cancel at least 2 days before and we refund in full.")


def test_an_act_the_word_bridge_cannot_name_is_not_asked_of_the_other_language() -> None:
    # No English word for 도착 in the bridge: the sentence cannot be asked to write it.
    assert not misses_offset_act(
        "진료 몇 분 전에 도착해야 해요?", "Please arrive 10 minutes early."
    )


def test_a_question_without_an_offset_act_is_left_alone() -> None:
    assert not misses_offset_act(
        "세미나실 얼마예요?", "세미나실은 사용일 14일 전부터 예약할 수 있습니다."
    )


@pytest.mark.parametrize(
    "question",
    # A verb's 야-form before "돼요" (must go, must hand in) names no act noun: the
    # workload's "예약하면 몇 분 전까지 가야 돼요?" was declined by the first reading.
    ["병원 가려면 몇 분 전까지 가야 돼요?", "서류는 며칠 전에 내야 돼요?"],
)
def test_a_verb_before_doeda_names_no_act(question: str) -> None:
    assert not misses_offset_act(question, "예약 시간 20분 전까지 도착해 주세요.")
