"""A document follow-up naming only a condition is asked with the thread's subject.

The pool guide is written for this test (no workload or held-out document) and runs
through the real store (lexical only); the guard cases use scripted plans.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest

from agents.documents import DocPlan, plan_document_step
from graphs.thread_document_query import (
    asked_with_thread_head,
    asked_with_thread_subject,
    thread_subject_plan,
    with_thread_subject,
)
from tests.doc_stores import written_store

_POOL_KO = """# 한빛 수영장 이용 안내

## 자유 수영

자유 수영 입장료는 1회 8,000원입니다. 한 번 입장하면 2시간까지 수영할 수 있습니다.

## 강습

초급 강습은 주 2회 진행되며 한 달 수강료는 120,000원입니다.

## 사물함

사물함은 한 달에 10,000원을 내고 빌릴 수 있습니다.
"""


@pytest.fixture(scope="module")
def plan_of(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Callable[[str], DocPlan]]:
    with written_store(tmp_path_factory, {"pool_ko.md": _POOL_KO}, "pool") as store:
        yield lambda asked: plan_document_step(store, asked, collection="pool", pinned=False)


def test_a_condition_only_follow_up_is_answered_from_the_thread_subject(
    plan_of: Callable[[str], DocPlan],
) -> None:
    previous = "자유 수영 입장료 얼마예요?"
    assert plan_of(previous).kind == "extractive"
    follow_up = "몇 시간까지요?"
    assert plan_of(follow_up).kind != "extractive"  # alone it names nothing to search
    plan = with_thread_subject(plan_of(follow_up), follow_up, previous, plan_of)
    assert plan.kind == "extractive"
    assert "2시간" in plan.answer
    assert plan.reasons[0].startswith("follow-up naming no subject of its own")


def test_arithmetic_on_the_answer_is_not_asked_of_the_documents() -> None:
    assert asked_with_thread_subject("반으로 나누면?", "자유 수영 입장료 얼마예요?") is None


def _scripted(plans: dict[str, DocPlan]) -> Callable[[str], DocPlan]:
    return lambda asked: plans.get(asked, DocPlan(kind="not_covered"))


def _quote(sentence: str, source: str) -> DocPlan:
    return DocPlan(
        kind="extractive",
        answer=f"{sentence} [1]",
        citations=[{"source": source, "text": sentence}],
    )


_PREVIOUS = "사물함 빌리려면 얼마예요?"
_RENT = "사물함은 한 달에 10,000원을 내고 빌릴 수 있습니다."


def test_the_previous_answer_quoted_again_is_no_answer_to_the_follow_up() -> None:
    follow_up = "젖은 옷 넣어도 돼요?"
    asked = asked_with_thread_subject(follow_up, _PREVIOUS)
    assert asked is not None
    plans = {_PREVIOUS: _quote(_RENT, "pool_ko.md"), asked: _quote(_RENT, "pool_ko.md")}
    assert thread_subject_plan(follow_up, _PREVIOUS, _scripted(plans)) is None


def test_a_quote_from_another_document_is_not_the_thread_subject() -> None:
    follow_up = "주말에도요?"
    asked = asked_with_thread_subject(follow_up, _PREVIOUS)
    assert asked is not None
    other = _quote("주말에는 사물함 열쇠를 안내 데스크에서 받습니다.", "gym_ko.md")
    plans = {_PREVIOUS: _quote(_RENT, "pool_ko.md"), asked: other}
    assert thread_subject_plan(follow_up, _PREVIOUS, _scripted(plans)) is None
    same = _quote("주말에는 사물함 열쇠를 안내 데스크에서 받습니다.", "pool_ko.md")
    plans[asked] = same
    found = thread_subject_plan(follow_up, _PREVIOUS, _scripted(plans))
    assert found is not None and "안내 데스크" in found.answer


def test_the_previous_sentence_answers_again_when_it_states_what_is_asked() -> None:
    previous = "사물함 보증금은 돌려줘요?"
    sentence = "보증금은 사물함을 반납한 다음 달 10일에 돌려드립니다."
    follow_up = "언제 들어와요?"
    asked = asked_with_thread_subject(follow_up, previous)
    assert asked is not None
    plans = {previous: _quote(sentence, "pool_ko.md"), asked: _quote(sentence, "pool_ko.md")}
    found = thread_subject_plan(follow_up, previous, _scripted(plans))
    assert found is not None and "10일" in found.answer


def test_a_loose_follow_up_naming_its_subject_keeps_the_thread_document() -> None:
    follow_up = "and for the lessons?"
    lessons = "Beginner lessons cost 120,000 won a month."
    plans = {
        _PREVIOUS: _quote(_RENT, "pool_ko.md"),
        follow_up: _quote(lessons, "pool_ko.md"),
    }
    found = thread_subject_plan(follow_up, _PREVIOUS, _scripted(plans), own_question_too=True)
    assert found is not None and "120,000" in found.answer
    # Another document's quote for the same words is not the thread's.
    plans[follow_up] = _quote(lessons, "gym_en.md")
    assert (
        thread_subject_plan(follow_up, _PREVIOUS, _scripted(plans), own_question_too=True) is None
    )


def test_the_head_word_carries_the_subject_without_its_particle() -> None:
    assert (
        asked_with_thread_head("젖어도 돼요?", "사물함은 한 달에 얼마예요?")
        == "사물함 젖어도 돼요?"
    )
    # The follow-up that names the head already asks of it.
    assert asked_with_thread_head("사물함 젖어도 돼요?", "사물함은 한 달에 얼마예요?") is None


def test_a_word_of_the_follow_up_counts_in_its_other_spelling() -> None:
    previous = "비타민 먹어도 돼요?"
    sentence = "임신 중에는 비타민을 의사와 상담한 뒤 드세요."
    follow_up = "임산부는요?"
    plans = {previous: _quote(sentence, "pool_ko.md")}
    for carried in (
        asked_with_thread_subject(follow_up, previous),
        asked_with_thread_head(follow_up, previous),
    ):
        assert carried is not None
        plans[carried] = _quote(sentence, "pool_ko.md")
    found = thread_subject_plan(follow_up, previous, _scripted(plans))
    assert found is not None and "임신" in found.answer


def test_a_subjectless_follow_up_keeps_to_the_sections_the_previous_answer_quoted() -> None:
    previous = "자유 수영 입장료 얼마예요?"
    follow_up = "최대 몇 번까지요?"
    fee = "자유 수영 입장료는 1회 8,000원입니다."
    lessons = "초급 강습은 최대 주 2회까지 들을 수 있습니다."
    plans = {previous: _quote(fee, "pool_ko.md")}
    plans[previous].citations[0]["locator"] = "§자유 수영"
    for carried in (
        asked_with_thread_subject(follow_up, previous),
        asked_with_thread_head(follow_up, previous),
    ):
        assert carried is not None
        plans[carried] = _quote(lessons, "pool_ko.md")
        plans[carried].citations[0]["locator"] = "§강습"
    assert thread_subject_plan(follow_up, previous, _scripted(plans)) is None


def test_the_lead_sentence_must_name_what_the_follow_up_adds() -> None:
    previous = "how much is a locker for a month?"
    rent = "A locker costs 10,000 won a month."
    plans = {previous: _quote("Lockers are rented at the front desk.", "pool_en.md")}
    follow_up = "what about a big locker?"
    for carried in (
        asked_with_thread_subject(follow_up, previous),
        asked_with_thread_head(follow_up, previous),
        follow_up,
    ):
        if carried is not None:
            plans[carried] = _quote(rent, "pool_en.md")
    # "locker" was the previous question's word; "big" is what the follow-up adds.
    found = thread_subject_plan(follow_up, previous, _scripted(plans), own_question_too=True)
    assert found is None


def test_a_pronoun_follow_up_is_not_answered_by_the_kind_asked_alone() -> None:
    previous = "사물함은 몇 달까지 빌릴 수 있어요?"
    plans = {previous: _quote("사물함은 최대 6개월까지 빌릴 수 있습니다.", "pool_ko.md")}
    follow_up = "그거 넘으면 어떻게 돼요?"
    other_rule = "사물함을 3개월 이상 빌리면 열쇠 보증금을 냅니다."
    for carried in (
        asked_with_thread_subject(follow_up, previous),
        asked_with_thread_head(follow_up, previous),
    ):
        if carried is not None:
            plans[carried] = _quote(other_rule, "pool_ko.md")
    assert thread_subject_plan(follow_up, previous, _scripted(plans)) is None
