"""A story closed by ", am i …", ", was it …", ", have i …" asks, though no "?" says so.

"charger stopped after 2 minutes, am i billed for that" (held-out set 53) was not read as a
question: the clause after the story opened with "am", which the auxiliaries of
``agents.documents._QUESTION`` did not list. As chat it went to the local model with no
document, which invented "20 cents" (and, run again, a lightbulb): a wrong answer. Read as a
question it is the documents' to answer or decline. A model's figure the passages do not
state, or state for another case, was already refused by ``agents.answer_grounding``: pinned
here on wordings of our own, with the figures a passage states for the case still passing.
The document is written for this test and runs through the real store (lexical only).
"""

from __future__ import annotations

import pytest

from agents import documents
from agents.answer_grounding import ungrounded
from tests.doc_stores import plain_chat as _plain_chat
from tests.doc_stores import written_store_fixture
from tests.tools.rule_switch import narrowed
from tools.rag.store import DocumentStore

_LAUNDRETTE = """# Bubbles Laundrette: Prices and Rules

## Prices
- A wash costs 4,000 won per load.
- A dryer cycle costs 3,000 won for 30 minutes.
- If a machine stops within the first 5 minutes, the cycle is free.
- Lost cards are replaced for 2,000 won.

## Rules
Dye and pet bedding may not go in the machines.
"""
_PASSAGES = [_LAUNDRETTE]
_QUESTIONS = (
    "the dryer stopped after ten minutes, am i refunded",
    "my card got wet in the wash, was it ruined",
    "paid twice at the machine by mistake, have i lost that money",
    "left my basket by the dryer, may i pick it up tomorrow",
    "the washer broke mid cycle, must i pay again",
    "we left the wash running overnight, were we charged for another load",
)
_STATEMENTS = (
    "the dryer stopped after ten minutes and i am annoyed",
    "my card got wet in the wash, it was a rainy day",
)


store = written_store_fixture({"laundrette_en.md": _LAUNDRETTE}, "notices")


@pytest.mark.parametrize("text", _QUESTIONS)
def test_a_clause_opened_by_any_auxiliary_is_a_question(
    store: DocumentStore, text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert not _plain_chat(store, text)
    # Switched off: the auxiliaries listed before (do, can, will, is, ...) only.
    narrowed(documents, "_QUESTION", "|am|was|were|have|has|may|must|shall", "")(monkeypatch)
    assert _plain_chat(store, text)


@pytest.mark.parametrize("text", _STATEMENTS)
def test_a_story_with_no_asking_clause_stays_chat(store: DocumentStore, text: str) -> None:
    assert _plain_chat(store, text)


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        # Figures no passage states.
        ("the dryer stopped after 3 minutes, am i billed for it", "Yes, you pay 50 cents. [1]"),
        ("how much is a wash", "A wash is 5,000 won. [1]"),
        ("how much to replace a lost card", "It costs 30 dollars. [1]"),
        # Figures the passages state for another case than the one asked.
        ("the dryer stopped after 3 minutes, am i billed for it", "Yes, 3,000 won. [1]"),
        ("how much is a dryer cycle", "It costs 2,000 won. [1]"),
        ("how much to replace a lost card", "It costs 4,000 won. [1]"),
    ],
)
def test_a_figure_unstated_or_stated_for_another_case_is_refused(
    question: str, answer: str
) -> None:
    assert ungrounded(answer, question, _PASSAGES) is not None


@pytest.mark.parametrize(
    ("question", "answer"),
    [
        ("how much is a wash", "A wash costs 4,000 won per load. [1]"),
        ("how much is a dryer cycle", "A dryer cycle costs 3,000 won for 30 minutes. [1]"),
        ("how much to replace a lost card", "Lost cards are replaced for 2,000 won. [1]"),
    ],
)
def test_a_figure_stated_for_the_case_asked_passes(question: str, answer: str) -> None:
    assert ungrounded(answer, question, _PASSAGES) is None
