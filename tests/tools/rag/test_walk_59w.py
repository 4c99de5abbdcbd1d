"""A walk asked is never answered by the free-parking sentence (brief walk59).

"how many minutes walking from the subway station to the clinic" and "how long is the walk
from the pharmacy to the clinic" were answered with directions.md's "진료를 받으신 분은 …
1시간 동안 무료로 주차할 수 있습니다" (tools.rag.walk_asked_59w, hooked in
tools.rag.qualifiers.answers_another_question). Only a sentence stating a walk or a distance
answers a walk; a parking question still gets the parking sentence.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import tools.rag.walk_asked_59w as walk_asked_59w
from tests.tools.rag.conftest import devset_plan, samples_copy_fixture
from tools.rag import DocumentStore
from tools.rag.walk_asked_59w import asks_walk, misses_asked_walk

_WORKLOAD_DOCS = Path(__file__).resolve().parents[3] / "bench/workload/docs"

_PARKING_KO = "진료를 받으신 분은 주차권을 받으시면 1시간 동안 무료로 주차할 수 있습니다."
_PARKING_EN = "Patients get one hour of free parking in the basement garage."
_WALK_KO = "지하철 가상선 예시역 2번 출구에서 나와 직진하면 걸어서 약 5분 거리입니다."

# The two wrongs (set xen59's finding) and wordings none of the case files hold.
_WALK_QUESTIONS = [
    "how many minutes walking from the subway station to the clinic",
    "how long is the walk from the pharmacy to the clinic",
    "지하철역에서 걸어서 몇분",
    "how far on foot from the station",
    "walking distance from the bus stop",
    "역에서 도보로 얼마나 걸려요",
    "is the clinic walkable from the train station?",
    "how long does it take to walk there from the bus stop",
    "정류장에서 걸어가면 몇분 걸려요",
    "can I get there by foot from the subway",
    "how long does it take to walk to the clinic from the station",
]


store = samples_copy_fixture("walk59", (_WORKLOAD_DOCS,))


# --- the screen alone ----------------------------------------------------------------------


@pytest.mark.parametrize("question", _WALK_QUESTIONS)
def test_a_walk_is_not_answered_by_a_parking_time(question: str) -> None:
    assert misses_asked_walk(question, _PARKING_KO)
    assert misses_asked_walk(question, _PARKING_EN)


@pytest.mark.parametrize("question", _WALK_QUESTIONS)
def test_a_walk_is_answered_by_a_sentence_stating_it(question: str) -> None:
    assert not misses_asked_walk(question, _WALK_KO)
    assert not misses_asked_walk(question, "The clinic is a 5-minute walk from Exit 2.")


@pytest.mark.parametrize(
    "question",
    [
        # near misses: same words, no walk asked
        "how long is parking free",
        "주차 몇시간 무료에요",
        "can i just walk in without an appointment",
        "do you take walk-ins",
        "전화 걸어서 예약해도 돼요?",
        "how long does the check-up take",
    ],
)
def test_no_walk_asked_is_not_screened(question: str) -> None:
    assert not asks_walk(question)
    assert not misses_asked_walk(question, _PARKING_KO)


# --- the planner over the samples and the workload documents --------------------------------


@pytest.mark.parametrize("question", _WALK_QUESTIONS)
def test_no_walk_question_quotes_the_parking_sentence(store: DocumentStore, question: str) -> None:
    plan = devset_plan(store, question)
    # A decline names the sections it searched ("§Address and parking"): only quotes count.
    quoted = plan.answer if plan.kind == "extractive" else ""
    assert "주차" not in quoted
    assert "parking" not in quoted


def test_the_korean_walk_question_keeps_its_sentence(store: DocumentStore) -> None:
    assert "걸어서 약 5분" in devset_plan(store, "지하철역에서 걸어서 몇분").answer


@pytest.mark.parametrize("question", ["how long is parking free", "주차 몇시간 무료에요"])
def test_a_parking_question_still_gets_the_parking_sentence(
    store: DocumentStore, question: str
) -> None:
    plan = devset_plan(store, question)
    assert plan.kind == "extractive"
    assert "1시간" in plan.answer or "one hour" in plan.answer


# --- switch-off check: the screen is what declines ----------------------------------------


@pytest.mark.parametrize(
    "question",
    [
        "how many minutes walking from the subway station to the clinic",
        "how long is the walk from the pharmacy to the clinic",
    ],
)
def test_without_the_screen_the_walk_quotes_the_parking_sentence(
    store: DocumentStore, monkeypatch: pytest.MonkeyPatch, question: str
) -> None:
    monkeypatch.setattr(walk_asked_59w, "use_walk_screen", False)
    assert "주차" in devset_plan(store, question).answer
