"""Rules found on the forty-fifth blind set (a Korean temple stay, an English riding school).

The examples are our own (a climbing centre, a swimming class, a ski school, a kayak club),
not that set's questions. Each integration test also runs with its rule switched off and
names the wrong answer the code gave without it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

import agents.documents as documents_module
import tools.rag.answer as answer_module
import tools.rag.qualifiers as qualifiers_module
from agents.documents import plan_document_step
from tests.doc_stores import plain_chat as _plain_chat
from tests.tools.rag.heldout_floor import (
    assert_phrases_written_once,
    heldout_set_test,
)
from tools.rag import DocumentStore
from tools.rag.answer import extractive_answer
from tools.rag.ing_compound_54h import (
    asked_ing_kinds,
    document_misses_ing_kind,
    passages_writing_ing_kinds,
)
from tools.rag.models import ExtractiveAnswer, Passage
from tools.rag.qualifiers import missing_limit
from tools.rag.question import analyze_question
from tools.rag.story_question_54h import asks_after_story

# --- an "-ing" kind asked is answered only by a guide that writes it (ing_compound_54h) ----


@pytest.mark.parametrize(
    ("question", "kinds"),
    [
        ("is there a waiting area for parents", [("wait", "area")]),
        ("do u have any drying rooms", [("dry", "room")]),
        ("have you got a smoking area?", [("smok", "area")]),
        # An "-ing" word with no determiner before it is as often a verb with its object.
        ("is anyone selling tickets", []),
        ("can i bring dogs", []),
        # The times of a service are stated as hours without the word.
        ("what are the opening hours", []),
    ],
)
def test_an_ing_kind_is_read(question: str, kinds: list[tuple[str, str]]) -> None:
    assert asked_ing_kinds(question) == kinds


_CLIMBING = """# Northwall Climbing Centre

## Parties
A party includes two hours of climbing and a room for your own food.

## Prices
Day entry costs £12.
"""


def test_a_document_never_writing_the_kind_misses_it() -> None:
    assert document_misses_ing_kind("is there a drying room", _CLIMBING)
    assert not document_misses_ing_kind("is there a drying room", _CLIMBING + "\nA drying room.")
    # A stem met only inside another word ("exchanged") is no mention of it.
    assert document_misses_ing_kind("any changing rooms?", _CLIMBING + "\nVouchers are exchanged.")
    # A Korean guide names the kind in its own words: the stem cannot check it.
    assert not document_misses_ing_kind("is there a drying room", "파티에는 음식용 방이 있습니다.")


def _answer(question: str, text: str) -> ExtractiveAnswer:
    passage = Passage(chunk_id="c1", source="climb_en.md", heading="Parties", text=text)
    return extractive_answer(
        question,
        [passage],
        idf=lambda _: 1.0,
        frequency=lambda _: 3,
        document_text=lambda _: _CLIMBING,
        max_sentences=3,
    )


def test_the_party_room_does_not_answer_for_a_drying_room(monkeypatch: pytest.MonkeyPatch) -> None:
    question = "do you have a drying room at the climbing centre"
    text = "A party includes two hours of climbing and a room for your own food."
    assert not _answer(question, text).covered
    # Without the rule the party's room was quoted as the drying room.
    monkeypatch.setattr(answer_module, "document_misses_ing_kind", lambda *_: False)
    assert "a room for your own food" in _answer(question, text).text


def test_a_model_is_not_given_a_guide_that_never_writes_the_kind() -> None:
    party = Passage(chunk_id="p", source="climb_en.md", heading="Parties", text=_CLIMBING)
    korean = Passage(chunk_id="k", source="pool_ko.md", heading="시설", text="탈의실은 2층입니다.")

    def mentions(passage: Passage, text: str) -> bool:
        return text in passage.text.casefold()

    kept = passages_writing_ing_kinds("any changing rooms", [party, korean], mentions)
    assert kept == [korean]
    assert passages_writing_ing_kinds("how much is entry", [party], mentions) == [party]


_CLIMB_GUIDE = """# Northwall Climbing Centre

## Parties
A party includes two hours of climbing and a room for your own food. Parties run on Saturdays.

## Prices
Day entry costs £12. Vouchers cannot be exchanged for cash.
"""
_VISIT_GUIDE = """# Visitor information

## Changing your booking
To change a booking, call us by 6 p.m. the day before.
"""


@pytest.fixture(scope="module")
def climb_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[DocumentStore]:
    folder = tmp_path_factory.mktemp("docs")
    (folder / "climb_en.md").write_text(_CLIMB_GUIDE, encoding="utf-8")
    (folder / "visit_en.md").write_text(_VISIT_GUIDE, encoding="utf-8")
    store = DocumentStore(tmp_path_factory.mktemp("data"), dense=False)
    store.ingest_path(Path(folder), "notices")
    yield store
    store.close()


def test_no_model_reads_the_party_room_for_changing_rooms(
    climb_store: DocumentStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = "is there a changing room for parties"
    plan = plan_document_step(climb_store, text, collection="notices", pinned=False)
    assert plan.kind == "not_covered"
    # Without the rule a model was given the party paragraph ("exchanged" vouched for
    # "chang…") and could answer with its room.
    monkeypatch.setattr(documents_module, "passages_writing_ing_kinds", lambda _, ps, __: ps)
    plan = plan_document_step(climb_store, text, collection="notices", pinned=False)
    assert plan.kind == "grounded"


# --- a question asked after a story with no comma (story_question_54h) ---------------------


@pytest.mark.parametrize(
    ("text", "asks"),
    [
        ("my daughter is 6 can she join the ski school", True),
        ("we are 9 people do we need to book ahead", True),
        ("my husband has a bad knee should he skip the lesson", True),
        ("i love it here and so do we", False),
        ("they said we can come early", False),
        ("i hope you can help", False),
    ],
)
def test_a_question_after_a_story_is_read(text: str, asks: bool) -> None:
    assert asks_after_story(text) is asks


_SKI_EN = """# Snowpeak Ski School: Lessons

