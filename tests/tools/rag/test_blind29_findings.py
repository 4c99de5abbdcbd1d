"""Rules found on the twenty-ninth blind set (a phone repair shop, a pottery studio).

The examples are our own (a bike shop, a print shop, a key cutter, a camera shop, a
laundrette), not that set's questions. Each test also shows the wrong answer with its
rule off.
"""

from __future__ import annotations

from unittest import mock

from tools.rag.answer import extractive_answer
from tools.rag.models import Passage
from tools.rag.negated_verbs import negated_act


def _passage(heading: str, text: str, source: str = "shop.md") -> Passage:
    return Passage(chunk_id=heading[:8], source=source, heading=heading, text=text)


def _answer(question: str, passages: list[Passage]) -> str:
    found = extractive_answer(question, passages, max_sentences=1)
    return found.text if found.covered else ""


# --- "not responsible for X" writes no absence of X (tools.rag.negated_verbs) --------------

_BIKE_STORAGE = _passage(
    "Repairs > Collecting your bike",
    "We text you when your bike is ready. We are not responsible for bikes damaged by "
    "the weather once collected. A bike left with us for over 60 days is sold.",
)


def test_a_negation_of_another_word_is_no_absence_of_the_thing() -> None:
    check = negated_act(
        "what if i dont collect my bike?",
        [frozenset({"bike"})],
        {"collect": frozenset({"collect"}), "bike": frozenset({"bike"})},
        {"collect", "bike"},
    )
    assert check.active
    assert not check.answered_by("We are not responsible for bikes damaged by the weather.")
    assert not check.answered_by("We are not aware of bikes stolen from the rack.")
    # The absence itself, or a negation with no preposition between, still answers.
    assert check.answered_by("Bikes not collected within 60 days are sold.")
    assert check.answered_by("No bike is kept longer than 60 days.")
    assert check.answered_by("If you do not collect the bike within 60 days, it is sold.")
    assert not _answer("what if i dont collect my bike?", [_BIKE_STORAGE]).startswith(
        "We are not responsible"
    )
    # Rule off: the liability sentence passes for the uncollected bike's fate.
    with mock.patch("tools.rag.negated_verbs._PREPOSITIONS", "(?!)"):
        assert check.answered_by("We are not responsible for bikes damaged by the weather.")
        off = _answer("what if i dont collect my bike?", [_BIKE_STORAGE])
        assert off.startswith("We are not responsible")
