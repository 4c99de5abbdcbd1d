"""Rules found on the twenty-sixth blind set (piano tuning terms, wedding photographer).

The examples are our own (a home cleaning service, a party venue, a photo-print shop's
price table), not that set's questions. Each test also shows the wrong answer with its
rule off.
"""

from __future__ import annotations

import re
from unittest import mock

from tools.rag import answer_types
from tools.rag.answer import extractive_answer
from tools.rag.arrival_phrases import with_arrival_verb
from tools.rag.asked_act import asked_act
from tools.rag.chat_spellings import with_chat_spellings
from tools.rag.elapsed_periods import without_elapsed_periods
from tools.rag.fee_for_item import fee_item_terms
from tools.rag.headed_cells import cells_with_headings
from tools.rag.models import Passage
from tools.rag.own_objects import asks_own_object, writer_owned
from tools.rag.question import analyze_question
from tools.rag.sentence_checks import rate_conflict
from tools.rag.textutil import tokenize
from tools.rag.time_length import LENGTH_QUESTION, length_frame_terms

# --- "N 만에": time that passed, no rate (tools.rag.elapsed_periods) ---------------------

_RECLEAN = "청소 후 7일 안에 얼룩이 다시 생기면 1회 무료로 다시 청소합니다."


def test_time_passed_before_it_happened_again_is_no_rate() -> None:
    question = "청소 받고 사흘 만에 얼룩이 또 생겼어요"
    assert not rate_conflict(question, _RECLEAN)
    assert not rate_conflict("소파 청소 일주일만에 다시 더러워졌는데요", _RECLEAN)
    # Rule off: 일주일 reads as "per week" against the sentence's 1회 (a per-dose figure).
    with mock.patch("tools.rag.elapsed_periods._AFTER_PASSING", re.compile("(?!)")):
        assert rate_conflict("소파 청소 일주일만에 다시 더러워졌는데요", _RECLEAN)
    # A period the figure is counted per stays a rate.
    assert rate_conflict("일주일에 몇 번 청소해 줘요?", _RECLEAN)
    assert without_elapsed_periods("한 달 만에 고장") == "  고장"


# --- the asker's own thing is not the writer's "our" thing (tools.rag.own_objects) --------

_OUR_DJ = "Our DJ is booked until midnight, and no music is played on the terrace."
_YOUR_DJ = "You may bring your own DJ if they finish by 23:00."


def test_our_thing_in_a_document_is_not_the_askers_own() -> None:
    question = "can we bring our own dj to the party"
    assert asks_own_object(question)
    assert not asks_own_object("can we bring a dj to the party")
    words = ["our", "dj", "is", "booked"]
    assert writer_owned(words, 1, {"dj"})
    assert not writer_owned(["your", "own", "dj"], 2, {"dj"})
    act = asked_act(question)
    assert act is not None
    # The venue's own DJ says nothing of bringing one; a rule on the guests' own DJ does.
    assert act.missed_by(set(tokenize(_OUR_DJ)), _OUR_DJ, set(tokenize(_OUR_DJ)))
    assert not act.missed_by(set(tokenize(_YOUR_DJ)), _YOUR_DJ, set(tokenize(_YOUR_DJ)))
    # Rule off: the venue's DJ sentence reads as a rule on the asked DJ.
    with mock.patch("tools.rag.act_objects.asks_own_object", return_value=False):
        assert not act.missed_by(set(tokenize(_OUR_DJ)), _OUR_DJ, set(tokenize(_OUR_DJ)))


# --- a count cell counts what its column heading names (tools.rag.headed_cells) ----------

_PRINT_TABLE = (
    "Bundle | Size | Printed photos | Price |\n\n"
    "Starter | 10 x 15 cm | 30 | 9,000 won |\n\n"
    "Family | 13 x 18 cm | 80 | 21,000 won |"
)
_PRINTS = Passage(
    chunk_id="bundles",
    source="prints.html",
    heading="Photo Print Shop > Print bundles",
    text=_PRINT_TABLE,
)
_PRINT_TIMES = Passage(
    chunk_id="pickup",
    source="prints.html",
    heading="Photo Print Shop > Pick-up",
    text="Orders of up to 5 photos are ready within 2 hours.",
)


def test_count_cell_counts_its_column_heading() -> None:
    row = "Family | 13 x 18 cm | 80 | 21,000 won |"
    assert cells_with_headings(row, _PRINT_TABLE) == (
        "Family Bundle | 13 x 18 cm Size | 80 Printed photos | 21,000 won Price"
    )
    assert cells_with_headings("Orders are ready in 2 hours.", _PRINT_TABLE) is None
    question = "how many printed pics are in the family bundle"
    answer = extractive_answer(question, [_PRINTS, _PRINT_TIMES])
    assert answer.covered and answer.text.startswith("Family")
    # Rule off: the row holds no count of photos, and the pick-up sentence's "5 photos"
    # was quoted for the Family bundle.
    with mock.patch("tools.rag.answer.counted_under_heading", return_value=False):
        off = extractive_answer(question, [_PRINTS, _PRINT_TIMES])
        assert not off.text.startswith("Family")


# --- "the fee for the X" prices X (tools.rag.fee_for_item) -------------------------------

_DATE_CHANGE = Passage(
    chunk_id="dates",
    source="venue.md",
    heading="Party Loft > Changing the party date",
    text=(
        "We move your party to another date once without a fee if you ask 30 days ahead "
        "and the loft is free on the new date. A later request is treated as a cancellation."
    ),
)


