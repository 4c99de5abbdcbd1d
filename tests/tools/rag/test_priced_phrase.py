""" "How much is X …?" is answered only by a sentence that prices X (tools.rag.priced_phrase)."""

from __future__ import annotations

from tools.rag.answer import extractive_answer
from tools.rag.models import Passage
from tools.rag.priced_phrase import how_much_item_terms
from tools.rag.question import analyze_question

# A campground's shower section: sums, the campground in its title, "overnight" in a
# line that prices nothing. Boat storage is priced nowhere in it.
_SHOWERS = Passage(
    chunk_id="c1",
    source="campground.md",
    heading="Lakeside Campground: Fees and Rules > Showers",
    text=(
        "Shower token: 2,000 won each. Family shower room: 5,000 won per hour. "
        "Shower rooms are locked at 10 p.m.; towels left overnight go to the camp office."
    ),
)
_BOOKING = Passage(
    chunk_id="c2",
    source="campground.md",
    heading="Lakeside Campground: Fees and Rules > Booking",
    text="A 30,000 won reservation deposit holds your pitch. Pitches are kept until 6 p.m.",
)
_CHUNKS = {
    "overnight": 1,
    "boat": 2,
    "storag": 2,
    "storage": 2,
    "campground": 3,
    "shower": 1,
    "token": 1,
    "pitch": 1,
    "reserv": 1,
    "reserve": 1,
    "reservation": 1,
    "deposit": 1,
}


def _chunks(token: str) -> int:
    return _CHUNKS.get(token, 0)


def test_the_item_is_what_how_much_is_names_before_its_qualifiers() -> None:
    def item(question: str) -> list[str]:
        return how_much_item_terms(question, analyze_question(question).topic_terms)

    assert item("how much is overnight boat storage at the campground") == item(
        "how much is overnight boat storage"
    )
    assert "campground" not in item("how much is overnight boat storage at the campground")
    assert item("how much is it per night if i bring a tent") == []
    assert item("where is the shower block?") == []


def test_how_much_is_an_item_is_not_answered_by_the_prices_of_other_items() -> None:
    asked = "how much is overnight boat storage at the campground"
    answer = extractive_answer(asked, [_SHOWERS], frequency=_chunks)
    assert not answer.covered, answer.text
    token = extractive_answer("how much is a shower token?", [_SHOWERS], frequency=_chunks)
    assert token.covered and "2,000 won" in token.text


def test_an_item_the_collection_never_writes_leaves_the_answer_to_the_other_checks() -> None:
    # "depozit" is misspelt: it names nothing the collection holds, so the sentence that
    # prices the reservation is still quoted for it.
    answer = extractive_answer(
        "how much is the depozit to reserve a pitch", [_BOOKING], frequency=_chunks
    )
    assert answer.covered and "30,000 won" in answer.text
