"""A follow-up naming a thing of its own after a cited answer keeps its document search."""

from __future__ import annotations

from langchain_core.messages import AIMessage, HumanMessage

from graphs.state import State
from graphs.step_follow_ups import follow_up_of


def _state(previous_answer: str, turn: str) -> State:
    return State(
        messages=[
            HumanMessage("can i pay by card"),
            AIMessage(previous_answer),
            HumanMessage(turn),
        ],
        plan=[turn],
        step_index=0,
    )


def test_a_new_thing_after_a_cited_answer_is_not_about_a_result() -> None:
    turn = "what if i only have a 20 dollar voucher"
    assert (
        follow_up_of(_state("We accept credit cards and debit cards. [1]", turn), turn, None)
        is False
    )
    # After an answer that cites nothing, the figure is still taken as about the result.
    assert follow_up_of(_state("We accept credit cards and debit cards.", turn), turn, None) is True


def test_a_new_thing_without_a_figure_stays_a_loose_follow_up() -> None:
    # No figure, nothing a model could take for arithmetic on the result: the turn stays a
    # loose follow-up, which is searched with the thread's documents (its own rule).
    turn = "and for a bank transfer in person?"
    assert (
        follow_up_of(_state("We accept credit cards and debit cards. [1]", turn), turn, None)
        is True
    )
