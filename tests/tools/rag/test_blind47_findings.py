"""Rules found on the forty-seventh blind set (a Korean funeral hall, an English tattoo studio).

The examples are our own (a massage room's aftercare and its piercing corner), not that
set's questions. Each behaviour test also runs with its rule switched off and names the
wrong answer the code gave without it.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

import agents.documents_wording as wording_module
import tools.rag.answer as answer_module
import tools.rag.answer_types as answer_types_module
import tools.rag.dense_confirmed as dense_confirmed_module
from agents.documents import plan_document_step
from bench.docqa import SAMPLES
from tests.tools.rag.conftest import copy_of_samples, extractive_answer
from tests.tools.rag.heldout_floor import assert_phrases_written_once, heldout_set_test
from tools.rag import DocumentStore
from tools.rag.bought_carried_56h import with_bought_carried_spelled
from tools.rag.combined_offers_56h import asks_combined
from tools.rag.inverted_kind_56h import unheld_subject_kind
from tools.rag.textutil import english_tokens
from tools.rag.waiting_after_56h import (
    asks_when_allowed_after,
    states_asked_wait,
    states_waiting_period,
)

_MASSAGE_EN = """# Willow Massage Rooms

## After your massage
No hot tubs or saunas for 24 hours after a deep tissue massage.
A follow-up session is free within 2 weeks if the pain comes back.

## Ear and body piercing corner
Piercings heal in 6-8 weeks (ear lobe) or 6-12 months (cartilage).
Group bookings do not need a deposit.
"""


@pytest.fixture(scope="module")
def massage_store(
    tmp_path_factory: pytest.TempPathFactory, embedded_samples: Path
) -> Iterator[DocumentStore]:
    # Dense: the inverted-subject rule guards the dense-confirmed path, which needs vectors.
    folder = tmp_path_factory.mktemp("docs")
    (folder / "massage_studio_en.md").write_text(_MASSAGE_EN, encoding="utf-8")
    store = copy_of_samples(embedded_samples, tmp_path_factory.mktemp("blind47"), [folder])
    yield store
    store.close()


# --- an unheld kind in an inverted question's subject (tools.rag.inverted_kind_56h) ---------


@pytest.mark.parametrize(
    ("question", "unknown", "topics", "kind"),
    [
        ("how long does a tongue piercing take to heal", {"tongue"}, {"tongue", "pierc"}, True),
        ("is the shellac polish extra", {"shellac"}, {"shellac", "polish"}, True),
        ("can a plus one come along", {"plus"}, {"plus"}, False),
        ("will a reset wipe my schedules", {"wipe"}, {"reset", "wipe", "schedul"}, False),
        ("does it wipe my schedules", {"wipe"}, {"wipe", "schedul"}, False),
    ],
)
def test_an_unheld_modifier_of_an_inverted_subject_names_a_kind(
    question: str, unknown: set[str], topics: set[str], kind: bool
) -> None:
    assert unheld_subject_kind(question, unknown, topics) is kind


@pytest.mark.parametrize(
    "question",
    ["how long does a tongue piercing take to heal", "how long does a navel piercing take to heal"],
)
def test_another_kind_of_piercing_is_not_answered_by_the_listed_kinds(
    massage_store: DocumentStore, question: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert extractive_answer(massage_store, question) == ""
    # Without the rule the dense-confirmed path let the unheld word pass as phrasing and
    # quoted the ear lobe and cartilage healing times.
    monkeypatch.setattr(dense_confirmed_module, "unheld_subject_kind", lambda *_: False)
    assert "6-8 weeks" in extractive_answer(massage_store, question)


# --- "when can i … after …" is answered by a waiting period (tools.rag.waiting_after_56h) ---


@pytest.mark.parametrize(
    ("question", "asks"),
    [
        ("when can i use the sauna after a massage", True),
        ("how soon can we swim after a session", True),
        ("마사지 받고 사우나 언제부터 가도 돼요?", True),
        ("when can i book a massage", False),
        ("언제 문 열어요?", False),
    ],
)
def test_a_when_after_question_is_read(question: str, asks: bool) -> None:
    assert asks_when_allowed_after(question) is asks


@pytest.mark.parametrize(
    ("sentence", "states"),
    [
        ("No hot tubs for 24 hours after a massage.", True),
        ("Wait 2 days before swimming.", True),
        ("시술 후 3일 동안 사우나는 피해 주세요.", True),
        ("The sauna is open 10:00-22:00.", False),
    ],
)
def test_a_waiting_period_is_read(sentence: str, states: bool) -> None:
    assert states_waiting_period(sentence) is states


@pytest.mark.parametrize(
    "question",
    ["when can i use the sauna after a massage", "when can we go in the hot tub after a massage"],
)
def test_when_after_is_answered_by_the_waiting_period(
    massage_store: DocumentStore, question: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert "for 24 hours" in extractive_answer(massage_store, question)
    # Without the rule the period was no time at all, and the follow-up session's
    # "free within 2 weeks" answered on "massage" alone.
    monkeypatch.setattr(answer_types_module, "answers_when_after", lambda *_: False)
    answer = extractive_answer(massage_store, question)
    assert "24 hours" not in answer
    assert "within 2 weeks" in answer


def test_a_wait_of_another_case_does_not_answer() -> None:
    question = "문신했는데 헌혈 언제부터 가능?"
    # A period on 헌혈 alone, for a night spent in a malaria area (held-out set 46).
    assert not states_asked_wait(question, "북부에서 잤다면 6개월 동안 혈장헌혈만 할 수 있습니다.")
    assert states_asked_wait(question, "문신을 했다면 6개월 동안 헌혈할 수 없습니다.")


# --- a plural "-ings" meets its singular (tools.rag.textutil._stem) ------------------------


@pytest.mark.parametrize(
    ("plural", "singular"),
    [("piercings", "piercing"), ("bookings", "booking"), ("Fittings", "fitting")],
)
def test_a_plural_ings_is_stemmed_as_its_singular(plural: str, singular: str) -> None:
    # Without the "ings" row "Piercings do not need a deposit" held "piercing", the
    # question "pierc": the sentence stating the rule never matched it.
    assert english_tokens(plural) == english_tokens(singular)


def test_short_words_ending_in_ings_keep_their_stem() -> None:
    assert english_tokens("things") == ["thing"]
    assert english_tokens("rings") == english_tokens("ring")


# --- "같이 받을 수 있어요?" is answered by the sentence on combining (combined_offers_56h) ---

_CINEMA_KO = """# 별빛 영화관 할인 안내

