"""Wrong first-turn calculator answers of round 65a, fixed by the role of the words.

- A bare rate between the won and a currency the won bands know is read the way round
  its size says (tools.currency_cross_rates.won_rate_way): "won to dollars at 0.00072" is
  dollars a won ($720), never won a dollar ($1,388,888,888.89).
- tools.calculator_wrong_roles_65a declines a budget summed with what it buys, a fee said
  apart (별도) taken under a percent off, a network generation ("5G 요금") read as grams,
  and a count asked (몇 개) answered in money.
"""

from __future__ import annotations

import pytest

from tests.tools.rule_switch import answer_to
from tools import calculator_wrong_roles_65a as roles
from tools import currency_cross_rates

# ---- the rate's way round ------------------------------------------------------------

_RATE_WAY = [
    ("1,000,000 won to dollars at 0.00072", "$720.00"),
    ("convert 2,500,000 won to euros at 0.00065", "€1,625.00"),
    ("500,000원을 달러로 바꾸면 환율 0.00073", "$365.00"),
    ("300 dollars to won at 0.00071", "422,535원"),
    ("80,000 won in yuan at 0.0053", "CN¥424.00"),
    ("70,000 won to pounds at 0.00058", "£40.60"),
    ("50,000 yen to won at 0.108", "462,963원"),
]


@pytest.mark.parametrize(("text", "right"), _RATE_WAY)
def test_a_rate_below_one_is_foreign_per_won(text: str, right: str) -> None:
    assert answer_to([text]) == right


@pytest.mark.parametrize(("text", "right"), _RATE_WAY)
def test_switched_off_the_rate_is_read_won_per_unit(
    text: str, right: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(currency_cross_rates, "use_won_rate_way", False)
    assert answer_to([text]) != right


@pytest.mark.parametrize(
    ("text", "right"),
    [
        ("1 dollar is 1,380 won, 50 dollars in won", "69,000원"),
        ("100 dollars to won at 1,380", "138,000원"),
        ("250 USD to KRW at 1350", "337,500원"),
        ("3000 yen to won at 9.2", "27,600원"),
    ],
)
def test_a_rate_of_won_per_unit_stays(text: str, right: str) -> None:
    assert answer_to([text]) == right


# ---- roles declined --------------------------------------------------------------------

_BUDGET = [
    "budget is 75 dollars, 5 coffees at 4.60 - how much remains",
    "my budget is 120 dollars, I bought 3 shirts at 25 each, how much is left",
    "budget is 50 dollars, 3 sandwiches at 7.25 - how much remains",
    "my budget is 300 dollars, 2 jackets at 89 - how much is left",
    "budget is 90 euros, 4 tickets at 12.50 - what's left over",
    "예산 5만원, 커피 4잔 4500원씩 - 얼마 남아",
    "budget is 75 dollars, 5 coffees at 4.60 - what is the total",
]
_FEE_APART = [
    "배달비 3천원 별도, 음식값 3만원, 10% 할인하면",
    "배송비 2500원 별도, 옷값 4만원, 20% 할인하면",
    "음식값 25000원에 배달팁 3000원 따로, 10% 할인 받으면 얼마",
    "배달비 2천원 별도, 치킨 2만원, 15% 할인하면",
    "설치비 5만원 별도, 에어컨 120만원, 10% 할인하면",
    "배달비 3천원 따로, 피자 28000원 10% 할인하면",
]
_GENERATION = [
    "5G 요금 10% 할인하면",
    "5G 요금 20% 할인하면",
    "5G 요금제 15% 할인하면",
    "4G plan 20% off",
    "5G phone 10% off",
    "5G 요금 30% 할인되면 얼마",
    "3G 요금 50% 할인하면",
]
_COUNT_ASKED = [
    "30개 1판이 9000원이면 1개에 몇개",
    "10개 1묶음이 5000원이면 1개에 몇개",
    "20개 1박스가 8000원이면 1개에 몇개",
    "6개에 3000원이면 1개에 몇개야",
]

_CASES = [
    *((t, "use_budget_left") for t in _BUDGET),
    *((t, "use_fee_apart") for t in _FEE_APART),
    *((t, "use_network_generation") for t in _GENERATION),
    *((t, "use_count_asked") for t in _COUNT_ASKED),
]


@pytest.mark.parametrize(("text", "rule"), _CASES)
def test_a_figure_in_the_wrong_role_declines(text: str, rule: str) -> None:
    assert answer_to([text]) is None


@pytest.mark.parametrize(("text", "rule"), _CASES)
def test_switched_off_the_wrong_figure_comes_back(
    text: str, rule: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(roles, rule, False)
    assert answer_to([text]) is not None


@pytest.mark.parametrize(
    ("text", "right"),
    [
        # Fees and discounts with nothing said apart: the whole is discounted.
        ("음식값 3만원, 배달비 3천원, 10% 할인하면", "29,700원"),
        ("셔츠 2만원 바지 3만원 20% 할인하면", "40,000원"),
        # Grams before no telecom word stay grams.
        ("500g 고기 10% 할인하면", "450 g"),
        ("200g 15% 늘리면", "230 g"),
        # Money asked of a pack: still answered.
        ("12개 1박스가 6000원이면 1개에 얼마", "500원"),
        ("LTE 요금 5만원 15% 할인하면 얼마", "42,500원"),
        # "몇 점" of points, "몇 불" of dollars, a price asked beside a count: money's.
        ("카드 적립 1.5%인데 36만원 긁으면 포인트 몇점 쌓여", "5,400원"),
        ("뉴욕에서 점심 $42.80 나왔는데 팁 20%면 팁만 몇불이야", "$8.56"),
        (
            "연비 리터당 12키로 차로 왕복 150km 다니면 기름 몇리터 들어?"
            " 리터당 1650원이면 기름값도",
            "20,625원",
        ),
        ("6개에 3000원이면 1개에 몇원", "500원"),
        # A budget with what is spent taken off: still answered.
        ("예산 30만원에서 12만원 썼으면 얼마 남아", "180,000원"),
    ],
)
def test_near_misses_still_answer(text: str, right: str) -> None:
    assert answer_to([text]) == right


@pytest.mark.parametrize(
    ("text", "unit", "declined"),
    [
        ("a tray of 24 muffins is 30 dollars, how many muffins in one", "$", True),
        ("12병 한 박스에 24000원이면 한 병에 몇 병", "원", True),
        ("8인분 세트가 4만원이면 1인분에 몇 인분", "원", True),
        ("how many dollars is that", "$", False),
        ("포인트 몇점 쌓여", "원", False),
        ("몇 개 살 수 있어? 얼마 남아", "원", False),
    ],
)
def test_a_count_asked_is_never_money(text: str, unit: str, declined: bool) -> None:
    assert roles._count_answered_in_money(text, unit) is declined
