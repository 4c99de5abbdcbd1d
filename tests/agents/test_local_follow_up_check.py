"""A local model's reply to a follow-up of a calculation is shown only when code confirms it."""

from __future__ import annotations

import pytest

from agents.local_follow_up_check import unconfirmed_local_follow_up

TIP_Q = "15% of 80 dollars"
TIP_A = "$12.00"


@pytest.mark.parametrize(
    ("reply", "turn"),
    [
        ("$16.00", "what about 20% instead"),  # 80 × 20% redone
        ("16", "and 20% then?"),
        ("That would be $16.00.", "what about 20% instead"),
    ],
)
def test_a_reply_that_redoes_the_working_with_the_change_is_shown(reply: str, turn: str) -> None:
    assert unconfirmed_local_follow_up(reply, turn, TIP_Q, TIP_A) is None


@pytest.mark.parametrize(
    ("reply", "turn"),
    [
        ("2.50", "what about 20% instead"),  # a figure no redoing gives
        ("$20", "what about 20% instead"),  # the turn's own figure given back
        ("$12.00", "what about 20% instead"),  # the previous result unchanged
        ("The tip depends on the restaurant's service.", "what about 20% instead"),
        ("Great service deserves a good tip!", "and if the service was great?"),
    ],
)
def test_anything_else_is_not_shown(reply: str, turn: str) -> None:
    assert unconfirmed_local_follow_up(reply, turn, TIP_Q, TIP_A) is not None


def test_a_model_answered_calculation_is_not_confirmed_either() -> None:
    # No code working to redo: a figure for "double it" cannot be checked.
    why = unconfirmed_local_follow_up(
        "The pizza is large.", "actually double it", "3 pizzas at 18.50 each, total?", "55.50"
    )
    assert why is not None


@pytest.mark.parametrize(
    ("reply", "turn", "previous_question", "previous_answer"),
    [
        # A passage cited: the documents' figure, judged by the grounding checks.
        ("Parking is free for 3 hours [1].", "and for 3 hours?", TIP_Q, TIP_A),
        # A question that stands alone does not go on from the calculation.
        (
            "Leonardo painted it; it hangs in the Louvre.",
            "who painted the Mona Lisa and where does the painting hang today",
            TIP_Q,
            TIP_A,
        ),
        # The previous turn was no calculation (no figures asked or answered).
        (
            "Sure, here it is more simply.",
            "explain that more simply",
            "why is the sky blue",
            "Rayleigh scattering.",
        ),
    ],
)
def test_turns_that_do_not_go_on_from_a_calculation_are_not_judged(
    reply: str, turn: str, previous_question: str, previous_answer: str
) -> None:
    assert unconfirmed_local_follow_up(reply, turn, previous_question, previous_answer) is None


@pytest.mark.parametrize(
    ("turn", "previous_question", "previous_answer"),
    [
        # A short turn stating a figure changes the last calculation, whatever its words.
        ("the shop next door sells them for 3.10", "5 notebooks at 2.80 each, total?", "$14.00"),
        ("the other bank offers 3.9", "interest on 8,000 dollars at 3.5% for a year?", "$280.00"),
        # A model answered the first turn (no code working): still a calculation.
        ("and triple that", "a ticket is 14.50 and we need 4, how much", "It comes to 58."),
    ],
)
def test_short_changes_of_a_calculation_are_judged(
    turn: str, previous_question: str, previous_answer: str
) -> None:
    assert unconfirmed_local_follow_up("7.25", turn, previous_question, previous_answer)


def test_a_follow_up_of_a_message_that_only_holds_a_number_is_not_judged() -> None:
    # Figures, but no working asked for: not a calculation's follow-up.
    assert (
        unconfirmed_local_follow_up(
            "Done.", "and send it to my sister", "my number is 010-2468-1357, note it", "Noted."
        )
        is None
    )
