"""Follow-ups of document answers that were declined for their wording (docthread52).

Each rule is pinned on small documents of our own (a ferry company's staff rules, a
lab's visitor page, a bakery's Korean staff rules), with a near miss that keeps its words:

- a serving before a drink ("a glass of cider") names how much, not what (question_wording_52t);
- a Korean period in words before a bound ("열흘 넘게") is a day count (question_wording_52t);
- a thread's quote led by its own section keeps only that section's sentences
  (agents/documents_thread_52t, hooked in graphs/thread_document_query);
- "and in leeds?" swaps a place, not a unit, and a rule for "elsewhere" answers for it;
- "and if i drive my own car?" asks in the previous question's frame ("how much if …");
- "허리 치료 받는 사람은?" asks for that group, as its condition ("허리 치료 받으면요?").
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from agents.documents import DocPlan, plan_document_step
from agents.documents_thread_52t import (
    asked_in_previous_frame,
    converts_the_answer,
    group_as_condition,
    quote_within_sections,
)
from graphs.thread_document_query import thread_subject_plan
from tests.tools.rag.conftest import small_store
from tools.rag import crosslingual
from tools.rag.question_wording_52t import with_wording_plain
from tools.rag.store import DocumentStore

_FERRY_EN = """# Gull Ferry Staff Rules

## Meals

Crew on an overnight crossing may claim up to 18 dollars per day for meals. Alcohol is never
refunded.

## Hotels

Hotel stays are refunded up to 95 dollars per night in London and 70 dollars per night elsewhere.

## Mileage

Staff who drive their own car are paid 20 cents per kilometre.

## Uniforms

Each crew member receives two jackets a year.
"""

_LAB_EN = """# Northgate Lab Visitor Page

## Before the scan

Remove anything metal before the scan.

## Scan times

The scan takes 25 minutes.
"""

_BAKERY_KO = """# 밀밭 제과 근무 규칙

## 연차

입사 첫해에는 매월 1일의 연차가 생깁니다.
2년 이상 근무하면 해마다 연차가 1일씩 늘어나며, 최대 20일까지 받을 수 있습니다.

## 병가

병가는 1년에 최대 40일까지 쓸 수 있습니다. 병가가 3일 이상이면 소견서를 제출해야 합니다.

## 반죽

반죽은 한 번에 최대 10kg까지 들 수 있습니다. 허리 치료를 받는 분은 반죽을 들지 마세요.

## 이월

남은 연차는 다음 해로 최대 3일까지 넘길 수 있습니다.
"""


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[DocumentStore]:
    documents = {"ferry_en.md": _FERRY_EN, "lab_en.md": _LAB_EN, "bakery_ko.md": _BAKERY_KO}
    with crosslingual.everyday_vocabulary(True):
        yield from small_store(tmp_path_factory.mktemp("data"), "d52t", documents)


def _plan(store: DocumentStore, question: str) -> DocPlan:
    """The store's plan for ``question``, read with the everyday vocabulary as the app does."""
    with crosslingual.everyday_vocabulary(True):
        return plan_document_step(store, question, collection="d52t", pinned=False)


def _answers(store: DocumentStore, question: str, expected: str) -> None:
    quoted = _plan(store, question)
    assert (quoted.kind, expected in quoted.answer) == ("extractive", True), quoted.reasons


def test_a_serving_names_how_much_not_what() -> None:
    assert with_wording_plain("and a glass of cider with lunch?") == "and a cider with lunch?"
    assert with_wording_plain("two cups of coffee") == "a coffee"
    # A glass that is the thing asked about keeps its word.
    assert with_wording_plain("is the glass door open?") == "is the glass door open?"


def test_a_drink_by_the_glass_is_what_an_alcohol_rule_covers(store: DocumentStore) -> None:
    _answers(store, "and a glass of wine with dinner on a crossing?", "Alcohol is never")


def test_a_reflexive_is_kept() -> None:
    # "the rental itself" is set against its deposit; "myself" says who acts.
    assert with_wording_plain("can I pay for the rental itself in cash?") == (
        "can I pay for the rental itself in cash?"
    )
    assert with_wording_plain("can I pick it up myself") == "can I pick it up myself"


def test_a_period_in_words_before_a_bound_is_a_day_count(store: DocumentStore) -> None:
    assert with_wording_plain("병가 열흘 넘게 쉬면요?") == "병가 10일 넘게 쉬면요?"
    assert with_wording_plain("일주일 이상 아프면") == "7일 이상 아프면"
    # A rate ("일주일에 두 번") and a time that passed ("일주일 쓰고") keep their words.
    assert with_wording_plain("일주일에 두 번 가요") == "일주일에 두 번 가요"
    assert with_wording_plain("일주일 쓰고 나서") == "일주일 쓰고 나서"
    _answers(store, "병가 일주일 넘게 쉬면 뭐 내야 돼요?", "소견서")


