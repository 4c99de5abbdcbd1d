"""Set 56's document wrong answers (blind56m), each said under the documents' decline.

"im 8 months pregnant, is ibuprofen ok" and "anything special i should wear for the
checkup" found no confident passage, and, typed without "?", were not taken for
questions: the local model's text came as the answer ("ibuprofen is safe for pregnant
women", "wear a medical mask") with no word that the documents gave none. An English ask
closing on "is <thing> ok/safe/allowed", or opened "anything … i should/need to", now gets
the general-knowledge note first (agents.documents.asks_without_mark). Inputs are our own,
with near misses; the rule is switched off.
"""

from __future__ import annotations

import pytest

import agents.documents as documents
from agents.documents import asks_without_mark

_ASKS = [
    "my son is 6, is paracetamol ok",
    "is loratadine safe",
    "taking blood thinners, is aspirin alright",
    "twins in a pram, are strollers allowed",
    "anything i need to bring for the x-ray",
    "any forms we have to fill out before the visit",
    "Anything special u should know before the blood test",
]


@pytest.mark.parametrize("text", _ASKS)
def test_an_english_ask_without_a_mark_gets_the_note(text: str) -> None:
    assert asks_without_mark(text)


@pytest.mark.parametrize("text", _ASKS)
def test_without_the_rule_it_gets_none(text: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(documents, "USE_EN_ASKS_WITHOUT_MARK", False)
    assert not asks_without_mark(text)


@pytest.mark.parametrize(
    "text",
    [
        "the room is ok",  # a statement: no subject after "is"
        "it is ok i will come tomorrow",
        "thanks that is fine",
        "anything goes",  # no "i should" clause
        "write a short note saying the clinic is closed",
    ],
)
def test_statements_are_no_asks(text: str) -> None:
    assert not asks_without_mark(text)


def test_the_korean_asks_stay() -> None:
    assert asks_without_mark("독감 예방접종 가격 얼마에요")
    assert asks_without_mark("담당자 누구예요")
