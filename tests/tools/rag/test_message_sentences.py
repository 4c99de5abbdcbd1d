"""A question is never cut after an abbreviation's full stop.

Our own examples (a library's late opening, a gym's towels), not the probe set's. The
rule-off half shows the question read from its last words only.
"""

from __future__ import annotations

import re
from unittest import mock

from tools.rag.message_sentences import message_sentences
from tools.rag.question import analyze_question


def test_an_initialism_keeps_its_sentence_whole() -> None:
    assert message_sentences("is the library open till 10 p.m. on fridays?") == [
        "is the library open till 10 p.m. on fridays?"
    ]
    assert message_sentences("bring ID, e.g. a passport. do you take cards?") == [
        "bring ID, e.g. a passport.",
        "do you take cards?",
    ]


def test_a_full_stop_after_a_word_still_ends_its_sentence() -> None:
    assert message_sentences("I'm a member. Are towels free?") == [
        "I'm a member.",
        "Are towels free?",
    ]


def test_the_question_keeps_its_words_before_the_abbreviation() -> None:
    asked = "can I borrow the projector until 8 p.m. on sunday?"
    assert "projector" in analyze_question(asked).topic_terms
    with mock.patch(
        "tools.rag.question.message_sentences",
        side_effect=lambda text: [p for p in re.split(r"(?<=[.?!])\s+", text) if p],
    ):
        # The rule off (cut at every full stop, after "p.m." too): only "on sunday?" is read.
        assert "projector" not in analyze_question(asked).topic_terms
