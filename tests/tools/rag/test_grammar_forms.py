"""English grammar a question carries is no term the documents must hold.

An indefinite pronoun ("something") or "still" no longer declines a question as
"not in the documents"; a topic word, a verb form ("paid"), "ok" or a contraction's
tail ("we're" leaves "re") still does. The guide is written for this test; the store is
lexical only.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.tools.rag.conftest import small_store
from tools.rag import DocumentStore
from tools.rag.grammar_forms import is_grammar_word

_GUIDE = """# Riverside Bike Hire

## Returns
Return the bike to the dock by 8 p.m. Riders who return a bike late pay a fee of 5,000 won.
You get the deposit back when the bike is checked.

## Repairs
If a part breaks on the ride, call the repair line. We pay for the tow.
"""


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[DocumentStore]:
    folder = tmp_path_factory.mktemp("bikes")
    data = tmp_path_factory.mktemp("store")
    yield from small_store(data, "bikes", {"bike_hire_en.md": _GUIDE}, folder=folder)


def test_pronouns_and_still_are_not_unknown(store: DocumentStore) -> None:
    assert store.unknown_terms("what if something breaks on the ride", "bikes") == []
    assert store.unknown_terms("can I still return the bike at the dock", "bikes") == []


def test_a_verb_form_stays_unknown(store: DocumentStore) -> None:
    # Irregular verb forms are not read as their base ("paid" as the guide's "pay"):
    # tried and dropped, it let a question about a fee paid quote another fee.
    assert "paid" in store.unknown_terms("is the fee paid at the dock", "bikes")
    assert "re" in store.unknown_terms("we're late, is there a fee", "bikes")
    assert "ok" in store.unknown_terms("is returning the bike late ok?", "bikes")


def test_topic_words_stay_unknown(store: DocumentStore) -> None:
    assert "helmet" in store.unknown_terms("is it ok to return the helmet late", "bikes")
    assert not is_grammar_word("helmet")