## 할인
학생은 학생증을 보여 주시면 관람료를 20% 할인받습니다.
조조 영화는 누구나 관람료를 30% 할인받습니다.
두 할인은 함께 받을 수 없습니다.
"""
_CINEMA_EN = """# Starlight Cinema discounts

## Discounts
Students get 20% off with a student card.
Morning shows are 30% off for everyone.
The two discounts cannot be combined.
"""


@pytest.fixture(scope="module")
def cinema_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[DocumentStore]:
    folder = tmp_path_factory.mktemp("cinema")
    (folder / "cinema_ko.md").write_text(_CINEMA_KO, encoding="utf-8")
    (folder / "cinema_en.md").write_text(_CINEMA_EN, encoding="utf-8")
    store = DocumentStore(tmp_path_factory.mktemp("data"), dense=False)
    store.ingest_path(folder, "notices")
    yield store
    store.close()


@pytest.mark.parametrize(
    ("question", "asks"),
    [
        ("학생할인이랑 조조할인 중복 적용 되나요?", True),
        ("can i use both discounts together", True),
        ("do the student and morning discounts stack", True),
        ("친구랑 같이 가도 돼요?", False),
        ("can we come together", False),
    ],
)
def test_a_question_on_combining_is_read(question: str, asks: bool) -> None:
    assert asks_combined(question) is asks


@pytest.mark.parametrize(
    "question",
    [
        "학생 할인이랑 조조 할인 같이 받을 수 있어요?",
        "학생 할인하고 조조 할인 함께 받을 수 있나요?",
    ],
)
def test_combining_is_answered_by_the_sentence_on_it(
    cinema_store: DocumentStore, question: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    plan = plan_document_step(cinema_store, question, collection="notices", pinned=False)
    assert plan.kind == "extractive"
    assert plan.answer.startswith("두 할인은 함께 받을 수 없습니다")
    assert "20%" not in plan.answer
    # Without the rule each discount's own rule answered first (the student's 20%).
    monkeypatch.setattr(answer_module, "misses_combination", lambda *_: False)
    plan = plan_document_step(cinema_store, question, collection="notices", pinned=False)
    assert plan.answer.startswith("학생은 학생증을 보여 주시면")


def test_combining_in_english_is_answered_by_the_sentence_on_it(
    cinema_store: DocumentStore,
) -> None:
    question = "can i combine the student and morning discounts"
    plan = plan_document_step(cinema_store, question, collection="notices", pinned=False)
    assert plan.answer.startswith("The two discounts cannot be combined")


# --- "술 사가도 돼요?" asks about bringing in (tools.rag.bought_carried_56h) ------------------

_HALL_KO = """# 하늘 연회장 안내

