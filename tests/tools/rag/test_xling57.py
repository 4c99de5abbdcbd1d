"""Cross-lingual document questions (issue 11 part 3, brief xling57).

Two rules: a declined question is planned again over the other language's passages of a
wider search (agents.other_language_plan_57x), and the word lists link the service nouns
a question in the other language names as the document's own word (tattoo/타투,
VIP room/특실; tools/rag/vocabulary.tsv). The questions below are variants no case file
holds; the store is real (the samples, the workload's documents and held-out set 47's two).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

import agents.other_language_plan_57x as other_language_plan_57x
from agents.other_language_plan_57x import (
    names_most_topics,
    other_language_passages,
    other_language_plan,
)
from tests.tools.rag.conftest import answered_plan, devset_plan, samples_copy_fixture
from tools.rag import DocumentStore
from tools.rag.crosslingual import translations, vocabulary_only_links
from tools.rag.models import Passage
from tools.rag.question import analyze_question

_ROOT = Path(__file__).resolve().parents[3]
_EXTRA = (
    _ROOT / "bench/workload/docs",
    _ROOT / "bench/docqa_heldout47/funeral_hall_guide_ko.md",
    _ROOT / "bench/docqa_heldout47/tattoo_studio_policy_en.md",
)


store = samples_copy_fixture("xling57", _EXTRA)


# --- the other language's passages, planned again (EN -> KO) -----------------------------


@pytest.mark.parametrize(
    "question",
    [
        "how early do i need to show up for a booked visit",
        "how early do i need to get to the clinic for a booked visit",
    ],
)
def test_an_english_question_reaches_the_korean_passage_ranked_past_its_own(
    store: DocumentStore, question: str
) -> None:
    # The English visitor page ranks first on "book", "time", "appointment" and states no
    # lead time; clinic_guide.md's '예약 시간 10분 전까지' ranked past the four read.
    answered_plan(store, question, "10분 전까지", first="clinic_guide.md")


@pytest.mark.parametrize(
    "question", ["how many days of annual leave do staff get?", "annual leave days per year?"]
)
def test_annual_leave_is_answered_by_the_annual_leave_sentence_never_sick_leave(
    store: DocumentStore, question: str
) -> None:
    answered_plan(store, question, "15일의 연차", never=("병가",))


@pytest.mark.parametrize(
    "question",
    [
        "how many days of paternity leave do i get?",
        "how many days of study leave do i get?",
        # The studio names saunas only in a 2-week wait, which is no date or time; its
        # touch-up sentence ("within 3 months") must not answer on 타투 alone.
        "문신하고 사우나 언제부터 가도 돼요?",
    ],
)
def test_a_subject_no_document_states_stays_declined(store: DocumentStore, question: str) -> None:
    # Only siblings are stated (연차, 병가, 경조사 휴가; the touch-up): never quoted for it.
    plan = devset_plan(store, question)
    assert plan.kind != "extractive", plan.answer


@pytest.mark.parametrize(
    "question",
    ["what subway exit is nearest to the clinic", "which metro exit is closest to the clinic"],
)
def test_an_english_question_on_the_korean_subway_exit(store: DocumentStore, question: str) -> None:
    # Both rules: directions.md's "2번 출구" ranks past the English visitor page, and
    # subway/exit are held as the words themselves (the same-case check accepts them).
    answered_plan(store, question, "2번 출구", first="directions.md")


def test_the_clinics_exit_is_not_the_funeral_halls(store: DocumentStore) -> None:
    plan = devset_plan(store, "which exit is nearest to the funeral hall")
    assert "2번 출구" not in plan.answer


@pytest.mark.parametrize(
    ("word", "korean"), [("subway", "지하철"), ("metro", "지하철"), ("exit", "출구")]
)
def test_subway_and_exit_are_held_as_the_words_themselves(word: str, korean: str) -> None:
    assert korean in translations(word)
    assert korean not in vocabulary_only_links(word)


# --- the word lists' loanwords (KO -> EN) ---------------------------------------------------


@pytest.mark.parametrize("question", ["타투 보증금 얼마에요", "타투 최소 요금 얼마예요?"])
def test_a_korean_loanword_reaches_the_english_studio_policy(
    store: DocumentStore, question: str
) -> None:
    answered_plan(store, question, "£", first="tattoo_studio_policy_en.md")


@pytest.mark.parametrize(
    ("word", "linked"),
    [("타투", "tattoo"), ("문신", "tattoo"), ("피어싱", "piercing"), ("특실", "vip")],
)
def test_the_word_lists_translate_the_service_nouns(word: str, linked: str) -> None:
    assert any(t.startswith(linked[:5]) for t in translations(word))


# --- the planning step on its own (both directions) ----------------------------------------


@dataclass
class _FakePlan:
    kind: str
    reasons: list[str] = field(default_factory=list)
    citations: list[dict[str, Any]] = field(default_factory=list)


def _passage(cid: str, text: str) -> Passage:
    return Passage(chunk_id=cid, source=f"{cid}.md", text=text)


class _Docs:
    def __init__(self, passages: list[Passage]) -> None:
        self.passages = passages

    def search(self, query: str, collection: str = "default", k: int = 5) -> list[Passage]:
        return self.passages[:k]


_MIXED = [
    _passage("en1", "Parking is free for one hour."),
    _passage("ko1", "주차 공간이 12대뿐입니다."),
    _passage("en2", "The clinic opens at nine."),
    _passage("ko2", "예약 시간 10분 전까지 도착해 주세요."),
]


@pytest.mark.parametrize(
    ("question", "expected"),
    [("how early should i come", ["ko1", "ko2"]), ("몇 분 일찍 가요?", ["en1", "en2"])],
)
def test_only_the_other_languages_passages_are_read(question: str, expected: list[str]) -> None:
    found = other_language_passages(_Docs(_MIXED), question, "c")
    assert [p.chunk_id for p in found] == expected


def _replan(kind: str) -> Any:
    def replan(docs: Any, text: str, asked: Any, passages: list[Passage], **_: Any) -> _FakePlan:
        quoted = {"locator": "§주차", "text": "주차 시간은 10분 전까지 알려 주세요."}
        return _FakePlan(kind, [f"read {len(passages)}"], [quoted])

    return replan


def test_a_decline_becomes_the_other_languages_answer_and_says_so(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The topic check reads a real store (its own test is below).
    monkeypatch.setattr(other_language_plan_57x, "names_most_topics", lambda *_: True)
    asked = analyze_question("how early should i come")
    got = other_language_plan(
        _Docs(_MIXED),
        "how early should i come",
        asked,
        _FakePlan("not_covered"),
        "c",
        _replan("extractive"),
    )
    assert got.kind == "extractive"
    assert "other language" in got.reasons[-1]


@pytest.mark.parametrize(
    ("own", "other"), [("grounded", "extractive"), ("not_covered", "grounded")]
)
def test_nothing_but_a_decline_turned_answer_changes_the_plan(own: str, other: str) -> None:
    asked = analyze_question("how early should i come")
    plan = _FakePlan(own)
    got = other_language_plan(
        _Docs(_MIXED), "how early should i come", asked, plan, "c", _replan(other)
    )
    assert got is plan


# --- the quoted passage must name most of what is asked (both directions) ----------------


@pytest.mark.parametrize(
    ("question", "locator", "text", "names"),
    [
        # Read alone, the Korean passages lose the English check-up page that names the
        # subject: the parking fee is named by "cost" alone (the dev set's near-miss).
        (
            "what does a health check-up cost",
            "§주차",
            "1시간이 지나면 10분마다 500원의 요금이 붙습니다.",
            False,
        ),
        (
            "how many annual leave days do i get",
            "§연차 휴가",
            "1년 이상 근무한 직원은 매년 15일의 연차를 받습니다.",
            True,
        ),
        ("타투 보증금 얼마예요", "§Deposits", "Every tattoo booking needs a deposit of £50.", True),
        ("피어싱 보증금 얼마예요", "§Prices", "Hourly rate £110 per hour", False),
    ],
)
def test_the_quoted_passage_names_most_of_the_questions_topics(
    store: DocumentStore, question: str, locator: str, text: str, names: bool
) -> None:
    plan = _FakePlan("extractive", citations=[{"locator": locator, "text": text}])
    asked = analyze_question(question)
    assert names_most_topics(store, question, asked, plan, "devset") is names


# --- a name asked keeps its decline (found on the merged tree) ------------------------------


@pytest.mark.parametrize(
    "question",
    ["What is the name of the clinic's pharmacist?", "what's the pharmacist called"],
)
def test_a_name_asked_is_never_answered_from_the_other_language(
    store: DocumentStore, question: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    plan = devset_plan(store, question)
    assert plan.kind != "extractive", plan.answer
    # Switched off, the Korean passages answered with the pharmacy guide's disclaimer
    # ("약사나 의사와 상담하세요" names 약사): a role, never the pharmacist's name.
    monkeypatch.setattr(other_language_plan_57x, "use_name_screen", False)
    assert devset_plan(store, question).kind != "not_covered"
