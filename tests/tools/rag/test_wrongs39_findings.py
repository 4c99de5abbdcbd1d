"""Rules found on issue 11's last wrong document answers (brief wrongs39).

The examples are our own (a kayak rental, a climbing gym), not the sets' questions. Each
test also shows the wrong answer with its rule off.
"""

from __future__ import annotations

from unittest import mock

from tools.rag.answer import extractive_answer
from tools.rag.introduced_things import asked_thing, introduced_first, introduces
from tools.rag.models import Passage


def _passage(heading: str, text: str, source: str = "shop.md") -> Passage:
    return Passage(chunk_id=heading[:8], source=source, heading=heading, text=text)


def _answer(question: str, passages: list[Passage]) -> str:
    found = extractive_answer(question, passages, max_sentences=1)
    return found.text if found.covered else ""


# --- the sentence introducing the asked thing (tools.rag.introduced_things) ---------------

_KAYAKS = _passage(
    "Kayak rental",
    "Kayaks are rented by the hour from the boathouse. "
    "Every kayak rental needs a safety deposit of 30,000 won, paid by card. "
    "Paddles lost on the lake are charged at cost, taken from the deposit first.",
)


def test_the_asked_thing_is_the_head_noun_after_is_there() -> None:
    assert asked_thing("is there a deposit on rental kayaks") == "deposit"
    assert asked_thing("Is there a senior discount?") == "discount"
    assert asked_thing("are there any lockers for bags") == "lockers"
    assert asked_thing("how much is the deposit") == ""
    assert introduces("It needs a safety deposit of 30,000 won.", "deposit")
    assert introduces("There are no lockers.", "lockers")
    assert introduces("Members get a 10% discount.", "discount")
    assert not introduces("Taken from the deposit first.", "deposit")


def test_is_there_a_thing_is_answered_by_the_sentence_that_introduces_it() -> None:
    question = "is there a deposit on rental kayaks"
    assert "safety deposit of 30,000 won" in _answer(question, [_KAYAKS])
    with mock.patch("tools.rag.answer.introduced_first", side_effect=lambda q, s: list(s)):
        assert "taken from the deposit first" in _answer(question, [_KAYAKS])


def test_only_a_sentence_of_the_best_passage_is_moved_first() -> None:
    scored = [
        (1.0, 1.0, 0, 2, "Lost paddles are taken from the deposit first."),
        (0.5, 1.0, 1, 0, "The gym takes a deposit of 5,000 won for shoes."),
    ]
    assert introduced_first("is there a deposit on kayaks", scored) == scored
    moved = [*scored, (0.4, 1.0, 0, 0, "Each rental needs a deposit of 30,000 won.")]
    assert introduced_first("is there a deposit on kayaks", moved)[0] == moved[2]
    assert introduced_first("how much is the deposit", moved) == moved
