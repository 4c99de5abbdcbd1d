"""A model's figure for a follow-up of a code calculation, on our own threads.

The previous turn is one plain code works out; the reply is what a small model might say.
"""

from __future__ import annotations

import pytest

from agents.follow_up_figures import unsupported_follow_up_figure

LUNCH_Q = "I spend 12,000 won a week on lunch, how much is that over 10 weeks"
LUNCH_A = "120,000원"
FARE_Q = "택시비 24,000원을 세 명이 나누면 얼마야"
FARE_A = "8,000원"
ZONE_Q = "if it's 9 am in paris on june 1 2027, what time is it in tokyo"
ZONE_A = "16:00 (Asia/Tokyo, 2027-06-01)"
_OWN_QUESTION = "Write a short note explaining how canteen prices are set at most companies today"


@pytest.mark.parametrize(
    ("previous_q", "previous_a", "question", "reply"),
    [
        # The previous result, unchanged, for a turn that changes something.
        (LUNCH_Q, LUNCH_A, "what if I only spent a third as much", "120,000원"),
        (FARE_Q, FARE_A, "그럼 한 명 더 오면?", "8,000원입니다."),
        # An amount no working of the thread's figures gives.
        (LUNCH_Q, LUNCH_A, "what if I only spent a third as much", "That would be 45,500 won."),
        (FARE_Q, FARE_A, "그럼 한 명 더 오면?", "한 명당 5,500원이에요."),
        # The previous answer's date and time again for another place.
        (ZONE_Q, ZONE_A, "and over in sydney?", "sydney, 2027-06-01 16:00"),
    ],
)
def test_an_unchanged_or_unsupported_figure_is_named(
    previous_q: str, previous_a: str, question: str, reply: str
) -> None:
    assert unsupported_follow_up_figure(reply, question, previous_q, previous_a) is not None


@pytest.mark.parametrize(
    ("previous_q", "previous_a", "question", "reply"),
    [
        # Figures that follow from the thread: a third, one more sharer, the date moved.
        (LUNCH_Q, LUNCH_A, "what if I only spent a third as much", "About 40,000 won."),
        (FARE_Q, FARE_A, "그럼 한 명 더 오면?", "24,000원 ÷ 4 = 6,000원이에요."),
        (ZONE_Q, ZONE_A, "and over in sydney?", "17:00 on 2027-06-01 in Sydney."),
        # A figure a passage states, cited: the documents', never judged here.
        (LUNCH_Q, LUNCH_A, "and with the canteen discount?", "The card is 45,500 won [1]."),
        # No follow-up: a question of its own.
        (LUNCH_Q, LUNCH_A, _OWN_QUESTION, "Prices start near 45,500 won."),
        # No figure in the reply at all.
        (LUNCH_Q, LUNCH_A, "what if I only spent a third as much", "It depends on the week."),
    ],
)  # fmt: skip
def test_a_supported_cited_or_unrelated_reply_passes(
    previous_q: str, previous_a: str, question: str, reply: str
) -> None:
    assert unsupported_follow_up_figure(reply, question, previous_q, previous_a) is None


def test_a_previous_turn_plain_code_did_not_answer_is_never_checked() -> None:
    previous_q = "Describe a plain hotel room and its price in one line."
    previous_a = "A plain room is $120 a night."
    assert unsupported_follow_up_figure("$120", "and the suite?", previous_q, previous_a) is None


TIP_Q = "the bill came to 64, what's a 15% tip"
TIP_A = "9.6"
BAKE_Q = "cookies are 2.50 each and we need 6, total?"
BAKE_A = "15"
RENT_Q = "a van costs 120 euros, what's that in won at 1,450"
RENT_A = "174,000원"


@pytest.mark.parametrize(
    ("previous_q", "previous_a", "question", "reply"),
    [
        # A bare figure no redoing of the working with the turn's change gives (20.5 is
        # 20 with a stray half; 20 is 15 × 6 ÷ ... read the wrong way round).
        (TIP_Q, TIP_A, "hmm, make it 20 instead", "20.5"),
        (BAKE_Q, BAKE_A, "triple the batch", "20"),
        # The turn's own figure given back as the result, whatever the unit word.
        (RENT_Q, RENT_A, "now in dollars, 1.3 per euro", "1.3, 1.3 euros"),
        (TIP_Q, TIP_A, "hmm, make it 20 instead", "20"),
    ],
)
def test_a_bare_figure_the_change_does_not_give_is_named(
    previous_q: str, previous_a: str, question: str, reply: str
) -> None:
    assert unsupported_follow_up_figure(reply, question, previous_q, previous_a) is not None


@pytest.mark.parametrize(
    ("previous_q", "previous_a", "question", "reply"),
    [
        # The working redone with the change: 64 × 20 / 100, 15 × 3, 24,000 ÷ (3 + 1).
        (TIP_Q, TIP_A, "hmm, make it 20 instead", "12.8"),
        (TIP_Q, TIP_A, "hmm, make it 20 instead", "$12.80"),
        (BAKE_Q, BAKE_A, "triple the batch", "45"),
        (FARE_Q, FARE_A, "그럼 한 명 더 오면?", "6,000원"),
        # A working the reply shows, or words around its figure: judged as before.
        (BAKE_Q, BAKE_A, "triple the batch", "2.50 × 18 = 45"),
        (TIP_Q, TIP_A, "hmm, make it 20 instead", "At 20% the tip on 64 would be 12.80."),
        # A currency working code cannot redo: one or two operations over the thread.
        (RENT_Q, RENT_A, "now in dollars, 1.3 per euro", "156"),
    ],
)  # fmt: skip
def test_a_bare_figure_the_change_gives_passes(
    previous_q: str, previous_a: str, question: str, reply: str
) -> None:
    assert unsupported_follow_up_figure(reply, question, previous_q, previous_a) is None


# A calculation a model answered (no rule reads it): only a local or degraded reply's bare
# figure is judged, against what the thread itself shows.
SEED_Q = "a bag of lentils weighs 0.75 kg and costs 3.20, what do 6 bags weigh and cost"
SEED_A = "Six bags weigh 4.5 kg and cost 19.20."
SEED_TURN = "and 25 bags instead"


@pytest.mark.parametrize(
    ("reply", "flagged"),
    [
        ("25", True),  # the turn's own figure given back
        ("19.20", True),  # the previous answer's figure, unchanged
        ("61.75", True),  # no one or two operations over the thread's figures
        ("80.00", False),  # 3.20 × 25
        ("25 bags cost 25 × 3.20 = 80.00 and weigh 18.75 kg.", False),  # working shown
    ],
)
def test_a_bare_figure_after_a_model_answered_calculation(reply: str, flagged: bool) -> None:
    why = unsupported_follow_up_figure(reply, SEED_TURN, SEED_Q, SEED_A, judge_model_answered=True)
    assert (why is not None) is flagged, why
    # A reply no one asked to judge (the cloud's own) is left alone, as before.
    assert unsupported_follow_up_figure(reply, SEED_TURN, SEED_Q, SEED_A) is None
