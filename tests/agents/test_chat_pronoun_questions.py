"""A story closed by ", can he …" or ", do u …" asks, though no "?" says so.

"my son is 15, can he book a room himself" and "left my pedal there last month, do u
still have it" (blind set 31) were not read as questions: the clause after the story
named its subject "he" and "u", which the question forms did not list. As general chat
they went to the local model, which answered with no citation and no note that the
documents were silent. Read as questions they are the documents' to answer or decline,
and a model answering from general knowledge says so first. The document here is written
for this test and runs through the real store (lexical only).
"""

from __future__ import annotations

import re
from unittest import mock

import pytest

from agents import documents
from tests.doc_stores import plain_chat as _plain_chat
from tests.doc_stores import written_store_fixture
from tools.rag.store import DocumentStore

_RINK_EN = """# Polar Ice Rink: House Rules

## Skating
Children under 10 must skate with an adult on the ice.

## Equipment
Skates can be rented at the counter for 3,000 won.
"""
_QUESTIONS = (
    "my son is 12, can he skate on the ice after 9 pm",
    "my daughter is 12, can she skate on the ice at night",
    "forgot my skates at the counter yesterday, do u still have them",
)


store = written_store_fixture({"rink_en.md": _RINK_EN}, "notices")


@pytest.mark.parametrize("text", _QUESTIONS)
def test_a_clause_asking_with_he_she_or_u_is_a_question(store: DocumentStore, text: str) -> None:
    assert not _plain_chat(store, text)


@pytest.mark.parametrize("text", _QUESTIONS)
def test_without_those_subjects_it_was_general_chat(store: DocumentStore, text: str) -> None:
    subjects = "(?:i|we|you|u|he|she|they|it)"
    narrower = documents._QUESTION.pattern.replace(subjects, "(?:i|we|you|they|it)")
    assert narrower != documents._QUESTION.pattern
    with mock.patch.object(documents, "_QUESTION", re.compile(narrower, re.IGNORECASE)):
        assert _plain_chat(store, text)
