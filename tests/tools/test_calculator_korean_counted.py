"""Korean purchases read by what is attached to each figure (tools/calculator_korean_counted.py).

Examples of our own (other items, counters, numbers than any case file), and requests
that must stay unread: a figure the form does not place, a count that is only the "one"
a price is for, an amount of money before the priced item.
"""

from __future__ import annotations

import pytest

from core.errors import ToolInputError
from tools.calculator import calculate
from tools.calculator_korean_counted import counts_as_digits, korean_counted_expression


@pytest.mark.parametrize(
    ("text", "expression"),
    [
        ("붕어빵 한 봉지 3,000원인데 다섯 봉지 사 가면 얼마야", "3000 * 5"),
        ("배추 한 포기 4,200원인데 세 포기 사면 얼마야", "4200 * 3"),
        ("호떡 1개에 1,500원이면 여덟 개 먹으면 얼마야", "1500 * 8"),
        ("동네 빵집 식빵 4봉지를 3,800원씩 사면 얼마야?", "3800 * 4"),
        ("텀블러 TB-500 2개를 24,000원씩 사면 합계 얼마야?", "24000 * 2"),
        ("우동 6,500원 돈가스 9,000원 세 그릇씩 시키면 얼마야", "(6500 + 9000) * 3"),
        ("귤 한 박스 15,000원이랑 사과 한 봉지 7,000원 하나씩 사면 얼마야", "(15000 + 7000) * 1"),
        ("연어 250g 100g당 6,000원이면 얼마야", "6000 * 250 / 100"),
        ("100g당 3,200원인데 차돌박이 500g 사면 얼마야", "3200 * 500 / 100"),
        ("고구마 3kg에 12,000원이면 1kg당 얼마야", "12000 / 3000 * 1000"),
        ("오리고기 700g이면 100g당 2,000원이면 얼마야", "2000 * 700 / 100"),
        ("이번 주 대타 7시간이고 시간당 12,000원이면 알바비 얼마야?", "12000 * 7"),
        ("김 대리님(김하늘) 택시비 2만원에 식대 3만5천원이면 합계 얼마야?", "20000 + 35000"),
    ],
)
def test_reads_each_form(text: str, expression: str) -> None:
    assert korean_counted_expression(text) == expression


def test_a_monthly_amount_put_in_for_a_year_without_에() -> None:
    assert calculate("청약 한 달 10만 원씩 2년 부으면 얼마야").display == "2,400,000원"


def test_the_calculator_answers_with_it() -> None:
    assert calculate("배추 한 포기 4,200원인데 세 포기 사면 얼마야").display == "12,600원"
    assert calculate("연어 250g 100g당 6,000원이면 얼마야").display == "15,000원"


@pytest.mark.parametrize(
    "text",
    [
        # Counters that differ: the price is for a box, the count is of pieces.
        "귤 한 박스 15,000원인데 세 개 사면 얼마야",
        # The count is the "one" the price is for: nothing to multiply.
        "호떡 1개에 1,500원이면 1개 먹으면 얼마야",
        # An amount of money before the item: a figure the form does not place.
        "5만원 들고 가서 배추 한 포기 4,200원인데 세 포기 사면 얼마야",
        # Two items priced but no count for each: a sum the forms here do not read.
        "우동 6,500원 돈가스 9,000원 시키면 얼마야",
        # The same weight asked as said: the price said, nothing to work out.
        "고구마 1kg에 4,000원이면 1kg당 얼마야",
        # A percent before the hours: not a plain hours-times-rate sum.
        "세금 3.3% 떼고 7시간이고 시간당 12,000원이면 얼마야",
    ],
)
def test_leaves_other_requests_unread(text: str) -> None:
    assert korean_counted_expression(text) is None


def test_native_counts_before_counters_the_normaliser_keeps_as_words() -> None:
    assert counts_as_digits("두부 네 모랑 수박 한 통") == "두부 4모랑 수박 1통"
    assert counts_as_digits("세 모금만") == "세 모금만"  # 모금 is no 모


def test_an_unread_request_is_still_refused() -> None:
    with pytest.raises(ToolInputError):
        calculate("귤 한 박스 15,000원인데 세 개 사면 얼마야")


def test_a_long_sentence_with_no_figure_is_refused_at_once() -> None:
    # The item names had been "(?:word\s*)+": one long word split every way, for minutes.
    long_words = "가나다라마바사아자차카타파하" * 3
    assert (
        korean_counted_expression(f"{long_words} {long_words} 3,000원 {long_words} 얼마야") is None
    )
    assert (
        korean_counted_expression("Write one friendly sentence welcoming a new colleague.") is None
    )


def test_a_long_list_of_amounts_is_refused_at_once() -> None:
    # 24 priced items had taken 114 s in the list forms; every form is one short request.
    assert korean_counted_expression("사과 3000원 배 4000원 " * 12 + "다 해서 얼마야") is None