def test_fee_for_the_item_must_price_that_item() -> None:
    assert fee_item_terms(
        "whats the cleaning fee for the rooftop terrace", ["cleaning", "fee", "rooftop", "terrace"]
    ) == ["rooftop", "terrace"]
    assert fee_item_terms("price for 2 people on a weekday", ["price", "people"]) == []
    question = "whats the cancellation fee for the rooftop terrace"
    passages = [_DATE_CHANGE]
    answer = extractive_answer(question, passages, frequency=lambda _t: 3)
    assert not answer.covered
    # Rule off: "without a fee" (the party date) answers what the terrace's cancellation costs.
    # The free-items screen (tools.rag.free_items_42d) reads "the loft is free" as a free thing
    # not asked and stops that sentence too: two defences, both switched off here.
    with (
        mock.patch("tools.rag.prices.fee_item_terms", return_value=[]),
        mock.patch("tools.rag.answer.frees_only_unasked_things", return_value=False),
    ):
        off = extractive_answer(question, passages, frequency=lambda _t: 3)
        assert off.covered and "without a fee" in off.text


# --- ㅆ typed as ㅅ in chat (tools.rag.chat_spellings) -----------------------------------


def test_chat_spelling_of_ss_is_read_as_written_properly() -> None:
    assert with_chat_spellings("청소 추가요금 잇어요?") == "청소 추가요금 있어요?"
    assert with_chat_spellings("소파 청소 안햇는데 괜찮나요") == "소파 청소 안했는데 괜찮나요"
    assert with_chat_spellings("예약 됫나요") == "예약 됐나요"
    # 잇다 (to join) keeps its own forms; 햇살 (sunlight) is a noun.
    assert with_chat_spellings("호스를 잇는 방법") == "호스를 잇는 방법"
    assert with_chat_spellings("햇살 드는 방") == "햇살 드는 방"
    # Rule off: 잇 is a term no document holds, so the question names an unknown word.
    assert "잇" in analyze_question("청소 추가요금 잇어요?").terms
    assert "잇" not in analyze_question(with_chat_spellings("청소 추가요금 잇어요?")).terms


# --- "수업 시간은 얼마나": how long, 시간 no topic (tools.rag.time_length) --------------------

_YOGA = Passage(
    chunk_id="yoga",
    source="yoga.md",
    heading="숲 요가원 > 수업 예약",
    text=(
        "요가 수업 1회는 60분입니다. "
        "예약 취소는 수업 시작 6시간 전까지 무료로 할 수 있습니다. "
        "수업 시작 6시간 이내에 취소하면 1회가 차감됩니다."
    ),
)


def test_time_asked_as_how_much_is_a_length() -> None:
    question = "요가 1회 수업 시간은 얼마나 돼요"
    assert analyze_question(question).answer_type == "duration"
    assert length_frame_terms(question) == {"시간"}
    assert length_frame_terms("몇 시간 전에 취소해야 돼요") == frozenset()
    answer = extractive_answer(question, [_YOGA])
    assert answer.text.startswith("요가 수업 1회는 60분입니다.")
    # Rule off: 얼마 reads the question as asking an amount, with 시간 a weighed topic
    # (on held-out 22's terms the lead-time lines "수업 시작 12시간 전까지" matched it).
    rules = tuple(
        (kind, re.compile(rule.pattern.replace(LENGTH_QUESTION + "|", ""), rule.flags))
        for kind, rule in answer_types._TYPE_RULES
    )
    with mock.patch("tools.rag.answer_types._TYPE_RULES", rules):
        assert analyze_question("요가 2회 수업 시간은 얼마나 돼요").answer_type == "amount"


# --- when to "get to" a place is when to arrive (tools.rag.arrival_phrases) ---------------

_POTTERY = [
    Passage(
        chunk_id="classes",
        source="pottery.md",
        heading="Clay Corner Pottery Studio > Classes",
        text="Please arrive 10 minutes before your class to put on an apron.",
    ),
    Passage(
        chunk_id="parties",
        source="pottery.md",
        heading="Clay Corner Pottery Studio > Parties",
        text="The party package includes a tea break of 30 minutes in the pottery studio lounge.",
    ),
]


def test_when_to_get_to_a_place_asks_when_to_arrive() -> None:
    question = "how early should we get to the pottery studio"
    assert with_arrival_verb(question) == "how early should we arrive at the pottery studio"
    assert with_arrival_verb("what time should i get there") == "what time should i arrive there"
    # The way there, or "get to" + a verb, is no arrival time.
    assert with_arrival_verb("how do i get to the pottery studio") == (
        "how do i get to the pottery studio"
    )
    assert with_arrival_verb("when do we get to take the pots home") == (
        "when do we get to take the pots home"
    )
    answer = extractive_answer(with_arrival_verb(question), _POTTERY)
    assert "10 minutes" in answer.text.split("[1]")[0]
    # Rule off: "get" weighs nothing, and the party's "30 minutes" answers. (Since blind33,
    # tools.rag.lead_time_asked screens that span for "how early" too; it is switched off
    # here so this rule alone is tried. Since blind37 a studio is a venue, whose words
    # "pottery studio" then weigh nothing against the party's lounge either: that reading
    # is switched off too; so is early57's, a sentence naming no arriving.)
    with (
        mock.patch("tools.rag.qualifiers.states_no_lead_time", return_value=False),
        mock.patch("tools.rag.qualifiers.misses_arrival_act", return_value=False),
        mock.patch("tools.rag.place_words.venue_phrase_terms", return_value=set()),
    ):
        off = extractive_answer(question, _POTTERY)
    assert "10 minutes" not in off.text.split("[1]")[0]
