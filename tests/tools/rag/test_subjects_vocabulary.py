"""How rare a question's word is counts the word itself, not its everyday-vocabulary links.

A vocabulary link (open -> 운영, 공짜 -> 무료) is vaguer than the word itself: counted, it
makes a specific word look common, and the check that keeps the answer to the passages
naming the question's subject lets every passage answer. The passages and counts are
written here (a bakery), not taken from a bench set.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tools.rag import crosslingual
from tools.rag.crosslingual import counted_equivalents, equivalents
from tools.rag.models import Passage
from tools.rag.subjects import subject_passages
from tools.rag.textutil import english_tokens

# How many chunks hold each token: "open" is written once, 운영/영업 (which the
# vocabulary links to it) in many Korean chunks.
_CHUNKS = {"open": 1, "운영": 6, "영업": 3, "lindenhof": 4, "bakery": 5, "monday": 3}

_PASSAGES = [
    Passage(chunk_id="a", source="bakery.md", text="The Lindenhof bakery is on Elm Street."),
    Passage(chunk_id="b", source="bakery.md", text="The bakery is open on Mondays from 8 a.m."),
]


@pytest.fixture(autouse=True)
def _vocabulary_on() -> Iterator[None]:
    with crosslingual.everyday_vocabulary(True):
        yield


def test_counted_equivalents_keep_translations_but_not_vocabulary_links() -> None:
    assert "무료" in equivalents("공짜") and "무료" not in counted_equivalents("공짜")
    assert "운영" in equivalents("open") and "운영" not in counted_equivalents("open")
    # The lexicon's translations are the word itself in the other language.
    assert "insurance" in counted_equivalents("보험")


def test_a_word_rare_as_itself_stays_the_subject_though_its_links_are_common() -> None:
    topics = english_tokens("Is the Lindenhof bakery open on Mondays?")
    # Only the passage saying "open" may answer; counting 운영 and 영업 as "open" made
    # no word rare, and the passage saying where the bakery is could answer.
    assert subject_passages(topics, _PASSAGES, lambda t: _CHUNKS.get(t, 0)) == {1}
