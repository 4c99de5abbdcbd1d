"""A place's hours asked in general are its general row, not the one row saying "opening"."""

from __future__ import annotations

from tools.rag.answer import extractive_answer
from tools.rag.models import Passage
from tools.rag.opening_hours import hours_frame_terms
from tools.rag.qualifiers import row_names_other_item

# The team's own example: the general row lacks the word "opening", one exception holds it.
HOURS = """- Monday to Friday: 09:00–20:00
- Sunday reading room opening: 12:00–16:00
- Saturday: 10:00–14:00"""
LIBRARY = Passage(
    chunk_id="l1",
    source="library.md",
    heading="Riverside Library Guide > Opening hours",
    text=HOURS,
)
QUESTION = "what are the library's opening hours"


def test_the_words_asking_for_hours_name_no_item() -> None:
    assert hours_frame_terms(QUESTION) == {"open", "hour", "clos", "close"}
    assert hours_frame_terms("how many hours does the course take") == frozenset()


def test_the_general_row_is_not_another_rows_item() -> None:
    assert not row_names_other_item(QUESTION, "- Monday to Friday: 09:00–20:00", HOURS)
    # An item the question does name still tells the rows apart.
    question = "what are the reading room's hours"
    assert row_names_other_item(question, "- Monday to Friday: 09:00–20:00", HOURS)


def test_the_general_hours_are_quoted() -> None:
    answer = extractive_answer(QUESTION, [LIBRARY])
    # Before: only "Sunday reading room opening: 12:00–16:00".
    assert "09:00–20:00" in answer.text, answer.text
