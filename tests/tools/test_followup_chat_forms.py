"""Follow-ups in chat words (our own conversations): a trailing "then", "and if i ...",
"반만", "N년 하면", a count before a comma changed by "make it N", a new count of litres."""

from __future__ import annotations

import pytest

from tools.followup_chain import run_chain
from tools.followup_chat_forms import in_follow_up_words
from tools.followups import resolve_follow_up


def _answer(first: str, follow_up: str) -> str | None:
    resolved = resolve_follow_up(follow_up, [first])
    if resolved is None:
        return None
    result = run_chain(resolved[0])
    return None if result is None else result.answer


@pytest.mark.parametrize(
    ("first", "follow_up", "figure"),
    [
        ("sneakers are 30,000 won each and we need 2, total?", "make it 5", "150,000"),
        (
            "our yearly gym fee is 600,000 won, split between 4 people, how much each",
            "per month then?",
            "12,500",
        ),
        (
            "i make 10,000 won an hour and worked 20 hours, how much is that",
            "and if i work 25 hours",
            "250,000",
        ),
        ("귤 한 박스 24,000원인데 2박스면 얼마야", "그럼 반만", "24,000"),
        ("월 30만원씩 6개월 저축하면 얼마", "3년 하면?", "10,800,000"),
        ("diesel is 1,600 won per litre, what do 40 litres cost", "what about 55 litres", "88,000"),
        ("펜션 1박 300,000원을 5명이 나누면 1인당 얼마?", "1명 더 오면?", "50,000"),
    ],
)
def test_a_chat_follow_up_changes_the_figure_it_means(
    first: str, follow_up: str, figure: str
) -> None:
    answer = _answer(first, follow_up)
    assert answer is not None and figure in answer


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("per month then?", "per month?"),
        ("and if we order 6", "what if we order 6"),
        ("그럼 절반만", "그럼 절반은"),
        ("18개월 하면요?", "18개월이면요?"),
        # Not these shapes: left as they are.
        ("then add 3 days", "then add 3 days"),
        ("반만 더 줘 그리고 설명해줘", "반만 더 줘 그리고 설명해줘"),
    ],
)
def test_chat_forms_are_said_in_the_rules_words(text: str, said: str) -> None:
    assert in_follow_up_words(text) == said


@pytest.mark.parametrize(
    ("first", "follow_up", "figure"),
    [
        ("물 2리터는 몇 ml야", "컵 단위로", "8.4535 cup"),
        ("보리차 500ml는 몇 리터야", "컵 단위로는?", "2.1134 cup"),
        ("책상 길이 150cm는 몇 m야", "인치 단위로", "59.0551"),
    ],
)
def test_a_unit_with_danwiro_is_the_result_in_that_unit(
    first: str, follow_up: str, figure: str
) -> None:
    answer = _answer(first, follow_up)
    assert answer is not None and figure in answer, answer


@pytest.mark.parametrize("follow_up", ["일주일 단위로는?", "천 원 단위로 반올림하면?"])
def test_a_span_of_time_or_a_rounding_place_is_no_unit_to_convert_to(follow_up: str) -> None:
    assert "으로는" not in in_follow_up_words(follow_up)
