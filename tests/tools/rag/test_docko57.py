"""docko57: Korean document-thread turns that were declined or sent on (issue 11).

Each test names the rule it checks; switching that rule off makes it fail.
"""

from __future__ import annotations

import pytest

from graphs.condition_cover_56c import korean_period_figure
from graphs.condition_follow_up_55w import condition_head, states_condition
from tools.rag.question_wording_52t import with_wording_plain

_SICK_KO = [
    "병가는 1년에 최대 60일까지 쓸 수 있습니다. 병가가 5일 이상이면 진단서를 제출해야 합니다."
]
_SICK_EN = [
    "Sick leave is paid for up to 60 days a year. A doctor's note is needed for 5 days or more."
]


# --- A period said in words is a figure (question_wording_52t, condition_cover_56c) ---------


@pytest.mark.parametrize(
    ("question", "plain"),
    [
        ("열흘 연속으로 병가 쓰면 서류 내야 돼요?", "10일 병가 쓰면 서류 내야 돼요?"),
        ("보름 내내 아프면 진단서 필요해?", "15일 아프면 진단서 필요해?"),
        ("일주일에 두 번 가도 돼요?", "일주일에 두 번 가도 돼요?"),  # a rate keeps its words
    ],
)
def test_a_worded_period_running_in_a_row_is_written_as_days(question: str, plain: str) -> None:
    assert with_wording_plain(question) == plain


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
