"""English grammar a question carries is no term the documents must hold.

A contraction's tail ("we're"), an indefinite pronoun ("something"), "ok", an
irregular verb form whose base a document writes ("got": "get") or a doubled-consonant
stem ("getting": "gett") no longer declines a question as "not in the documents"; a
topic word still does. The guide is written for this test; the store is lexical only.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.tools.rag.conftest import small_store
from tools.rag import DocumentStore
from tools.rag.grammar_forms import grammar_held

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


def test_contraction_tails_pronouns_and_ok_are_not_unknown(store: DocumentStore) -> None:
    assert store.unknown_terms("we're returning the bike late, is that ok?", "bikes") == []
    assert store.unknown_terms("what if something breaks on the ride", "bikes") == []
    assert store.unknown_terms("can I still return the bike at the dock", "bikes") == []


def test_a_verb_form_is_held_when_its_base_is(store: DocumentStore) -> None:
    # "got" and "getting": the guide writes "get"; "paid": it writes "pay"; "broken":
    # "breaks" (stemmed "break").
    assert store.unknown_terms("when do I got the deposit back", "bikes") == []
    assert store.unknown_terms("when am I getting the deposit back", "bikes") == []
    assert store.unknown_terms("is the fee paid at the dock", "bikes") == []
    assert store.unknown_terms("who pays if a part is broken", "bikes") == []


def test_a_verb_form_whose_base_no_document_holds_stays_unknown(store: DocumentStore) -> None:
    # "stole": no document writes "steal"; "swimming": "swim" is nowhere either.
    assert "stole" in store.unknown_terms("what if my bike is stole", "bikes")
    assert "swimm" in store.unknown_terms("is swimming allowed at the dock", "bikes")


def test_topic_words_stay_unknown(store: DocumentStore) -> None:
    assert "helmet" in store.unknown_terms("is it ok to return the helmet late", "bikes")
    assert not grammar_held("helmet", lambda _: True)
    # Its own double belongs to the word: "pass" is never "pas".
    assert not grammar_held("pass", lambda w: w == "pas")
