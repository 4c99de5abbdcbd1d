"""Korean shopping sums: a charge on top, one of each, equal shares, counts with a discount,
the VAT inside a price, and a speed over minutes.

Each request is this test's own; every one was read by no form before (``calculate``
raised or a model answered), and the negatives stay unread.
"""

from __future__ import annotations

import pytest

from tools.calculator_korean_shop import korean_shop_expression
from tools.handlers import match_deterministic

READ = [
    ("꽃다발 사만 이천 원에 포장비 이천 원 붙으면 총 얼마야", "44,000원"),
    ("피자 28,000원에 배달팁 3,000원 추가되면 얼마야", "31,000원"),
    ("모자 25,000원이랑 장갑 18,000원 하나씩 사면 얼마야", "43,000원"),
    ("2만 원씩 다섯 명이 내면 다 합쳐서 얼마야", "100,000원"),
    ("여섯 명이 15,000원씩 모으면 총 얼마야", "90,000원"),
    ("양말 네 켤레 한 켤레 3,500원인데 20% 할인받으면 총 얼마야", "11,200원"),
    ("티셔츠 한 장에 15,000원 세 장 5% 할인하면 얼마야", "42,750원"),
    ("부가세 포함 55,000원이면 부가세만 얼마야", "5,000원"),
    ("220,000원 부가세 포함이면 부가세는 얼마야", "20,000원"),
    ("사과 한 봉지 6,500원인데 세 봉지 사고 20% 할인 쿠폰 쓰면 얼마야", "15,600원"),
    ("한 켤레 42,000원짜리 운동화 세 켤레를 10% 할인받으면 총 얼마야", "113,400원"),
    ("부가세 포함 가격이 88,000원인데 공급가액은 얼마야", "80,000원"),
    ("삼만 원씩 다섯 명이 모으면 얼마야", "150,000원"),
    ("커피 4,500원 케이크 6,000원 하나씩 시키면 얼마야", "10,500원"),
    ("김밥 한 줄 3,000원 라면 4,000원인데 김밥 세 줄이랑 라면 두 개면 얼마야", "17,000원"),
    ("아메리카노 4,000원 라떼 4,500원인데 아메리카노 3잔 라떼 2잔이면 총 얼마야", "21,000원"),
    ("오만 원 내고 31,200원짜리 샀으면 거스름돈 얼마야", "18,800원"),
    ("3만 원짜리 기프티콘으로 17,500원 쓰면 얼마 남아", "12,500원"),
    ("관리비 120,000원이랑 인터넷 요금 33,000원 합치면 얼마야", "153,000원"),
    ("5km를 25분에 뛰면 시속 몇 km야", "12 km/h"),
    ("6km를 1시간 30분에 걸으면 시속 몇 km야", "4 km/h"),
]

NOT_READ = [
    "케이크 35,000원에 배송비 3,000원",  # nothing asked of them
    "부가세 포함 55,000원이면 얼마야",  # the VAT alone is not asked
    "양말 네 켤레 한 켤레 3,500원인데 얼마야",  # no discount: other forms' business
    "2만 원씩 다섯 명이 내면",  # no total asked
    "오만 원 내고 31,200원짜리 샀으면 얼마야",  # the change is not asked
    "120,000원 33,000원 합치면 얼마야",  # amounts with no names: other forms' business
    "김밥 3,500원 라면 4,500원인데 김밥 두 줄이랑 우동 한 개면 얼마야",  # 우동 is unpriced
    "김밥 3,500원 김밥 4,000원인데 김밥 두 줄이면 얼마야",  # one name, two prices
]


@pytest.mark.parametrize(("request_text", "expected"), READ)
def test_the_form_is_answered_in_code(request_text: str, expected: str) -> None:
    result = match_deterministic(request_text)
    assert result is not None
    assert result.answer == expected


@pytest.mark.parametrize("request_text", NOT_READ)
def test_other_requests_are_not_these_forms(request_text: str) -> None:
    assert korean_shop_expression(request_text) is None


def test_a_vat_rate_said_is_used() -> None:
    assert korean_shop_expression("부가세 5% 포함 21,000원이면 부가세만 얼마야") == (
        "21000 * 5 / (100 + 5)"
    )