def _quoted(*sentences: tuple[str, str]) -> DocPlan:
    """An extractive plan quoting each (sentence, section) of bakery_ko.md in turn."""
    sections = list(dict.fromkeys(section for _, section in sentences))
    answer = " ".join(f"{s} [{sections.index(sec) + 1}]" for s, sec in sentences)
    citations = [
        {"id": i, "source": "bakery_ko.md", "locator": sec}
        for i, sec in enumerate(sections, start=1)
    ]
    return DocPlan(kind="extractive", answer=answer, citations=citations)


def test_a_quote_led_by_the_thread_section_keeps_only_its_sentences() -> None:
    plan = _quoted(
        ("연차는 최대 20일.", "§연차"), ("병가는 최대 40일.", "§병가"), ("또 20일.", "§연차")
    )
    kept = quote_within_sections(plan, {("bakery_ko.md", "§연차")})
    assert kept is not None
    assert kept.answer == "연차는 최대 20일. [1] 또 20일. [1]"
    assert [c["locator"] for c in kept.citations] == ["§연차"]
    # Led by another section: none of the thread's.
    led_elsewhere = _quoted(("병가는 최대 40일.", "§병가"), ("연차는 최대 20일.", "§연차"))
    assert quote_within_sections(led_elsewhere, {("bakery_ko.md", "§연차")}) is None


def test_a_thread_follow_up_quotes_its_own_section_alone(store: DocumentStore) -> None:
    def plan_of(asked: str) -> DocPlan:
        return _plan(store, asked)

    previous = "2년 넘게 일하면 연차 더 줘요?"
    assert plan_of(previous).kind == "extractive"
    found = thread_subject_plan("최대 몇일까지요?", previous, plan_of, own_question_too=True)
    assert found is not None
    assert "최대 20일" in found.answer
    assert "40일" not in found.answer and "3일" not in found.answer


def _thread(store: DocumentStore, previous: str, follow_up: str) -> DocPlan | None:
    def plan_of(asked: str) -> DocPlan:
        return _plan(store, asked)

    assert plan_of(previous).kind == "extractive"
    return thread_subject_plan(follow_up, previous, plan_of, own_question_too=True)


def test_a_swapped_place_asks_the_documents_and_elsewhere_answers_it(
    store: DocumentStore,
) -> None:
    assert converts_the_answer("and in dollars?")
    assert converts_the_answer("and in km?")
    assert not converts_the_answer("and in leeds?")
    previous = "how much is refunded for a hotel night in london"
    found = _thread(store, previous, "and in Leeds?")
    assert found is not None and "70 dollars per night elsewhere" in found.answer


def test_a_place_no_elsewhere_rule_covers_is_declined(store: DocumentStore) -> None:
    # The crossing's meal rule names no place: Leeds is not answered by London's figure.
    assert (
        _thread(store, "how much can crew claim for meals on a crossing", "and in Leeds?") is None
    )


def test_a_frameless_case_is_asked_in_the_previous_frame(store: DocumentStore) -> None:
    previous = "how much can crew claim for meals per day on a crossing"
    assert asked_in_previous_frame("and if i drive my own car?", previous) == (
        "how much if i drive my own car?"
    )
    # A follow-up with its own question word keeps its own frame.
    assert asked_in_previous_frame("and what if i drive?", previous) is None
    assert asked_in_previous_frame("그럼 차로 가면?", "식비 얼마예요?") is None
    # Only the framed question is quoted (the store's own plans otherwise): asked alone,
    # "and if …" names no kind of answer, and a search may find no sentence stating one.
    rate = _plan(store, "how much if i drive my own car?")
    assert rate.kind == "extractive"

    def plan_of(asked: str) -> DocPlan:
        if asked.startswith("how much if"):
            return rate
        if asked == previous:
            return _plan(store, asked)
        return DocPlan(kind="grounded", reasons=["no sentence states the answer"])

    found = thread_subject_plan("and if i drive my own car?", previous, plan_of)
    assert found is not None and "20 cents per kilometre" in found.answer
    # A case the documents have no rule for stays unanswered.
    assert _thread(store, previous, "and if i take a taxi?") is None


def test_a_group_a_clause_describes_is_asked_as_its_condition(store: DocumentStore) -> None:
    assert group_as_condition("허리 치료 받는 사람은?") == "허리 치료 받으면요?"
    assert group_as_condition("술 자주 마시는 분은요?") == "술 자주 마시면요?"
    assert group_as_condition("임신 중인 사람은?") == "임신 중이면요?"
    # Who did something is still asked: "창업한 사람은?" names no group by a condition.
    assert group_as_condition("초록바퀴를 창업한 사람은?") is None
    found = _thread(store, "반죽 한 번에 최대 몇 kg까지 들어요?", "허리 치료 받는 사람은?")
    assert found is not None and "반죽을 들지 마세요" in found.answer
    # A group the documents say nothing of stays unanswered.
    assert _thread(store, "반죽 한 번에 최대 몇 kg까지 들어요?", "담배 피우는 사람은?") is None
