"""Wrong answers the held-out set (bench/docqa_heldout) found on the lexical path, pinned."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.tools.rag.conftest import small_store
from tools.rag import DocumentStore
from tools.rag.question import answer_type, has_answer_type

_POLICY = """# IT policy

## Remote access

Staff may work from home only through the company VPN. Using public Wi-Fi without the VPN
is not allowed.

## Passwords

Passwords must be at least 12 characters long and are changed every 90 days.

## Visits

Please arrive 10 minutes before your appointment. Parking is free for one hour.
"""


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[DocumentStore]:
    yield from small_store(tmp_path_factory.mktemp("heldout"), "held", {"it_policy.md": _POLICY})


@pytest.mark.parametrize(
    "question",
    [
        "예약 시간보다 얼마나 일찍 와야 하나요?",
        "How early should I arrive?",
        "얼마나 미리 신청해야 해요?",
    ],
)
def test_how_early_asks_for_a_duration_not_an_amount(question: str) -> None:
    assert answer_type(question) == "duration"
    assert has_answer_type("Please arrive 10 minutes before your appointment.", "duration")


def test_two_subjects_no_passage_names_together_are_not_answered(store: DocumentStore) -> None:
    # "Using public Wi-Fi without the VPN is not allowed." named Wi-Fi but not the password.
    question = "What is the Wi-Fi password at the clinic?"
    passages = store.search(question, "held", k=4)
    assert not store.extractive_answer(question, passages).covered


def test_one_subject_is_still_answered(store: DocumentStore) -> None:
    question = "How long must a password be?"
    answer = store.extractive_answer(question, store.search(question, "held", k=4))
    assert answer.covered and "12 characters" in answer.text
