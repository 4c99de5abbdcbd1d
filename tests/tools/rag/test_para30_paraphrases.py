"""Rules found by the paraphrase probes of held-out sets 20-22 (bench/docqa_probe28)."""

from __future__ import annotations

import pytest

from tools.rag.count_nouns import counts_noun
from tools.rag.crosslingual import concept_groups
from tools.rag.negated_verbs import negated_acts
from tools.rag.yes_no_object import yes_no_object


@pytest.mark.parametrize(
    "sentence",
    [
        "If a parcel goes missing we refund up to 300 dollars per parcel.",
        "Postage is 4,500 won per parcel.",
        "We charge 2 euros for each parcel.",
    ],
)
def test_a_figure_per_noun_is_no_number_of_it(sentence: str) -> None:
    # "how many parcels …" is not answered by a sum charged per parcel.
    assert not counts_noun(sentence, "parcel")


@pytest.mark.parametrize(
    "sentence",
    [
        "Each guest may send three parcels at no cost.",
        "You may send 2 large parcels a day.",
        "Up to 5 parcels per guest are carried free.",
    ],
)
def test_a_number_of_the_noun_still_counts_it(sentence: str) -> None:
    assert counts_noun(sentence, "parcel")


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        ("does the night ferry have wifi", {"wifi"}),
        ("Does the museum cafe sell umbrellas?", {"umbrella"}),
        ("do the rooms offer free parking", {"park"}),
        ("can the river bus provide blankets?", {"blanket"}),
    ],
)
def test_the_object_of_having_after_a_noun_subject(question: str, expected: set[str]) -> None:
    assert yes_no_object(question) == expected


@pytest.mark.parametrize(
    "question",
    [
        "do you have lockers",  # a pronoun subject: tools.rag.dense_confirmed reads it
        "is there wifi on the night ferry",  # tools.rag.existence reads it
        "how much does the ferry cost",
        "야간 페리에 와이파이 있어요?",
    ],
)
def test_no_object_where_the_question_does_not_open_that_way(question: str) -> None:
    assert yes_no_object(question) == set()


@pytest.mark.parametrize(
    "question",
    [
        "주말에도 택배 안 받아 주시나요?",
        "무료 수거는 안 해 줘요?",
        "고장 나면 출장 수리 안 해주나요?",
    ],
)
def test_a_favour_asked_in_the_negative_is_no_act_left_undone(question: str) -> None:
    # "안 해주나요?" asks whether it is done, as "해주나요?" does.
    assert negated_acts(question) == frozenset()


@pytest.mark.parametrize(
    ("question", "act"),
    [
        ("수거 신청 안 해주면 어떻게 돼요?", "신청"),  # a condition, not the question's tone
        ("신청 안 하고 가도 돼요?", "신청"),
    ],
)
def test_a_negated_condition_is_still_an_act_not_done(question: str, act: str) -> None:
    assert act in negated_acts(question)


def test_booking_in_advance_is_booking_ahead() -> None:
    # "how many days in advance must a tour be booked" is answered by "… 5 days ahead".
    (advance,) = concept_groups(["advance"])
    assert "ahead" in advance
