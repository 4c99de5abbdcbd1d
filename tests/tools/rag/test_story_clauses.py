"""Questions told as a story or a complaint, Korean and English (tools.rag.story_clauses)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

import agents.documents as documents
import tools.rag.answer_reading as answer_reading
import tools.rag.figures as figures
import tools.rag.scene_words as scene_words
from agents.documents import plan_document_step
from tools.rag.figures import figures_by_unit
from tools.rag.models import Passage
from tools.rag.store import DocumentStore
from tools.rag.story_clauses import (
    korean_story_terms,
    korean_workplace_terms,
    relative_time_terms,
    told_actions,
    without_limit_story_figures,
    word_mates,
)
from tools.rag.subjects import off_name_passages

STAFF_KO = """# 별빛 물류 복무 안내

## 가족 행사
자녀가 결혼하면 경조금 20만원을 지급합니다.

## 신청 시기
경조금은 행사 다음 달 10일까지 신청합니다.

## 병가
병가가 3일 이상이면 소견서를 제출해야 합니다.

## 교통비
출장 중 택시비는 하루 2만원까지 지원합니다.
"""

TRAVEL_EN = """# Northwind Travel Rules

## Trains
Train fares are reimbursed with the ticket.

## Salary
Salaries are paid on the 25th of each month.
"""


def _store(tmp_path: Path, name: str, text: str) -> DocumentStore:
    store = DocumentStore(tmp_path / "data", dense=False)
    report = store.ingest_texts([(name, text)], "town", markdown=True)
    assert not report.rejected
    return store


@pytest.fixture
def staff(tmp_path: Path) -> Iterator[DocumentStore]:
    store = _store(tmp_path, "staff_ko.md", STAFF_KO)
    yield store
    store.close()


@pytest.fixture
def travel(tmp_path: Path) -> Iterator[DocumentStore]:
    store = _store(tmp_path, "travel_en.md", TRAVEL_EN)
    yield store
    store.close()


def _ask(store: DocumentStore, question: str) -> documents.DocPlan:
    return plan_document_step(store, question, collection="town", pinned=False)


def test_the_clauses_before_the_asked_one_are_the_story() -> None:
    question = "어제 장염 걸려서 4일 쉬었거든요 회사에 뭐 내야 돼요?"
    assert {"장염", "쉬"} <= korean_story_terms(question)
    assert "내" not in korean_story_terms(question)  # the asked clause's own verb
    assert korean_story_terms("장염이면 며칠 쉬어요?") == frozenset()  # one clause


def test_time_words_and_the_workplace() -> None:
    assert {"다음", "달"} <= relative_time_terms("딸이 다음달에 결혼하는데 며칠 쉬어요?")
    assert relative_time_terms("올해 못 쓴 휴가는 내년으로 넘어가요?") == frozenset()
    assert korean_workplace_terms("회사에 뭐 내야 돼요?") == {"회사"}
    assert korean_workplace_terms("회사 주소가 어디예요?") == frozenset()


def test_a_story_figure_is_dropped_only_against_a_limit_of_its_kind() -> None:
    assert "3만원" not in without_limit_story_figures("택시비 3만원 냈는데 하루에 얼마까지 돼요?")
    # A figure of another kind selects the case: it stays.
    kept = "입사한 지 2년인데 휴가 최대 며칠이에요?"
    assert without_limit_story_figures(kept) == kept
    # No limit asked: the figure stays.
    asked = "택시비 3만원 냈는데 다 받을 수 있어요?"
    assert without_limit_story_figures(asked) == asked


def test_an_english_storys_past_verbs() -> None:
    assert {"took", "paid"} <= told_actions(
        ["took the train and paid the fare"], "do i get it back"
    )
    assert "paid" not in told_actions(["i paid the fare"], "is it paid back")


def test_a_time_word_the_documents_hold_is_no_topic(
    staff: DocumentStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    question = "우리 딸 다음달에 결혼하는데 경조금 얼마 나와요?"
    plan = _ask(staff, question)
    assert plan.kind == "extractive", plan.reasons
    assert "20만원" in (plan.answer or "")
    monkeypatch.setattr(documents, "relative_time_terms", lambda _q: frozenset())
    assert "20만원" not in (_ask(staff, question).answer or "")


def test_a_korean_story_is_scenery(staff: DocumentStore, monkeypatch: pytest.MonkeyPatch) -> None:
    question = "어제까지 장염 걸려서 4일 쉬었거든요 회사에 뭐 내야 돼요?"
    plan = _ask(staff, question)
    assert plan.kind == "extractive", plan.reasons
    assert "소견서" in (plan.answer or "")
    monkeypatch.setattr(scene_words, "korean_story_terms", lambda _q: frozenset())
    assert "소견서" not in (_ask(staff, question).answer or "")


def test_a_complaints_own_figure_does_not_block(
    staff: DocumentStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    question = "출장 가서 택시비 3만원 냈는데 다 안 준대요 하루에 얼마까지 돼요?"
    plan = _ask(staff, question)
    assert plan.kind == "extractive", plan.reasons
    assert "2만원" in (plan.answer or "")
    monkeypatch.setattr(answer_reading, "without_limit_story_figures", lambda q: q)
    assert "2만원" not in (_ask(staff, question).answer or "")


def test_what_the_asker_did_is_no_topic(
    travel: DocumentStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    question = "took the train to the conference and paid the fare, do i get that back"
    plan = _ask(travel, question)
    assert plan.kind == "extractive", plan.reasons
    assert "ticket" in (plan.answer or "")
    monkeypatch.setattr(documents, "story_actions", lambda _q: frozenset())
    assert "ticket" not in (_ask(travel, question).answer or "")


DENTAL_KO = """# 별빛 치과 안내

