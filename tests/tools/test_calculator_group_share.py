"""A total for a group, named in a few words, then what each one pays."""

from __future__ import annotations

import pytest

from core.errors import ToolInputError
from tools.calculator import calculate


def test_a_total_for_a_group_named_in_several_words_asked_each() -> None:
    text = "a boat tour around the island is 84,000 won for 4 of us, how much each"
    assert "21,000" in calculate(text).display
    text = "the cabin by the lake costs 450,000 won for 6 friends, how much is it each"
    assert "75,000" in calculate(text).display


def test_a_sentence_without_a_total_for_people_is_not_read_so() -> None:
    with pytest.raises(ToolInputError):
        calculate("the cabin by the lake costs 450,000 won, how much for 6 nights each way")
