"""Condolences in reply to a request that names no loss (agents.misplaced_condolences)."""

from __future__ import annotations

import pytest

from agents.misplaced_condolences import misplaced_condolence
from agents.output_guard import check_output

MISPLACED = [
    ("my 9yo needs a checkup can u see her", "I'm sorry for your loss, but as a text-based AI…"),
    ("text my wife that I'm stuck in traffic", "I'm so sorry to hear about your loss."),
    ("what time does the pool open on sunday", "My deepest condolences. The pool opens at 9."),
    ("주말에도 진료하나요?", "삼가 고인의 명복을 빕니다. 토요일은 오전만 진료합니다."),
]

FITTING = [
    ("my dad passed away last week, what do I need to do first?", "I'm so sorry for your loss."),
    ("we had to put our dog down yesterday", "I'm sorry for your loss; that is hard."),
    (
        "할머니 장례식 조의금 얼마 내야 해?",
        "삼가 고인의 명복을 빕니다. 보통 5만원에서 10만원입니다.",
    ),
    ("what time does the pool open on sunday", "The pool opens at 9 on Sundays."),
]


@pytest.mark.parametrize(("question", "reply"), MISPLACED)
def test_condolences_for_a_loss_never_named_are_no_answer(question: str, reply: str) -> None:
    assert misplaced_condolence(reply, question) is not None
    failure = check_output(reply, question=question)
    assert failure is not None and failure.kind == "misplaced_condolence"


@pytest.mark.parametrize(("question", "reply"), FITTING)
def test_condolences_after_a_loss_and_plain_answers_pass(question: str, reply: str) -> None:
    assert misplaced_condolence(reply, question) is None