## 연락처
- 주소: 부산광역시 해운대구 바다로 7, 5층
- 전화: 051-555-0199
"""


def test_a_place_word_after_an_address_number_is_no_unit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert figures_by_unit("바다로 7 여기 몇층이에요?") == {}
    store = _store(tmp_path, "dental_ko.md", DENTAL_KO)
    question = "부산광역시 해운대구 바다로 7 여기 별빛 치과 몇층이에요?"
    plan = _ask(store, question)
    assert plan.kind == "extractive", plan.reasons
    assert "5층" in (plan.answer or "")
    monkeypatch.setattr(figures, "_PLACE_WORDS", ("\uffff",))
    assert "5층" not in (_ask(store, question).answer or "")
    store.close()


def _passage(heading: str, sentence: tuple[str, ...]) -> Passage:
    return Passage(
        chunk_id=heading, source="x.md", text="-", heading=heading, sentences=((0, 1, sentence),)
    )


def test_a_name_the_document_keeps_whole_is_held() -> None:
    # The question's 서울 + 특별시, written whole in one passage and apart in another.
    whole = _passage("연락처", ("주소", "서울특별시", "별빛구", "3", "층"))
    apart = _passage("오시는 길", ("서울", "특별시", "별빛구", "버스"))
    assert off_name_passages([frozenset({"서울", "특별시"})], [whole, apart]) == set()
    # One noun alone is still matched only whole ("빛" is held by no token's piece).
    assert off_name_passages([frozenset({"빛"})], [whole, _passage("빛", ("빛",))]) == {0}


# --- Guards: a story clause that carries what the question is about (story13) -------------

OFFICE_KO = """# 별빛 물류 사무 안내

## 재연결
가스 요금이 밀려 끊긴 경우 재연결 비용은 3만원입니다.

## 비품
노트북은 반납할 때 충전해서 가져다 주세요.
"""


@pytest.fixture
def office(tmp_path: Path) -> Iterator[DocumentStore]:
    store = _store(tmp_path, "office_ko.md", OFFICE_KO)
    yield store
    store.close()


def test_a_clause_closed_by_neunde_sets_up_the_case(monkeypatch: pytest.MonkeyPatch) -> None:
    import tools.rag.story_clauses as story_clauses

    question = "복사기가 고장났는데 어디로 연락하면 돼요?"
    assert korean_story_terms(question) == frozenset()
    monkeypatch.setattr(story_clauses, "_CAUSE_ENDINGS", story_clauses._BACKGROUND_ENDINGS)
    assert "복사기" in korean_story_terms(question)


def test_a_question_asked_before_the_story_has_no_story(monkeypatch: pytest.MonkeyPatch) -> None:
    import tools.rag.story_clauses as story_clauses

    question = "장염 휴가 돼요? 우리 딸 장염 걸려서 집에 있을 때요"
    assert korean_story_terms(question) == frozenset()
    monkeypatch.setattr(story_clauses, "_SENTENCE_END", re.compile(r"$^"))
    assert "장염" in korean_story_terms(question)


def test_a_word_written_with_a_held_noun_names_which_one(
    office: DocumentStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert word_mates("수도요금 밀려서 끊겼거든요", ["요금"]) == {"수도"}
    question = "수도요금 밀려서 끊겼거든요 다시 연결하는 비용 얼마예요?"
    assert "3만원" not in (_ask(office, question).answer or "")
    # A second defence holds the same line now: a charge written with its owner (수도요금)
    # is not priced by another owner's (가스 요금, tools.rag.charge_owners). Off too, so
    # this shows what word_mates alone keeps out.
    import tools.rag.qualifiers as qualifiers

    monkeypatch.setattr(qualifiers, "prices_another_owner", lambda _q, _s: False)
    assert "3만원" not in (_ask(office, question).answer or "")
    monkeypatch.setattr(documents, "word_mates", lambda _t, _h: frozenset())
    assert "3만원" in (_ask(office, question).answer or "")


def test_a_story_needs_an_asked_clause_on_something_held(
    office: DocumentStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    question = "카메라 반납할 때 배터리 꽉 채워서 가져다 드려야 돼요?"
    assert "충전" not in (_ask(office, question).answer or "")
    monkeypatch.setattr(documents, "detect_language", lambda _t: "en")
    assert "충전" in (_ask(office, question).answer or "")


def test_a_relative_day_before_a_weekday_is_the_date_asked() -> None:
    assert relative_time_terms("이번주 토요일에 몇시까지 열어요?") == frozenset()
    assert relative_time_terms("다음 주 월요일 진료해요?") == frozenset()
    assert {"이번", "주"} <= relative_time_terms("이번주에 이사하는데 신고 언제 해요?")


def test_an_english_condition_is_no_story() -> None:
    assert (
        scene_words.story_terms("If I quit before the term starts, do I get the deposit back?")
        == frozenset()
    )
    assert "train" in scene_words.story_terms("took the train to town, do i get that back")
