"""Blind set 36's model replies the output guard now catches (examples of our own).

A bare figure of the previous answer given to an open question that states none ("144.5"
for "should i go for white or grey grout"), and a reply to a bare list of things at prices
that only repeats the list's figures ("a classic example of ... rounding"). Each with its
rule switched off: the reply then passes.
"""

from __future__ import annotations

import pytest

import agents.answer_figures as answer_figures
import agents.output_guard as output_guard
from agents.output_guard import PreviousTurn, check_output

_MUGS = PreviousTurn(question="12 mugs at 3.75?", answer="45")


def test_the_previous_figure_again_for_an_open_question_is_a_repeat(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    failure = check_output("45", question="which colour looks nicer in a kitchen", previous=_MUGS)
    assert failure is not None and failure.kind == "repeats_previous"
    monkeypatch.setattr(output_guard, "repeats_bare_figure", lambda *_a: False)
    assert (
        check_output("45", question="which colour looks nicer in a kitchen", previous=_MUGS) is None
    )


def test_a_new_figure_or_a_question_with_its_own_figure_is_no_repeat() -> None:
    assert (
        check_output("60", question="which colour looks nicer in a kitchen", previous=_MUGS) is None
    )
    assert check_output("45", question="and 12 more?", previous=_MUGS) is None


_ROUND = "round of 3 ciders at 4.60"


def test_a_reply_to_a_bare_priced_list_holding_only_its_figures_gave_no_answer(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    babble = "A round of 3 ciders at 4.60 is a fine way to start an evening."
    failure = check_output(babble, question=_ROUND)
    assert failure is not None and failure.kind == "no_figure"
    monkeypatch.setattr(answer_figures, "bare_priced_list", lambda _t: False)
    assert check_output(babble, question=_ROUND) is None


def test_a_reply_to_a_bare_priced_list_with_its_total_passes() -> None:
    assert check_output("That comes to 13.80.", question=_ROUND) is None
