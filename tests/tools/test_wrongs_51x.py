"""Three wrong figures found on main, fixed by their general mechanism (wrongs51x).

- A Korean big-unit amount with the copula glued on ("3억인데") kept its unit
  (tools.korean_copula_units_51x, hooked into tools.korean_numbers), and an amount in 만/억
  beside a money word is labelled won (tools.calculator_won_by_words_51x).
- A currency the converter does not know (pesos, rupees, baht) is never labelled won or
  dollars (tools.currency_unknown_name_51x, hooked into tools.currency, tools.calculator
  and tools.followups).
- "X 말고 Y이었으면?" replaces X by Y in the previous question
  (tools.followup_whatif_copula_51x, hooked into tools.followup_correction), and the
  calculator never uses a figure the question sets aside (tools.calculator_instead_of_51x).
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal

import pytest

from core.errors import ToolInputError
from tests.tools.answers import chain_answer, follow_up_answer
from tools.calculator import calculate
from tools.currency import parse_currency_request
from tools.korean_numbers import normalize_numerals

NOW = datetime(2026, 3, 2, 10, 0)


def _answer(text: str) -> str | None:
    return chain_answer(text, NOW)


def _follow_up(first: str, second: str) -> str | None:
    return follow_up_answer(first, second, NOW)


@pytest.mark.parametrize(
    ("text", "digits"),
    [
        ("매매가 4억인데", "매매가 400000000인데"),
        ("대출이 1억5천인지 모르겠어", "대출이 150000000인지 모르겠어"),
        ("예산 7천만인가?", "예산 70000000인가?"),
        ("월세 80만인 집", "월세 800000인 집"),
    ],
)
def test_copula_after_a_big_unit_keeps_the_unit(text: str, digits: str) -> None:
    assert normalize_numerals(text) == digits


def test_a_word_after_a_unit_is_still_a_word() -> None:
    assert normalize_numerals("만인의 축제") == "만인의 축제"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("아파트 매매가 4억인데 계약금 10% 넣으면 잔금 얼마 남아", Decimal(360_000_000)),
        ("전세금 2억5천인데 계약금 10% 내면 잔금은", Decimal(225_000_000)),
        ("적금 만기금액 2천만인데 세금 15.4% 떼면", Decimal(16_920_000)),
    ],
)
def test_a_big_unit_amount_beside_money_words_is_won(text: str, value: Decimal) -> None:
    result = calculate(text)
    assert result.value == value
    assert result.unit == "원"


def test_a_big_unit_figure_without_money_words_stays_bare() -> None:
    result = calculate("관객이 5천만인데 10%면")
    assert result.value == Decimal(5_000_000)
    assert result.unit is None


@pytest.mark.parametrize(
    "text",
    [
        "전세 보증금 7천인데 계약금 10%면 얼마",
        "연봉 4천 5백인데 월급으로 얼마",
        "대출 6천 이자 4%면 1년 이자",
    ],
)
def test_big_money_said_in_bare_thousands_declines(text: str) -> None:
    # "보증금 7천" is said for 7천만원; read as 7,000 the answer is off 10,000 times.
    with pytest.raises(ToolInputError):
        calculate(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("전세 보증금 7천만원인데 계약금 10%면 얼마", Decimal(7_000_000)),
        ("연봉 4천5백만원인데 월급으로 얼마", Decimal(3_750_000)),
        ("전세금 1억 5천인데 계약금 10%면 얼마", Decimal(15_000_000)),
    ],
)
def test_thousands_with_their_unit_still_read(text: str, value: Decimal) -> None:
    assert calculate(text).value == value


@pytest.mark.parametrize(
    "text",
    [
        "i'm wiring 600 dollars home, the rate is 18.1 pesos per dollar, how many pesos",
        "how many rupees do I get for 40 dollars at 83 rupees per dollar",
        "convert 250 dollars to baht at 35",
        "200달러를 페소로 바꾸면 얼마야 환율 18",
    ],
)
def test_an_unknown_currency_is_never_labelled_won_or_dollars(text: str) -> None:
    assert parse_currency_request(text) is None
    answer = _answer(text)
    assert answer is None or not (answer.endswith("원") or answer.startswith("$"))


def test_a_known_currency_still_converts() -> None:
    assert _answer("how much is 300 dollars in won at 1400") == "420,000원"


def test_a_follow_up_in_an_unknown_currency_declines() -> None:
    assert _follow_up("300 dollars in won at 1400", "what about in pesos at 18?") is None


@pytest.mark.parametrize(
    ("first", "second", "answer"),
    [
        # The start of a percent change replaced: (55 - 52) / 52.
        (
            "월세가 50만원에서 55만원으로 오르면 몇 퍼센트 오른거야",
            "50만원 말고 52만원이었으면?",
            "5.7692%",
        ),
        # The end replaced.
        (
            "월세가 50만원에서 55만원으로 오르면 몇 퍼센트 오른거야",
            "55만원 말고 60만원이면?",
            "20%",
        ),
        # A price replaced in a product, and a count.
        ("2만원짜리 4개 사면 얼마야", "2만원 말고 3만원이었으면?", "120,000원"),
        ("2만원짜리 4개 사면 얼마야", "4개 말고 6개였으면?", "120,000원"),
        # No unit said with the figures (this had raised KeyError).
        ("월세가 50만원에서 55만원으로 오르면 몇 퍼센트 오른거야", "50 말고 52였으면?", "5.7692%"),
    ],
)
def test_x_instead_of_y_as_a_what_if_replaces_x(first: str, second: str, answer: str) -> None:
    assert _follow_up(first, second) == answer


@pytest.mark.parametrize(
    "text",
    [
        "2만원 말고 4만원이었으면?",
        "커피 4천원 말고 주스 5천원이면 얼마",
        "5만원 대신 7만원이면 얼마야",
    ],
)
def test_a_set_aside_figure_is_never_added(text: str) -> None:
    with pytest.raises(ToolInputError):
        calculate(text)


def test_besides_x_still_adds() -> None:
    # "말고도" is "besides": both amounts count.
    assert calculate("2만원 말고도 7천원 더 내면 총 얼마").value == Decimal(27_000)
