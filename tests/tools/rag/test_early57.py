"""How early to arrive is not answered by a notice period or a table of durations (early57).

Two wrong answers with blind set 47's documents beside the samples: "how many minutes
early …" quoted a check-up table's "10 minutes" (a test's length), and "how early do I
have to come in …" quoted a studio's "tell us at least 72 hours before" (the notice for
moving a booking). The examples here are our own (a bowling alley, a passport office, a
concert hall), not those questions. Each test also shows the wrong reading with its rule off.
"""

from __future__ import annotations

import re
from unittest import mock

import pytest

from tools.rag.answer import extractive_answer
from tools.rag.lead_time_asked import (
    asks_arrival_lead,
    asks_how_early,
    misses_arrival_act,
    states_no_lead_time,
)
from tools.rag.models import Passage
from tools.rag.qualifiers import answers_another_question
from tools.rag.textutil import tokenize

_NOTICE = "You can move your lane booking once for free if you tell us at least 48 hours before."
_ARRIVE = "Please arrive 15 minutes before your lane time."
_TABLE_ROW = "Shoe fitting 10 minutes"

# --- "how many minutes early" asks a lead time (lead_time_asked._ASKS_HOW_EARLY) ----------


@pytest.mark.parametrize(
    "question",
    [
        "how many minutes early should we be at the bowling alley",
        "How many hours early do I need to be at the passport office?",
        "콘서트 몇 분 일찍 가야 돼요?",
        "여권 사무소에 몇 시간 먼저 가면 돼요?",
    ],
)
def test_minutes_early_asks_how_early(question: str) -> None:
    assert asks_how_early(question)
    # A duration followed by no word of advance notice is no lead time.
    assert states_no_lead_time(question, _TABLE_ROW)
    assert not states_no_lead_time(question, _ARRIVE)


def test_minutes_without_early_is_no_lead_time_question() -> None:
    assert not asks_how_early("how many minutes does a game take")
    assert not asks_how_early("콘서트 몇 분 해요?")


# --- the asked act (arriving) must be the sentence's act (misses_arrival_act) -------------


@pytest.mark.parametrize(
    "question",
    [
        "how early do we need to turn up for a lane booking?",
        "how many minutes early should i be for my lane",
        "How early should we get there for the show?",
        "볼링장 예약하면 몇 분 전에 와야 돼요?",
        "여권 사무소에 얼마나 일찍 도착해야 해요?",
    ],
)
def test_how_early_to_arrive_is_not_a_notice_period(question: str) -> None:
    assert asks_arrival_lead(question)
    assert misses_arrival_act(question, _NOTICE)
    assert misses_arrival_act(question, "예약 변경은 2일 전까지 전화로 알려 주세요.")
    assert misses_arrival_act(question, "No alcohol for 24 hours before the session.")
    # A sentence naming the arriving answers, in either language.
    assert not misses_arrival_act(question, _ARRIVE)
    assert not misses_arrival_act(question, "예약 시간 15분 전까지 도착해 주세요.")
    assert not misses_arrival_act(question, "Please be here 20 minutes before the show.")


@pytest.mark.parametrize(
    "question",
    [
        "how far in advance do I have to tell you to move the booking?",
        "how early do I have to cancel if I can't come?",
        "예약 변경은 며칠 전까지 해야 돼요?",
        "how many hours before should I stop eating?",
    ],
)
def test_a_lead_time_for_another_act_is_left_alone(question: str) -> None:
    assert not asks_arrival_lead(question)
    assert not misses_arrival_act(question, _NOTICE)


def test_the_notice_period_does_not_answer_how_early_to_come() -> None:
    question = "how early do we have to come in for a booked lane?"
    assert answers_another_question(question, _NOTICE)
    assert not answers_another_question(question, _ARRIVE)
    with mock.patch("tools.rag.qualifiers.misses_arrival_act", return_value=False):
        assert not answers_another_question(question, _NOTICE)


def test_the_alley_quotes_the_arrival_not_the_notice() -> None:
    lanes = Passage(
        chunk_id="lanes",
        source="bowling.md",
        heading="Bowling > Lane bookings",
        text=f"{_NOTICE} Lost shoes are charged at £5.",
    )
    words = {"lanes": set(tokenize(lanes.text))}

    def answer() -> str:
        return extractive_answer(
            "how early do we have to come in for a booked lane?",
            [lanes],
            idf=lambda _: 1.0,
            frequency=lambda _: 3,
            document_mentions=lambda p, term: term in words[p.chunk_id],
            max_sentences=1,
        ).text

    assert not re.search("48 hours", answer())
    with mock.patch("tools.rag.qualifiers.misses_arrival_act", return_value=False):
        assert "48 hours" in answer()


@pytest.mark.parametrize(
    "question",
    [
        "연차 쓰려면 며칠 전에 올려야 돼요?",
        "며칠 전까지 올려야 돼요?",
        "신청서 몇 시간 전에 올리면 돼요?",
    ],
)
def test_a_request_submitted_ahead_asks_no_arrival(question: str) -> None:
    # 올려야 is 올리다 (to submit): a notice period, "3일 전까지 신청" (sets 20, 36, 42).
    assert not asks_arrival_lead(question)
