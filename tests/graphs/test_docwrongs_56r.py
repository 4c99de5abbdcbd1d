"""Follow-ups docwrongs56 closed, on inputs of our own (not the workload's).

- graphs.stated_condition_56r: "10분 늦으면?" under a cited answer states a condition, no
  sum, so a model's reply to it opens with the general-knowledge notice.
- graphs.same_for_asked_again_56r: "same for X?" after a where/when/how-much question about
  one place is that question asked again of X.

tests/bench/test_workload_probes55_docwrongs.py runs the conversations that found them.
"""

from __future__ import annotations

from typing import Any
from unittest import mock

import pytest
from langchain_core.messages import AIMessage, HumanMessage

from agents.documents import DocPlan
from graphs.cited_followups import asks_beyond_cited_answer
from graphs.same_for_asked_again_56r import asked_again_of_other, same_for_asked_again_56r
from graphs.stated_condition_56r import states_condition_not_sum

# --- stated_condition_56r ------------------------------------------------------------------


def _thread(follow_up: str) -> list[Any]:
    return [
        HumanMessage("수업 예약은 어떻게 해요?"),
        AIMessage("수업 예약은 앱에서 할 수 있습니다. [1]"),
        HumanMessage(follow_up),
    ]


@pytest.mark.parametrize(
    "text",
    ["20분 지각하면 어떻게 돼요?", "3일 넘게 쉬면요?", "what if i'm 15 minutes late?"],
)
def test_a_stated_condition_asks_past_the_cited_answer(text: str) -> None:
    assert states_condition_not_sum(text)
    assert asks_beyond_cited_answer(_thread(text), text)
    with mock.patch("graphs.cited_followups.states_condition_not_sum", return_value=False):
        # Rule off: its figure read as arithmetic on the cited answer, and no notice.
        assert not asks_beyond_cited_answer(_thread(text), text)


@pytest.mark.parametrize(
    "text",
    [
        "4명이면?",
        "그럼 두 사람이면요?",
        "2로 나누면?",
        "20분 늦으면 얼마 내요?",
        "what about 4 days?",
    ],
)
def test_a_substituted_figure_or_a_sum_is_still_arithmetic(text: str) -> None:
    assert not states_condition_not_sum(text)
    assert not asks_beyond_cited_answer(_thread(text), text)


# --- same_for_asked_again_56r --------------------------------------------------------------


@pytest.mark.parametrize(
    ("previous", "text", "again"),
    [
        ("where is the library?", "same for the gym?", "where is the gym?"),
        ("where's the cafe?", "and the same for the shop?", "where's the shop?"),
        ("how much is parking at the museum?", "same for the gallery?", None),
        ("what are the library hours?", "same for the gym?", None),  # 55r's screen reads it
        ("where is the library?", "same for saturday?", None),
    ],
)
def test_the_previous_question_is_asked_again_of_the_other_place(
    previous: str, text: str, again: str | None
) -> None:
    assert asked_again_of_other(previous, text) == again


def test_the_follow_up_gets_the_answer_of_the_question_asked_again() -> None:
    wrong = DocPlan(kind="extractive", answer="The gym is a fictional gym used as sample data.")
    right = DocPlan(kind="extractive", answer="The gym is on the 2nd floor. [1]")
    asked: list[str] = []

    def planned(_docs: Any, text: str, **_kw: Any) -> DocPlan:
        asked.append(text)
        return right

    with mock.patch("graphs.same_for_asked_again_56r.plan_document_step", planned):
        plan = same_for_asked_again_56r(
            object(), wrong, "same for the gym?", "where is the library?", "c"
        )
        assert plan.answer == right.answer and asked == ["where is the gym?"]
        with mock.patch("graphs.same_for_asked_again_56r.asked_again_of_other", return_value=None):
            # Rule off: the follow-up searched as written keeps its quote of another kind.
            off = same_for_asked_again_56r(
                object(), wrong, "same for the gym?", "where is the library?", "c"
            )
        assert off.answer == wrong.answer


def test_no_answer_to_the_question_asked_again_is_declined() -> None:
    wrong = DocPlan(kind="extractive", answer="The gym is a fictional gym used as sample data.")
    grounded = DocPlan(kind="grounded")
    with mock.patch("graphs.same_for_asked_again_56r.plan_document_step", return_value=grounded):
        plan = same_for_asked_again_56r(
            object(), wrong, "same for the gym?", "where is the library?", "c"
        )
    assert plan.kind == "not_covered" and "fictional" not in plan.answer
