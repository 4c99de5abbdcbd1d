"""Document turns declined for Korean wording the documents write another way (docopens53).

Each rule is pinned on small documents of our own (a bakery's staff rules, a pet shop's
care guide), with a near miss that must keep its words or still decline:

- a short negation of an action noun ("이월 못한", "예약 못 했는데") is its long form
  (short_negation_53d);
- 기한 of a thing that has passed is its 유효기간 when the documents say only that
  (expiry_words_53d);
- whether papers (서류) are needed is what a rule asks to be handed in (papers_needed_53d);
- growing (늘다) is the 늘어나다 a rule writes (tools/rag/vocabulary.tsv [documents]);
- "아침에" is the 오전 a rule writes, and after falling ill the act it prevents ("출근 못
  하면") is the story's, not the rule's (chat_conditions_53d);
- a weekend is its Saturday and its Sunday (tools/rag/vocabulary.tsv [documents]);
- passing days on to a later period is carrying them over, 이월 (carry_over_53d), and a
  follow-up negating it ("못 넘긴 건요?") asks of the rule's negated case
  (negated_follow_up_53d, hooked in graphs/thread_document_query.py).
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from agents.documents import DocPlan, plan_document_step
from graphs.thread_document_query import thread_subject_plan
from tests.tools.rag.conftest import small_store
from tools.rag import crosslingual
from tools.rag.carry_over_53d import with_carry_over_named
from tools.rag.chat_conditions_53d import with_morning_as_am, without_prevented_act
from tools.rag.expiry_words_53d import with_expiry_worded
from tools.rag.negated_follow_up_53d import negates_the_asked_act
from tools.rag.papers_needed_53d import with_papers_as_submission
from tools.rag.short_negation_53d import with_long_negation
from tools.rag.store import DocumentStore

_BAKERY_KO = """# 달빛 베이커리 직원 규정

## 남은 연차

사용하지 못한 연차는 다음 해로 최대 4일까지 이월할 수 있습니다.
이월하지 못한 연차는 12월 급여와 함께 돈으로 정산합니다.

## 연차

근무한 지 1년이 지난 직원은 매년 14일의 연차를 받습니다.
5년이 지나면 해마다 연차가 1일씩 늘어나며, 최대 20일까지 받습니다.

## 병가

병가는 1년에 최대 30일까지 쓸 수 있습니다.
병가가 3일을 넘으면 소견서를 제출해야 합니다.

## 갑작스러운 병

갑자기 아프면 당일 오전 7시 전까지 점장에게 문자로 알려야 합니다.

## 오븐 사용

오븐 온도는 하루 세 번 기록합니다. 250도를 넘기지 마세요.
"""

_PETSHOP_KO = """# 솜털 펫샵 이용 안내

## 미용 예약

토요일 오후에는 미용 예약이 일찍 마감됩니다.

## 사료 보관

