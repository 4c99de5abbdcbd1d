"""A closed compound is held where a document writes it hyphenated ("signup": "sign-up").

The guide is written for this test; the store is lexical only.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.tools.rag.conftest import small_store
from tools.rag import DocumentStore
from tools.rag.open_compounds import open_forms

_GUIDE = """# Harbour Kayak Club

## Joining
Sign-up is free at the front desk. The drop off point for kayaks is the north pier.

## Safety
Please sign the waiver. Walk up the stairs to the lockers.
"""


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[DocumentStore]:
    folder = tmp_path_factory.mktemp("kayak")
    data = tmp_path_factory.mktemp("store")
    yield from small_store(data, "club", {"kayak_club_en.md": _GUIDE}, folder=folder)


def test_open_forms_split_at_each_inner_point_with_both_halves_real() -> None:
    forms = open_forms("signup")
    assert "sign-up" in forms
    assert "s-ignup" not in forms and "signu-p" not in forms
    assert open_forms("tax") == [] and open_forms("체크업") == []


def test_a_closed_compound_written_hyphenated_is_not_unknown(store: DocumentStore) -> None:
    assert store.unknown_terms("is signup free", "club") == []


def test_the_halves_written_apart_do_not_make_a_compound_held(store: DocumentStore) -> None:
    # "sign" and "in" both occur, never joined: "signin" is still unknown; "walk up the
    # stairs" (a verb and a particle) does not make a "walkup" desk, nor "drop off" a
    # "dropoff" (the spaced form is not taken).
    assert "signin" in store.unknown_terms("is signin free", "club")
    assert "walkup" in store.unknown_terms("is there a walkup desk", "club")
    assert "dropoff" in store.unknown_terms("where is the dropoff", "club")
