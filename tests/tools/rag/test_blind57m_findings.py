"""Set 57's document wrong answers (blind57m).

- "what happens if i hand in my expense claim after the 30 days" was answered with the
  policy's "Submit every claim within 30 days …": the time limit, not what follows when it
  is passed, which the policy never says (tools.rag.missed_deadline_65m, a subject screen).
- "at 19.75 an hour what do i get" (a follow-up of an unread time sheet) drew the local
  model's "The document contains the answer to the question: at 19.75 an hour what do i
  get." with a citation: the question said back behind a lead-in of framing words
  (agents.echo_guard).

Inputs are our own, with near misses; each rule is switched off.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import agents.echo_guard as echo_guard
import tools.rag.missed_deadline_65m as missed
from agents.echo_guard import echoes_question
from tests.tools.rag.conftest import extractive_answer, samples_copy_fixture
from tools.rag import DocumentStore
from tools.rag.missed_deadline_65m import states_only_the_limit

_WORKLOAD_DOCS = Path(__file__).resolve().parents[3] / "bench" / "workload" / "docs"

store = samples_copy_fixture(
    "blind57m", (_WORKLOAD_DOCS / "expense_policy_en.md", _WORKLOAD_DOCS / "leave_policy.md")
)

# --- a limit stated, what follows passing it asked ----------------------------------------------

_LIMIT_ONLY = [
    ("what happens if i send the form after the deadline", "Send the form within 14 days."),
    ("what if i pay the invoice late", "Pay every invoice no later than the 5th of the month."),
    ("what happens when i miss the 3 day notice", "Apply at least 3 days before the leave."),
    ("if i miss the cut-off can i still book", "Bookings close before 6 p.m. on Friday."),
    ("서류를 기한 지나서 내면 어떻게 돼요", "서류는 퇴원 후 7일 이내에 제출하세요."),
    ("신청 기간 넘기면 어떻게 되나요", "신청은 매월 10일까지 받습니다."),
]


@pytest.mark.parametrize(("question", "sentence"), _LIMIT_ONLY)
def test_a_limit_is_no_answer_to_what_follows_passing_it(
    question: str, sentence: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert states_only_the_limit(question, sentence)
    monkeypatch.setattr(missed, "USE_MISSED_LIMIT_SCREEN", False)
    assert not states_only_the_limit(question, sentence)


@pytest.mark.parametrize(
    ("question", "sentence"),
    [
        # the sentence says what follows: it answers
        ("what happens if i send the form after the deadline", "Forms sent late are rejected."),
        ("what if i pay the invoice late", "Invoices paid after the 5th are charged a 2% fee."),
        ("서류를 기한 지나서 내면 어떻게 돼요", "기한이 지나면 접수할 수 없습니다."),
        # no limit passed asked: the limit answers
        ("how long do i have to send the form", "Send the form within 14 days."),
        ("언제까지 신청해야 돼요", "신청은 매월 10일까지 받습니다."),
    ],
)
def test_near_misses_stay_answers(question: str, sentence: str) -> None:
    assert not states_only_the_limit(question, sentence)


def test_the_late_claim_is_declined(store: DocumentStore) -> None:
    asked = "what happens if my travel claim goes in after the thirty days"
    assert "within 30 days" not in extractive_answer(store, asked)


def test_the_claim_deadline_is_still_answered(store: DocumentStore) -> None:
    asked = "how many days after the trip can i submit my expense claim"
    assert "30 days" in extractive_answer(store, asked)


# --- the question said back behind framing words -------------------------------------------------

_FRAMED = [
    ("The document contains the answer to the question: is parking free on sundays",
     "is parking free on sundays"),
    ("The answer to this question is in the document: how much is a night in busan",
     "how much is a night in busan"),
    ("Here is the answer: what time does the pharmacy open on saturday.",
     "what time does the pharmacy open on saturday"),
    ("The passage has the answer for the following question: 3 nights at 80,000 how much",
     "3 nights at 80,000 how much"),
    ("문서에 질문에 대한 답이 있습니다: 주차 몇시간 무료야", "주차 몇시간 무료야"),
]  # fmt: skip


@pytest.mark.parametrize(("reply", "question"), _FRAMED)
def test_a_framed_echo_is_no_answer(
    reply: str, question: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert echoes_question(reply, question)
    monkeypatch.setattr(echo_guard, "USE_FRAMED_ECHO", False)
    assert not echoes_question(reply, question)


@pytest.mark.parametrize(
    ("reply", "question"),
    [
        ("The answer: 240,000 won for two nights.", "and 2 nights of hotel in seoul"),
        ("Note: parking is free for one hour.", "is parking free on sundays"),
        ("Saturday: 09:00-13:00", "what time does the pharmacy open on saturday"),
    ],
)
def test_a_lead_in_before_an_answer_is_kept(reply: str, question: str) -> None:
    assert not echoes_question(reply, question)


def test_a_fee_after_the_free_hour_is_still_answered(store: DocumentStore) -> None:
    # "넘으면 … 어떻게 돼요" asks what follows the hour; the sentence says it ("지나면 …").
    assert "500원" in extractive_answer(store, "주차 1시간 넘으면 요금 어떻게 돼요?")