## Who can join
Children from age 8 can join group lessons.

## Prices
A group lesson costs £40.
"""


@pytest.fixture(scope="module")
def ski_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[DocumentStore]:
    folder = tmp_path_factory.mktemp("docs")
    (folder / "ski_en.md").write_text(_SKI_EN, encoding="utf-8")
    store = DocumentStore(tmp_path_factory.mktemp("data"), dense=False)
    store.ingest_path(Path(folder), "notices")
    yield store
    store.close()


def test_a_story_question_is_never_plain_chat(
    ski_store: DocumentStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = "my niece is 6 can she have ski lessons"
    assert not _plain_chat(ski_store, text)
    # Without the rule it was chat: a small model answered with no note that the
    # documents had not ("No, my son cannot have riding lessons.").
    monkeypatch.setattr(documents_module, "asks_after_story", lambda _: False)
    assert _plain_chat(ski_store, text)


# --- "30 min" after a figure is minutes, not a minimum (tools.rag.qualifiers) -------------


@pytest.mark.parametrize(
    ("question", "asks_minimum"),
    [
        ("how much for a 45 min swim class", False),
        ("price of a 90 min session?", False),
        ("whats the min age for the ski school", True),
        ("minimum stay at the campsite?", True),
    ],
)
def test_min_after_a_figure_is_minutes(question: str, asks_minimum: bool) -> None:
    assert missing_limit(question, "A 45 minute class costs £9.") is asks_minimum


_SWIM = """Lesson prices
| Lesson | Length | Price |
|---|---|---|
| Adult class | 45 minutes | £9 |
| Adult class | 90 minutes | £15 |
"""


def test_a_lesson_of_so_many_min_is_priced(monkeypatch: pytest.MonkeyPatch) -> None:
    passage = Passage(chunk_id="s1", source="swim_en.md", heading="Lesson prices", text=_SWIM)

    def answer() -> ExtractiveAnswer:
        return extractive_answer(
            "how much is a 45 min adult class",
            [passage],
            idf=lambda _: 1.0,
            frequency=lambda _: 3,
            document_text=lambda _: _SWIM,
        )

    assert "£9" in answer().text
    # Before, "min" asked for a minimum, which no price row states: declined.
    monkeypatch.setattr(
        qualifiers_module,
        "_ASKS_MINIMUM",
        re.compile(r"최소|최저|적어도|\b(?:min(?:imum)?|at least)\b", re.IGNORECASE),
    )
    assert not answer().covered


# --- "because" names no topic (tools.rag.question_words) ----------------------------------

_KAYAK_EN = """# Riverside Kayak Club

## Cancellations
If we cancel a session for bad weather, you can choose a refund or a new date.
Members cancel at least 24 hours ahead for a full refund.
"""


@pytest.fixture(scope="module")
def kayak_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[DocumentStore]:
    folder = tmp_path_factory.mktemp("docs")
    (folder / "kayak_en.md").write_text(_KAYAK_EN, encoding="utf-8")
    store = DocumentStore(tmp_path_factory.mktemp("data"), dense=False)
    store.ingest_path(Path(folder), "notices")
    yield store
    store.close()


@pytest.mark.parametrize(
    "text",
    [
        "what if the club cancels a session because of the weather",
        "do i get a refund if you cancel cuz of bad weather",
    ],
)
def test_a_reason_given_with_because_is_no_topic(kayak_store: DocumentStore, text: str) -> None:
    assert not {"because", "cuz"} & set(analyze_question(text).terms)
    plan = plan_document_step(kayak_store, text, collection="notices", pinned=False)
    # Before, "because" was a word the documents never mention: declined.
    assert plan.kind == "extractive", plan.reasons
    assert "refund or a new date" in plan.answer


# --- the set itself -------------------------------------------------------------------------

_SET = Path(__file__).resolve().parents[3] / "bench" / "docqa_heldout45"
# First blind run (main 19eb750c): 33 of 60 right, 1 wrong, 14 of 15 declined; with these
# rules 35 right, 0 wrong, 15 of 15 declined. A new wrong answer fails the test.
_LEFT_WRONG: frozenset[str] = frozenset()


def test_every_expected_phrase_is_written_once_in_its_document() -> None:
    assert_phrases_written_once(_SET, min_questions=75, min_unanswerable=15)


test_the_set_gives_no_new_wrong_answer_and_keeps_its_counts = heldout_set_test(
    "docqa_heldout45", left_wrong=_LEFT_WRONG, declined_right=15, right_floor=35
)
