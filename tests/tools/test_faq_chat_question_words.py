"""Question words spelt as they sound in chat ("wat", "wut", "whats") are read as the
question words the FAQ entries are written with; other words that start the same way
are left alone. The questions are our own."""

from __future__ import annotations

import pytest

from tools.faq import FaqBook, spell_out_chat


@pytest.mark.parametrize(
    ("text", "spelt"),
    [
        ("wat time do u open on saturdays", "what time do you open on saturdays"),
        ("wut is ur phone number", "what is your phone number"),
        ("whats the parking like", "what is the parking like"),
        ("wats ur address", "what is your address"),
    ],
)
def test_chat_question_words_are_written_out(text: str, spelt: str) -> None:
    assert spell_out_chat(text) == spelt


@pytest.mark.parametrize("text", ["watch the time", "Wattage of the lamp", "whatsapp me"])
def test_words_that_only_start_like_them_stay(text: str) -> None:
    assert spell_out_chat(text) == text


@pytest.mark.parametrize("text", ["wut time r u open", "wat time do u open on saturdays"])
def test_a_chat_spelt_hours_question_finds_the_hours_entry(text: str) -> None:
    hit = FaqBook.load().lookup(text)
    assert hit is not None and hit.entry.id == "hours-en"
