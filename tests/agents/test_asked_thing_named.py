"""A model's reply naming only the place a question asks at is no answer (agents.asked_thing_named).

Our own examples (a bike shop, a museum), not the held-out set's. The rule-off half shows
the reply passing as grounded.
"""

from __future__ import annotations

from unittest import mock

from agents.answer_grounding import ungrounded
from agents.asked_thing_named import names_only_the_place
from tools.rag.question import analyze_question

_PASSAGES = [
    "We accept debit and credit cards. We do not accept cheques at the bike shop counter.",
    "Our bike shop is at 12 River Road, next to the station.",
]
# Sentences of the passages about the shop, none about cheques, and a bare verdict.
_REPLY = (
    "1. We accept debit and credit cards.\n"
    "2. Our bike shop is at 12 River Road, next to the station.\n\nAnswer: yes."
)


def test_a_reply_naming_only_the_place_is_no_answer() -> None:
    question = "do you take cheques at the bike shop"
    assert names_only_the_place(_REPLY, question, analyze_question(question)) == "chequ"  # stem
    assert ungrounded(_REPLY, question, _PASSAGES) is not None
    with mock.patch("agents.answer_grounding.names_only_the_place", return_value=None):
        assert ungrounded(_REPLY, question, _PASSAGES) is None


def test_a_reply_naming_the_asked_thing_or_a_question_without_a_place_is_left_alone() -> None:
    question = "do you take cheques at the bike shop"
    said = "We do not accept cheques at the bike shop counter [1]."
    assert names_only_the_place(said, question, analyze_question(question)) is None
    plain = "do you take cheques"
    assert names_only_the_place(_REPLY, plain, analyze_question(plain)) is None
    # "opens" names the asked "open": the reply is left to the other checks.
    hours = "is it open on sundays at the bike shop"
    opens = "The bike shop opens at 10 a.m. on Sundays [1]."
    assert names_only_the_place(opens, hours, analyze_question(hours)) is None
