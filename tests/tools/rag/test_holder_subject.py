"""A "does the X have …" question asks X's fact: a model never reads another place's page for it.

Our own examples (a bakery's terms beside a gym's access page), not the blind set's. The
rule-off half shows the gym's ramp handed to a model asked about the bakery.
"""

from __future__ import annotations

from unittest import mock

from tools.rag.holder_subject import holder_subject
from tools.rag.models import Passage
from tools.rag.owned_passages import passages_of_owner
from tools.rag.textutil import tokenize

_GYM = Passage(
    chunk_id="g1",
    source="gym.md",
    heading="Access",
    text="The gym has a wheelchair ramp at the side door and a lift to every floor.",
)
_BAKERY = Passage(
    chunk_id="b1",
    source="bakery.md",
    heading="Orders",
    text="The bakery takes cake orders two days ahead. Pick-up is at the counter.",
)


def _mentions(passage: Passage, word: str) -> bool:
    return word in tokenize(f"{passage.heading} {passage.text}")


def test_the_subject_before_a_verb_of_having_is_the_holder() -> None:
    assert holder_subject("does the bakery have wheelchair access?") == "bakery"
    assert holder_subject("Does your florist offer same-day delivery") == "florist"


def test_a_pronoun_or_another_verb_names_no_holder() -> None:
    assert holder_subject("do you have wheelchair access?") is None
    assert holder_subject("does the bakery open on sundays?") is None
    assert holder_subject("where is the bakery?") is None


def test_another_places_access_page_is_not_read_for_the_holder() -> None:
    topics = ["bakery", "wheelchair", "access"]
    passages = [_GYM, _BAKERY]
    asked = "does the bakery have wheelchair access"
    assert passages_of_owner(asked, topics, passages, _mentions, lambda _: True) == []
    with mock.patch("tools.rag.owned_passages.holder_subject", return_value=None):
        # The rule off: the gym's ramp goes to the model asked about the bakery.
        assert _GYM in passages_of_owner(asked, topics, passages, _mentions, lambda _: True)


def test_the_holders_own_page_is_kept() -> None:
    topics = ["bakery", "cake", "order"]
    asked = "does the bakery take cake orders"
    assert passages_of_owner(asked, topics, [_GYM, _BAKERY], _mentions, lambda _: True) == [_BAKERY]