사료는 습기가 없는 곳에 밀봉해서 보관하세요.
유효기간이 지난 사료는 매장에 가져오시면 무료로 수거해 드립니다.
"""


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[DocumentStore]:
    documents = {"bakery_staff.md": _BAKERY_KO, "petshop.md": _PETSHOP_KO}
    with crosslingual.everyday_vocabulary(True):
        yield from small_store(tmp_path_factory.mktemp("data"), "d53d", documents)


def _plan(store: DocumentStore, question: str) -> DocPlan:
    with crosslingual.everyday_vocabulary(True):
        return plan_document_step(store, question, collection="d53d", pinned=False)


def test_a_short_negation_of_an_action_noun_is_its_long_form() -> None:
    assert with_long_negation("이월 못한 휴가는요?") == "이월하지 못한 휴가는요?"
    assert with_long_negation("예약 못 했는데 가도 돼요?") == "예약하지 못했는데 가도 돼요?"
    assert with_long_negation("못 이월한 건요?") == "이월하지 못한 건요?"
    # A pronoun, an adverb or a noun that is no act keeps its words.
    assert with_long_negation("그거 못 해요") == "그거 못 해요"
    assert with_long_negation("아직 못 했어요") == "아직 못 했어요"
    assert with_long_negation("술 못 마셔요") == "술 못 마셔요"


def test_unused_leave_asked_with_a_short_negation_is_answered(store: DocumentStore) -> None:
    plan = _plan(store, "이월 못한 연차는 어떻게 되나요?")
    assert plan.kind == "extractive", plan.reasons
    assert "돈으로 정산" in plan.answer


def test_a_passed_deadline_of_a_thing_is_its_expiry() -> None:
    only_expiry = lambda words: ["기한"]  # noqa: E731 - the collection holds 유효, not 기한
    assert with_expiry_worded("기한 넘은 사료 어디 버려요?", only_expiry) == (
        "유효기간이 넘은 사료 어디 버려요?"
    )
    # An act's deadline (청구하다), a conditional, or a collection writing 기한 keep it.
    assert with_expiry_worded("청구 기한 지난 건요?", only_expiry) == "청구 기한 지난 건요?"
    assert with_expiry_worded("기한 지나면 어떻게 돼요?", only_expiry) == (
        "기한 지나면 어떻게 돼요?"
    )
    assert with_expiry_worded("기한 지난 사료는요?", lambda words: []) == "기한 지난 사료는요?"


def test_expired_food_asked_as_a_passed_deadline_is_answered(store: DocumentStore) -> None:
    plan = _plan(store, "기한이 지난 사료는 어떻게 해요?")
    assert plan.kind == "extractive", plan.reasons
    assert "수거" in plan.answer


def test_passing_days_to_a_later_period_is_carrying_them_over() -> None:
    assert with_carry_over_named("휴가 내년으로 넘겨도 돼요?") == "휴가 내년으로 이월해도 돼요?"
    # Exceeding a figure or a deadline is no carry-over.
    assert with_carry_over_named("250도 넘기면 안 돼요?") == "250도 넘기면 안 돼요?"
    assert with_carry_over_named("기한을 넘기면요?") == "기한을 넘기면요?"


def test_a_follow_up_negating_the_carry_over_asks_of_the_negated_case(
    store: DocumentStore,
) -> None:
    previous = "남은 연차 내년으로 며칠까지 넘길 수 있어요?"
    assert "최대 4일" in _plan(store, previous).answer

    def plan_of(asked: str) -> DocPlan:
        return _plan(store, asked)

    found = thread_subject_plan("다 못 넘기면 어떻게 돼요?", previous, plan_of)
    assert found is not None and found.kind == "extractive"
    assert "돈으로 정산" in found.answer and "최대 4일" not in found.answer
    # A sentence negating another act ("사용하지 못한") does not name this follow-up.
    assert not negates_the_asked_act(
        "사용하지 못한 연차는 다음 해로 최대 4일까지 이월할 수 있습니다.", "못 넘긴 건요?", previous
    )


def test_papers_needed_is_what_must_be_handed_in(store: DocumentStore) -> None:
    unheld = lambda words: ["서류"]  # noqa: E731 - the collection holds 제출, not 서류
    assert with_papers_as_submission("병가 낼 때 무슨 서류 있어야 돼요?", unheld) == (
        "병가 낼 때 뭐 제출해야 돼요?"
    )
    # Where the papers come from is no question of handing them in; a collection writing
    # 서류 keeps the word.
    assert with_papers_as_submission("서류는 어디서 떼요?", unheld) == "서류는 어디서 떼요?"
    assert with_papers_as_submission("서류 필요해요?", lambda words: []) == "서류 필요해요?"
    plan = _plan(store, "병가 쓸 때 따로 서류가 필요한가요?")
    assert plan.kind == "extractive", plan.reasons
    assert "소견서" in plan.answer


def test_growing_is_what_a_rule_writes_as_increasing(store: DocumentStore) -> None:
    plan = _plan(store, "오래 다니면 연차 최대 몇 일까지 늘어요?")
    assert plan.kind == "extractive", plan.reasons
    assert "최대 20일" in plan.answer


def test_a_sick_morning_is_asked_on_the_illness(store: DocumentStore) -> None:
    unheld = lambda words: [w for w in words if w in {"아침", "출근"}]  # noqa: E731
    assert with_morning_as_am("아침에 열나면요?", unheld) == "오전에 열나면요?"
    # Breakfast keeps its word.
    assert with_morning_as_am("아침 먹고 가도 돼요?", unheld) == "아침 먹고 가도 돼요?"
    assert without_prevented_act("몸이 안 좋아서 출근하지 못하면요?", unheld) == (
        "몸이 안 좋아서 못 하면요?"
    )
    # Another cause keeps the act: a rule on illness is not one on an injury.
    assert without_prevented_act("다쳐서 출근하지 못하면요?", unheld) == "다쳐서 출근하지 못하면요?"
    plan = _plan(store, "아침에 아파서 출근 못 하면 어떡해요?")
    assert plan.kind == "extractive", plan.reasons
    assert "오전 7시" in plan.answer


def test_the_weekend_is_answered_by_a_rule_on_its_saturday(store: DocumentStore) -> None:
    plan = _plan(store, "주말 오후에도 미용 예약 돼요?")
    assert plan.kind == "extractive", plan.reasons
    assert "토요일 오후" in plan.answer
