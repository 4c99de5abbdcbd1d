"""Rules found on the nineteenth blind set (an express-bus guide, an event-hall agreement).

The examples are our own (a bowling alley, a recording studio, a ski school), not that
set's questions.
"""

from __future__ import annotations

import pytest

from tests.tools.rag.known_words_store import holding_exactly
from tools.rag import dense_confirmed
from tools.rag.added_cases import added_cases
from tools.rag.dense_confirmed import dense_confirmed_answer
from tools.rag.possible_acts import possible_act
from tools.rag.price_periods import asked_periods, misses_asked_period
from tools.rag.qualifiers import answers_another_question
from tools.rag.question import analyze_question

_SURCHARGE = (
    "밤 11시 이후에 시작하는 게임은 요금이 20% 더 붙습니다. 주말에는 대기가 길 수 있습니다."
)
_REFUNDS = "예약 시간 1시간 전까지 취소하면 전액 환불합니다. 그 뒤에는 환불되지 않습니다."


@pytest.mark.parametrize(
    ("question", "act"),
    [
        ("볼링장 예약 늦게 갔는데 환불 돼요?", "환불"),
        ("레인 변경 가능해요?", "변경"),
        ("단체 할인되나요", "할인"),
        ("how late is the alley open?", None),
    ],
)
def test_the_act_a_korean_question_asks_is_possible(question: str, act: str | None) -> None:
    assert possible_act(question) == act


def test_a_passage_never_naming_the_act_asked_about_does_not_answer_it() -> None:
    question = "볼링장 예약했는데 늦게 시작했어요 환불 돼요?"
    sentence = "밤 11시 이후에 시작하는 게임은 요금이 20% 더 붙습니다."
    # The surcharge passage shares 시작 and says nothing of refunds.
    assert answers_another_question(question, sentence, sentence, _SURCHARGE)
    refund = "예약 시간 1시간 전까지 취소하면 전액 환불합니다."
    assert not answers_another_question(question, refund, refund, _REFUNDS)
    # Across languages the word lists name the act ("refund").
    english = "Bookings cancelled an hour ahead are refunded in full."
    assert not answers_another_question(question, english, english, english)


def test_a_price_asked_per_hour_is_answered_only_by_an_hourly_sum() -> None:
    question = "how much is the studio on a sunday per hour?"
    assert asked_periods(question) == {"hour"}
    assert asked_periods("스튜디오 시간당 얼마예요?") == {"hour"}
    # "for one hour" is left alone: "one hour of free parking" answers it.
    assert asked_periods("how much is parking for one hour?") == set()
    full_day = (
        "The full-day booking (up to 8 hours) is 90,000 won on weekdays and 120,000 won on Sundays."
    )
    assert misses_asked_period(question, full_day)
    assert not misses_asked_period(question, "Studio B costs 15,000 won per hour on Sundays.")


def test_the_case_a_question_asks_to_add_is_read_from_its_also_particle() -> None:
    assert added_cases("직장인도 조조 할인 되나요?") == {"직장인"}
    assert added_cases("유학생도 경로 우대 돼요?") == {"유학"}
    assert added_cases("조조 할인 되나요?") == frozenset()
    # A word pointing back at the time the question states adds no case.
    assert added_cases("밤 10시쯤 끝나는데 그때도 주차할 수 있어요?") == frozenset()
    assert added_cases("직장인도 몇 시까지 할인돼요?") == frozenset()  # not a yes/no question


def test_an_unknown_case_a_question_asks_to_add_is_never_waved_through(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The ski school's youth rate names 청소년 by age and never office workers.
    monkeypatch.setattr(dense_confirmed, "held_in_another_form", lambda *args: [])
    question = "직장인도 청소년 강습 할인 되나요?"
    store = holding_exactly({"청소년", "강습", "할인", "되"})
    assert dense_confirmed_answer(store, question, "c", analyze_question(question)) is None  # type: ignore[arg-type]
    # With the rule off, the unknown case no longer stops it: it searches for a sentence.
    monkeypatch.setattr(dense_confirmed, "added_cases", lambda question: frozenset())
    with pytest.raises(AssertionError, match="searched"):
        dense_confirmed_answer(store, question, "c", analyze_question(question))  # type: ignore[arg-type]
