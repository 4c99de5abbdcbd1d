"""Rules found on the forty-second blind set (a Korean coin karaoke, an English fruit farm).

The examples are our own (a bowling alley's snacks, a bakery's hours, a leisure centre
named "Riverside Family Centre"), not that set's questions. Each integration test names
the wrong answer the code gave without its rule.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.tools.rag.heldout_floor import (
    assert_phrases_written_once,
    assert_set_counts,
    heldout_store,
)
from tests.tools.rag.test_blind36_findings import _answer
from tools.rag import DocumentStore
from tools.rag.answer import extractive_answer
from tools.rag.closing_hours_42d import closing_links, opening_line_without_range
from tools.rag.free_items_42d import frees_only_unasked_things
from tools.rag.models import Passage
from tools.rag.name_headings_42d import heading_terms

# --- a sentence whose only sum is a free thing not asked (tools.rag.free_items_42d) -----------


@pytest.mark.parametrize(
    ("question", "sentence"),
    [
        ("5명이면 룸 가격 얼마에요?", "단체로 오시면 과자 2봉지를 무료로 드립니다."),
        ("how much is the canoe hire", "Life jackets are free at the boathouse."),
        ("day ticket price?", "Members get one hour of free parking at the lake."),
    ],
)
def test_a_free_thing_not_asked_prices_nothing_asked(question: str, sentence: str) -> None:
    assert frees_only_unasked_things(question, sentence, "amount", set())


@pytest.mark.parametrize(
    ("question", "sentence", "answer_type"),
    [
        # The question names the free thing: "free" is its price.
        ("과자 가격 얼마에요?", "단체로 오시면 과자 2봉지를 무료로 드립니다.", "amount"),
        ("how much are life jackets", "Life jackets are free at the boathouse.", "amount"),
        # A real sum stands beside the free thing.
        ("룸 가격 얼마에요?", "룸은 1시간 20,000원이고 과자 2봉지를 무료로 드립니다.", "amount"),
        # Not a price question.
        ("5명이면 뭐 줘요?", "단체로 오시면 과자 2봉지를 무료로 드립니다.", None),
    ],
)
def test_a_free_thing_asked_or_beside_a_sum_is_kept(
    question: str, sentence: str, answer_type: str | None
) -> None:
    assert not frees_only_unasked_things(question, sentence, answer_type, set())


def test_a_room_price_is_not_answered_by_free_snacks() -> None:
    # Without the rule: "… 음료 2잔을 무료로 드립니다." answers the lane's price.
    text = "주말에 4명 이상이 레인을 이용하면 음료 2잔을 무료로 드립니다."
    answer = _answer("6명이서 레인 얼마에요?", text, "볼링장 안내 > 혜택")
    assert "무료" not in answer


# --- a closing time asked, the opening hours' range (tools.rag.closing_hours_42d) -----------


def test_a_closing_question_is_matched_by_opening_words() -> None:
    assert closing_links(("time", "close"), "datetime")["close"] >= {"open"}
    assert closing_links(("bakery", "close"), None) == {}
    assert closing_links(("bakery", "open"), "datetime") == {}


@pytest.mark.parametrize(
    ("tokens", "sentence", "screened"),
    [
        ({"open"}, "We open at 9:00 every day.", True),
        ({"open"}, "We are open every day, 7:30 to 19:00.", False),
        ({"영업"}, "매일 10시부터 22시까지 영업합니다.", False),
        ({"close", "open"}, "We close at 6 pm.", False),
    ],
)
def test_an_opening_line_answers_a_closing_question_only_with_a_range(
    tokens: set[str], sentence: str, screened: bool
) -> None:
    assert opening_line_without_range(("close",), "datetime", tokens, sentence) is screened


def test_the_closing_time_is_the_end_of_the_usual_hours() -> None:
    # Without the rule: the Christmas Eve exception, the only sentence writing "closed".
    text = (
        "The bakery is open every day, 7:30 to 19:00. It is closed on public holidays, "
        "except Christmas Eve, when it opens from 8:00 to 12:00."
    )
    answer = _answer("what time does the bakery close", text, "Bakery hours")
    assert "19:00" in answer
    assert "12:00" not in answer


def test_an_opening_time_alone_does_not_answer_when_it_closes() -> None:
    answer = _answer("what time does the bakery close", "The bakery opens at 7:30.", "Hours")
    assert "7:30" not in answer


# --- an organisation's name in a heading (tools.rag.name_headings_42d) ----------------------

_CENTRE = """# Visitor Guide (Riverside Family Centre)

