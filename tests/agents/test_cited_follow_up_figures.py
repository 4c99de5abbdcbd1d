"""A local reply to a follow-up of a cited document answer may state only the thread's figures."""

from __future__ import annotations

import pytest

from agents.cited_follow_up_figures import figure_outside_cited_answer

PREVIOUS_Q = "what does the gym charge for a day pass"
PREVIOUS_A = "A day pass costs 15,000 won on weekdays and 20,000 won at weekends. [1]"


@pytest.mark.parametrize(
    ("reply", "figure"),
    [
        ("On Sundays a day pass is 17,500 won.", "17,500"),
        ("For students, the day pass is 12,000 won per visit.", "12,000"),
    ],
)
def test_a_figure_the_thread_never_gave_is_named(reply: str, figure: str) -> None:
    why = figure_outside_cited_answer(reply, "and on sundays?", PREVIOUS_Q, PREVIOUS_A)
    assert why is not None and why.startswith(figure)


@pytest.mark.parametrize(
    ("reply", "question"),
    [
        ("At weekends it is 20,000 won.", "and on sundays?"),  # the cited answer's own figure
        ("A pass for 3 people is 15,000 won each.", "and for 3 of us?"),  # a small count
        ("For 30 days, ask at the desk.", "and for 30 days?"),  # the turn's own figure
        ("I am not sure; the policy does not say.", "and on sundays?"),  # no figure at all
        ("For 3 of you at weekends that is 60,000 won.", "and for 3 of us?"),  # worked out
    ],
)
def test_the_threads_figures_pass(reply: str, question: str) -> None:
    assert figure_outside_cited_answer(reply, question, PREVIOUS_Q, PREVIOUS_A) is None


def test_a_follow_up_of_an_answer_that_cited_nothing_is_not_judged() -> None:
    uncited = "A day pass is usually about 15,000 won."
    assert figure_outside_cited_answer("It is 18,000 won.", "sundays?", PREVIOUS_Q, uncited) is None
