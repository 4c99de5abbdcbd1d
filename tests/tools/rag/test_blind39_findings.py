"""Rules found on the thirty-ninth blind set (a campsite guide, a laundrette price list).

The examples are our own (a bike shed, a ski locker room, a bowling alley's café, a
launderette, a food court), not that set's questions. Each test also shows the wrong
reading with its rule off.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.tools.rag.heldout_floor import assert_phrases_written_once, set_holds_test
from tests.tools.rag.test_blind36_findings import _answer
from tools.rag.english_venue import named_venue
from tools.rag.figure_spans import spans_written
from tools.rag.figures import figure_conflict, figures_by_unit
from tools.rag.models import Passage
from tools.rag.native_counts import native_counts_as_digits
from tools.rag.owned_passages import passages_of_owner
from tools.rag.question import analyze_question
from tools.rag.textutil import tokenize

# --- native-number counts are figures (tools.rag.native_counts) -------------------------------


@pytest.mark.parametrize(
    ("text", "written"),
    [
        ("자전거 세 대 세워도 돼요?", "자전거 3대 세워도 돼요?"),
        ("어른 다섯명이면요", "어른 5명이면요"),
        ("우산 두개 빌려요", "우산 2개 빌려요"),
        ("열두 달 할부", "12달 할부"),
        # Not counts: an ordinal, a one-word noun, "yes", a headache, "one" as phrasing.
        ("두 번째 자전거는", "두 번째 자전거는"),
        ("세대주만 신청", "세대주만 신청"),
        ("네 알겠습니다", "네 알겠습니다"),
        ("두통이 있어요", "두통이 있어요"),
        ("한 번 물어볼게요", "한 번 물어볼게요"),
        # Glued to a noun the count names a thing: the two-bike discount.
        ("두대할인 받을수있나요", "두대할인 받을수있나요"),
        ("세명이서 가요", "3명이서 가요"),
    ],
)
def test_native_counts_are_written_in_digits(text: str, written: str) -> None:
    assert native_counts_as_digits(text) == written


def test_a_count_in_native_words_is_a_figure_the_sentence_must_state() -> None:
    question = "자전거 세 대 세워도 돼요?"
    # 대 is read as 개, the one counting unit for things (tools.rag.figures).
    assert figures_by_unit(question) == {"개": [(3.0, 3.0)]}
    # A sentence about bikes that counts none does not answer how many may be parked...
    assert figure_conflict(question, "자전거는 건물 뒤 자전거 보관소에 세워 주세요.")
    # ...one that allows up to four does, and so does the digits' spelling of the question.
    assert not figure_conflict(question, "한 집에 자전거는 4대까지 세울 수 있습니다.")
    assert figure_conflict(
        "자전거 3대 세워도 돼요?", "자전거는 건물 뒤 자전거 보관소에 세워 주세요."
    )


_BIKE_SHED = (
    "밤 11시 이후에는 자전거를 보관소에 넣을 수 없으니 건물 앞에 자전거를 세워 두세요. "
    "보관소는 1층 뒤편에 있습니다."
)


@pytest.mark.parametrize(
    "question", ["자전거 세 대 가져가도 되나요?", "자전거 두대 가져가도 되나요?"]
)
def test_a_sentence_counting_nothing_does_not_answer_a_native_count(question: str) -> None:
    # How many bikes may come is not told: with the rule off the count was no figure and
    # the after-hours rule was quoted for it.
    assert "11시" not in _answer(question, _BIKE_SHED, "자전거 보관")


# --- a span between two figures is one range (tools.rag.figure_spans) -------------------------


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("수업 10일 전부터 4일 전까지 | 70% 환불", ["4~10일 전"]),
        ("대여는 2시간부터 5시간까지 가능", ["2~5시간"]),
        ("refunds between 3 and 5 days before", ["3~5 days"]),
        # Across the day itself there is no one range.
        ("3일 전부터 2일 후까지", []),
        # Two figures of different units are no span.
        ("2시간부터 3일까지", []),
    ],
)
def test_a_span_is_written_as_one_range(text: str, spans: list[str]) -> None:
    assert spans_written(text) == spans


def test_a_figure_inside_a_span_is_stated_by_it() -> None:
    row = "수업 10일 전부터 4일 전까지 | 결제 금액의 70% |"
    # Seven days before lies in the row's span (with the rule off: 10 and 4, never 7).
    assert not figure_conflict("7일 전에 취소하면 얼마 돌려받아요?", row)
    assert figure_conflict("2일 전에 취소하면 얼마 돌려받아요?", row)
    english = "Cancelling between 4 and 10 days before the class refunds 70%."
    assert not figure_conflict("refund if i cancel 7 days before?", english)


def test_a_span_is_read_besides_its_ends() -> None:
    # "from April" still reads as from April on: the sentence that answers "only April to
    # October" stays a candidate for a month outside it (read instead of its ends, lost).
    assert not figure_conflict("11월에도 열어요?", "정원은 4월부터 10월까지만 엽니다.")


def test_a_native_count_is_no_figure_against_an_english_sentence() -> None:
    # An English sentence counts in words ("four wrong tries"), no 회 the question could
    # meet: a native count asks nothing of it (always read, the answer was lost).
    english = "After four wrong tries the card is blocked for an hour."
    assert not figure_conflict("비밀번호 네 번 틀리면 얼마나 잠겨요?", english)
    assert figure_conflict("비밀번호 네 번 틀리면 얼마나 잠겨요?", "카드는 한 시간 동안 잠깁니다.")


# --- a venue named by a place suffix (tools.rag.english_venue) --------------------------------


@pytest.mark.parametrize(
    ("question", "venue"),
    [
        ("is there parking at the launderette", tokenize("launderette")[0]),
        ("do you have wifi in the cafeteria", tokenize("cafeteria")[0]),
        ("opening hours of the planetarium?", tokenize("planetarium")[0]),
        ("can kids play at the playground", tokenize("playground")[0]),
        ("lockers at the boathouse?", tokenize("boathouse")[0]),
        # No place: a word after "the" that is neither listed nor suffixed as one.
        ("is it busy in the morning", None),
        ("what is in the background", None),
    ],
)
def test_a_place_suffix_names_a_venue(question: str, venue: str | None) -> None:
    assert named_venue(question) == venue


def _passage(chunk_id: str, source: str, heading: str, text: str) -> Passage:
    return Passage(chunk_id=chunk_id, source=source, heading=heading, text=text)


def test_another_places_parking_is_not_the_launderettes() -> None:
    question = "is there parking at the launderette"
    museum = _passage("m1", "museum.md", "Visiting", "Visitors park free in the museum car park.")
    launderette = _passage("l1", "wash.md", "Sunny Launderette prices", "A wash costs £5.")
    documents = {"museum.md": museum.text, "wash.md": f"{launderette.heading} {launderette.text}"}

    def mentions(passage: Passage, word: str) -> bool:
        return word in tokenize(documents[passage.source])

    def holds(word: str) -> bool:
        return any(word in tokenize(text) for text in documents.values())

    topics = list(analyze_question(question).topic_terms)
    kept = passages_of_owner(question, topics, [museum], mentions, holds)
    # The museum's page never names a launderette: its parking is not the answer (with the
    # rule off no venue was read and the museum's car park was handed on).
    assert kept == []


# --- the set itself ----------------------------------------------------------------------------

_SET = Path(__file__).resolve().parents[3] / "bench" / "docqa_heldout39"
# Measured with `python -m bench.docqa --json --devset bench/docqa_heldout39/questions.json
# --docs (its two documents)`: main ca35e927 25 of 45 right, 2 wrong, 19 of 20 declined;
# with these rules 26 right (recall 0.58), 0 wrong, 20 of 20 declined.
_RECALL_FLOOR = 0.57


def test_every_expected_phrase_is_written_once_in_its_document() -> None:
    assert_phrases_written_once(_SET, min_questions=60, min_unanswerable=20)


test_the_set_gives_no_wrong_answer_and_keeps_its_counts = set_holds_test(
    "docqa_heldout39", recall_floor=_RECALL_FLOOR, min_questions=60, min_unanswerable=20
)