The Riverside Family Centre is a leisure centre by the river.

## Parking

Parking tickets cost £3 a day.
"""


def test_a_name_the_body_writes_is_no_topic_of_the_heading() -> None:
    heading = "Visitor Guide (Riverside Family Centre) > Parking"
    assert "family" not in heading_terms("family ticket how much", heading, _CENTRE)
    assert "park" in heading_terms("family ticket how much", heading, _CENTRE)


@pytest.mark.parametrize("question", ["family centre parking price", "riverside family prices"])
def test_a_name_is_kept_when_the_question_writes_it(question: str) -> None:
    heading = "Visitor Guide (Riverside Family Centre) > Parking"
    assert "family" in heading_terms(question, heading, _CENTRE)


def test_a_word_of_the_name_the_body_also_uses_is_kept() -> None:
    document = "# Prices (Zoom Karting Leeds)\n\nZoom Karting Leeds has 30 karts for adults.\n"
    assert "kart" in heading_terms("kart price", "Prices (Zoom Karting Leeds)", document)


def test_a_name_that_is_the_headings_subject_is_kept() -> None:
    # The kind of place the document is about: "rehearsal" is never written outside the name.
    document = "# Echo Rehearsal Rooms: Terms\n\nBook Echo Rehearsal Rooms online.\n"
    heading = "Echo Rehearsal Rooms: Terms > Rates"
    assert "rehearsal" in heading_terms("rehearsal price", heading, document)


def test_title_case_the_body_never_writes_is_kept() -> None:
    document = "# Family Tickets And Prices\n\nA family ticket is £14.\n"
    assert "family" in heading_terms("family ticket", "Family Tickets And Prices", document)


def test_a_family_price_is_not_a_parking_ticket_under_a_family_name() -> None:
    # Without the rule: "Parking tickets cost £3 a day.", its heading's name giving "family".
    parking = Passage(
        chunk_id="c1",
        source="centre.md",
        heading="Visitor Guide (Riverside Family Centre) > Parking",
        text="Parking tickets cost £3 a day.",
    )
    swim = Passage(chunk_id="c2", source="swim.md", heading="Swim prices", text="Family swim: £14")
    documents = {"centre.md": _CENTRE, "swim.md": "# Swim prices\n\nFamily swim: £14\n"}
    answer = extractive_answer(
        "family ticket how much",
        [parking, swim],
        idf=lambda term: 2.0 if term == "family" else 1.0,
        frequency=lambda _: 3,
        document_text=lambda p: documents[p.source],
        max_sentences=1,
    )
    assert "£14" in answer.text


# --- the set itself -------------------------------------------------------------------------

_SET = Path(__file__).resolve().parents[3] / "bench" / "docqa_heldout42"
# First blind run (main 8df8bf9b): 19 of 57 right, 4 wrong, 15 of 15 declined. With these
# rules 21 right, 1 wrong. The wrong answer left ("do you take cash", naming no organisation,
# answered with the clinic's cash line) is named so that a new one fails the test.
_LEFT_WRONG = {"do you take cash"}
_RIGHT_FLOOR = 21


def test_every_expected_phrase_is_written_once_in_its_document() -> None:
    assert_phrases_written_once(_SET, min_questions=65, min_unanswerable=15)


@pytest.fixture(scope="module")
def store(
    tmp_path_factory: pytest.TempPathFactory, embedded_samples: Path
) -> Iterator[DocumentStore]:
    store = heldout_store(_SET, embedded_samples, tmp_path_factory.mktemp("blind42"))
    yield store
    store.close()


def test_the_set_gives_no_new_wrong_answer_and_keeps_its_counts(store: DocumentStore) -> None:
    assert_set_counts(
        store,
        _SET / "questions.json",
        left_wrong=_LEFT_WRONG,
        declined_right=15,
        right_floor=_RIGHT_FLOOR,
    )
