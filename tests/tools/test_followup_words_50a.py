"""Counts said in words or digits, as the follow-up rules of opens50a count a turn's figures."""

from __future__ import annotations

from tools.followup_words_50a import figures_said


def test_a_count_in_words_or_digits_is_one_figure() -> None:
    assert figures_said("we're getting two kayaks") == 1
    assert figures_said("make it 12 kayaks") == 1
    assert figures_said("twice a day then") == 1


def test_a_decimal_and_a_second_count_are_more_than_one() -> None:
    # "1.5" is no count: its digits count apart, so the turn is never read as one count.
    assert figures_said("1.5 hours for three of us") == 3
    assert figures_said("no figures at all") == 0
