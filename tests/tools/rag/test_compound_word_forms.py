"""A compound the question names is its subject, held only in the question's word form.

Our own examples (a city's parks and car park), not a held-out set's: "parks" and
"parking" share the stem ``park``, and "parking ticket" is one concept (주차권).
"""

from __future__ import annotations

from tools.rag.answer import extractive_answer
from tools.rag.models import Passage
from tools.rag.subjects import missing_rare_topic, written_as_asked

_PARKS = Passage(
    chunk_id="c1",
    source="city.md",
    heading="Barbecues",
    text="A barbecue spot in the city parks costs $30 a day.",
)
_GATE = Passage(
    chunk_id="c2",
    source="city.md",
    heading="Car park",
    text="Take a parking ticket from the machine at the gate.",
)
_PRICED_GATE = Passage(
    chunk_id="c3",
    source="city.md",
    heading="Car park",
    text="A replacement parking ticket costs $12 at the gate.",
)
_CHUNKS = {"park": 2, "ticket": 1, "barbecu": 1, "spot": 1, "citi": 1, "cost": 1, "day": 1}


def _chunks(token: str) -> int:
    return _CHUNKS.get(token, 0)


def test_an_ing_noun_is_not_written_as_the_bare_word() -> None:
    written = written_as_asked("how much is a lost parking ticket?", _PARKS.text)
    assert not written("park")  # "parks" is no "parking"
    assert written("ticket")  # not in the text: nothing to contradict
    assert written_as_asked("can i park here?", _PARKS.text)("park")
    assert written_as_asked("is there parking?", _GATE.text)("park")


def test_a_typed_question_holds_an_english_compound_to_its_passage() -> None:
    tokens = {"barbecu", "spot", "citi", "park", "cost", "day"}
    written = written_as_asked("how much is a lost parking ticket?", _PARKS.text)
    assert missing_rare_topic(
        ["lost", "park", "ticket"], tokens, _chunks, korean_only=True, written=written
    )
    # Without the question's word forms, the compound's other word holds it (as before).
    assert not missing_rare_topic(["lost", "park", "ticket"], tokens, _chunks, korean_only=True)


def test_the_parks_price_does_not_answer_a_parking_ticket_question() -> None:
    answer = extractive_answer(
        "how much is a lost parking ticket?", [_PARKS, _GATE], frequency=_chunks
    )
    assert "$30" not in answer.text


def test_a_passage_naming_the_compound_still_answers() -> None:
    answer = extractive_answer(
        "how much is a lost parking ticket?", [_PARKS, _PRICED_GATE], frequency=_chunks
    )
    assert answer.covered
    assert "$12" in answer.text
