"""docko57: Korean document-thread turns that were declined or sent on (issue 11).

Each test names the rule it checks; switching that rule off makes it fail.
"""

from __future__ import annotations

import pytest

from graphs.condition_follow_up_55w import condition_head, states_condition
from tools.rag.question import analyze_question
from tools.rag.threshold_figures_57r import korean_period_figure, worded_period_terms

_SICK_KO = [
    "병가는 1년에 최대 60일까지 쓸 수 있습니다. 병가가 5일 이상이면 진단서를 제출해야 합니다."
]
_SICK_EN = [
    "Sick leave is paid for up to 60 days a year. A doctor's note is needed for 5 days or more."
]


# --- A period said in words is a figure (threshold_figures_57r, excused_terms) ---------------


@pytest.mark.parametrize(
    ("question", "passages", "excused"),
    [
        ("열흘 연속으로 병가 쓰면 서류 내야 돼요?", _SICK_KO, {"열흘", "연속"}),
        ("보름 쉬면 진단서 필요해?", _SICK_KO, {"보름"}),
        ("what if i am sick for ten days?", _SICK_EN, {"ten", "day"}),
        ("what if im off for a week, do i need a note?", _SICK_EN, {"week"}),
    ],
)
def test_a_worded_period_is_no_topic_when_a_passage_draws_a_line_on_its_kind(
    question: str, passages: list[str], excused: set[str]
) -> None:
    terms = analyze_question(question).terms
    assert worded_period_terms(question, terms, passages) == excused


def test_a_worded_period_stays_a_topic_without_a_threshold_on_its_kind() -> None:
    question = "보름 쉬면요?"
    passages = ["연차는 사용하기 3일 전까지 신청해야 합니다."]  # a lead time, no threshold
    assert worded_period_terms(question, analyze_question(question).terms, passages) == set()


@pytest.mark.parametrize(
    ("text", "figure"),
    [("사흘 내내 아프면요?", ("3", "일")), ("보름 쉬면", ("15", "일")), ("보름달 뜨면요?", None)],
)
def test_native_day_words_are_figures(text: str, figure: tuple[str, str] | None) -> None:
    assert korean_period_figure(text) == figure


@pytest.mark.parametrize(
    "follow_up",
    ["열흘 연속으로 쉬면요?", "이레 내리 아프면요?", "what if i am sick for ten days?"],
)
def test_a_worded_period_in_a_row_meets_the_threshold(follow_up: str) -> None:
    head = condition_head(follow_up)
    assert head is not None and not head.others, head
    answer = " [1] ".join([*_SICK_KO, *_SICK_EN]) + " [1]"
    assert states_condition(answer, head, ["병가 1년에 며칠 쓸 수 있어요"])


def test_the_document_plan_weighs_a_worded_period_as_its_figure() -> None:
    from tools.rag.excused_terms import excused_terms
    from tools.rag.models import Passage

    question = "일주일 내리 쉬게되면요?"
    passage = Passage(chunk_id="c1", source="leave_policy.md", text=_SICK_KO[0])
    excused = excused_terms(object(), question, analyze_question(question), [passage])
    assert "일주일" in excused


# --- 같이 is what a rule says with 함께 (condition_cover_56c.covered_word) -----------------

_COLD_MEDICINE = (
    "하루 최대 4,000mg을 넘기지 마세요. [1] "
    "여러 감기약에 같은 성분이 들어 있을 수 있으니 함께 먹지 않도록 주의하세요. [1]"
)


@pytest.mark.parametrize("follow_up", ["감기약하고 같이 먹으면요?", "감기약을 같이 먹으면?"])
def test_taking_together_is_stated_by_the_rule_written_with_hamkke(follow_up: str) -> None:
    head = condition_head(follow_up)
    assert head is not None
    assert states_condition(_COLD_MEDICINE, head, ["아세트아미노펜 하루 최대 얼마나 먹어요"])


# --- An item listed on a bill is the condition; 술값 is alcohol (55w _LISTED_KO, vocabulary) --

_MEALS = (
    "Staff travelling on business may claim up to 30,000 won per day for meals. [1] "
    "Alcohol is never reimbursed. [1]"
)


@pytest.mark.parametrize("follow_up", ["술값도 같이 찍혀 있으면요?", "술값이 포함돼 있으면?"])
def test_an_item_listed_on_the_bill_is_stated_by_its_category_rule(follow_up: str) -> None:
    head = condition_head(follow_up)
    assert head is not None and head.words == ("술값",) and not head.others, head
    assert states_condition(_MEALS, head, ["출장 가서 밥값 하루 얼마까지 돼요"])


def test_another_item_listed_is_not_stated_by_the_meals_rule() -> None:
    head = condition_head("주차비가 같이 찍혀 있으면요?")
    assert head is not None
    assert not states_condition(_MEALS, head, ["출장 가서 밥값 하루 얼마까지 돼요"])


def test_sulgap_is_the_alcohol_a_rule_names() -> None:
    from tools.rag.crosslingual import equivalents

    assert "alcohol" in equivalents("술값")