## 음식
외부 음식은 반입할 수 없습니다. 케이크는 직접 가져오실 수 있습니다.
"""


@pytest.fixture(scope="module")
def hall_store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[DocumentStore]:
    # With the samples: the pharmacy guide's "술을 자주 마시는 분은 …" is the near miss.
    folder = tmp_path_factory.mktemp("hall")
    (folder / "hall_ko.md").write_text(_HALL_KO, encoding="utf-8")
    store = DocumentStore(tmp_path_factory.mktemp("data"), dense=False)
    store.ingest_path(folder, "notices")
    store.ingest_path(SAMPLES, "notices")
    yield store
    store.close()


@pytest.mark.parametrize(
    ("question", "spelled"),
    [
        ("술 사가도 되나요?", "술 사서 가져가도 되나요?"),
        ("간식 사 오면 돼요?", "간식 사서 가져오면 돼요?"),
        ("사과 가져가도 돼요?", "사과 가져가도 돼요?"),
        ("회사가 멀어요", "회사가 멀어요"),
        ("사가지고 가도 돼요?", "사가지고 가도 돼요?"),
    ],
)
def test_buy_and_go_is_spelled_as_bringing(question: str, spelled: str) -> None:
    assert with_bought_carried_spelled(question) == spelled


@pytest.mark.parametrize(
    "question", ["술 사가도 되나요?", "술은 저희가 사 가도 돼요?", "술 사와도 돼요?"]
)
def test_buying_drinks_to_bring_is_not_answered_by_a_drinking_warning(
    hall_store: DocumentStore, question: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert "술을 자주 마시는" not in extractive_answer(hall_store, question, "notices")
    # Without the rule 사 가다's light 가 left no act to read: the pharmacy's warning to
    # drinkers answered on 술 alone.
    monkeypatch.setattr(wording_module, "with_bought_carried_spelled", lambda text: text)
    assert "술을 자주 마시는" in extractive_answer(hall_store, question, "notices")


# --- the set itself -------------------------------------------------------------------------

_SET = Path(__file__).resolve().parents[3] / "bench" / "docqa_heldout47"


def test_every_expected_phrase_is_written_once_in_its_document() -> None:
    assert_phrases_written_once(_SET, min_questions=75, min_unanswerable=15)


# First blind run (main cb32a14a): 25 of 60 right (24 as first scored: one expected phrase
# held a table's pipes, which an answer never quotes), 5 wrong, 14 of 15 declined; with
# these rules 28 right, 0 wrong, 15 of 15 declined. A wrong answer fails the test.
test_the_set_gives_no_wrong_answer_and_keeps_its_counts = heldout_set_test(
    "docqa_heldout47", declined_right=15, right_floor=28
)
