"""Won formatting and conversion at a stated rate."""

from __future__ import annotations

from decimal import Decimal

import pytest

from core.errors import ToolInputError
from tools.currency import (
    convert_currency,
    describe_request,
    format_krw,
    format_krw_korean,
    format_money,
    parse_currency_request,
)


@pytest.mark.parametrize(
    ("amount", "expected"),
    [
        (5250, "5,250원"),
        (5249.5, "5,250원"),
        (Decimal("5249.4"), "5,249원"),
        (0, "0원"),
        (-1200, "-1,200원"),
    ],
)
def test_format_krw(amount: float | int | Decimal, expected: str) -> None:
    assert format_krw(amount) == expected


@pytest.mark.parametrize(
    ("amount", "expected"),
    [
        (120_000_000, "1억 2,000만원"),
        (100_000_000, "1억원"),
        (35_000, "3만 5,000원"),
        (123_456_789, "1억 2,345만 6,789원"),
        (5_250, "5,250원"),
        (2_000_000_000_000, "2조원"),
    ],
)
def test_format_krw_korean(amount: int, expected: str) -> None:
    assert format_krw_korean(amount) == expected


@pytest.mark.parametrize(
    ("amount", "currency", "expected"),
    [
        (1234.5, "USD", "$1,234.50"),
        (1234.5, "달러", "$1,234.50"),
        (1234.5, "엔", "¥1,235"),
        (-3, "eur", "-€3.00"),
        (5250, "KRW", "5,250원"),
        (10, "GBP", "£10.00"),
    ],
)
def test_format_money(amount: float, currency: str, expected: str) -> None:
    assert format_money(amount, currency) == expected


def test_format_money_unknown_currency() -> None:
    with pytest.raises(ToolInputError, match="unknown currency 'XYZ'"):
        format_money(1, "XYZ")


def test_convert_currency() -> None:
    result = convert_currency(250, "USD", "원", 1350)
    assert result.amount == 337500
    assert (result.currency, result.display) == ("KRW", "337,500원")


@pytest.mark.parametrize("rate", [0, -1])
def test_convert_currency_rejects_bad_rate(rate: float) -> None:
    with pytest.raises(ToolInputError, match="must be positive"):
        convert_currency(1, "USD", "KRW", rate)


@pytest.mark.parametrize(
    ("text", "display"),
    [
        ("환율 1350원일 때 250달러는 원화로 얼마", "337,500원"),
        ("환율 1,350원일 때 250달러는 원화로 얼마고", "337,500원"),
        ("환율이 1,350원이면 50만원은 몇 달러?", "$370.37"),
        ("1달러에 1350원일 때 250달러는 얼마", "337,500원"),
        ("100엔에 900원이면 5만원은 몇 엔?", "¥5,556"),
        ("at 1350 won per dollar, how much is 250 dollars in won", "337,500원"),
        ("convert 250 USD to KRW at 1350", "337,500원"),
        ("1 USD = 1350 KRW. What is $250 in KRW?", "337,500원"),
    ],
)
def test_parse_currency_request(text: str, display: str) -> None:
    req = parse_currency_request(text)
    assert req is not None
    assert (
        convert_currency(req.amount, req.from_currency, req.to_currency, req.rate).display
        == display
    )


def test_describe_request_inverts_small_rates() -> None:
    req = parse_currency_request("환율이 1350원이면 135000원은 몇 달러?")
    assert req is not None
    assert describe_request(req) == "135,000 KRW ÷ 1,350 KRW/USD = 100 USD"


@pytest.mark.parametrize(
    "text",
    [
        "환율 1350원일 때 250달러짜리 노트북을 살지 말지 조언해줘",  # no conversion cue
        "250달러는 원화로 얼마?",  # no rate: we never guess one
        "환율 전망을 설명해줘",
    ],
)
def test_parse_currency_request_non_matches(text: str) -> None:
    assert parse_currency_request(text) is None


@pytest.mark.parametrize(
    ("text", "display"),
    [
        # A rate stated in the ways people say it, in both languages (issue 11 workload).
        ("If a dollar is 1,380 won, how many won is 45 dollars?", "62,100원"),
        ("How many won is 45 dollars if a dollar is 1380 won?", "62,100원"),
        ("1달러에 1,380원이면 50달러는?", "69,000원"),
        ("1달러가 1380원이면 70달러는 몇 원?", "96,600원"),
        ("달러 환율이 1,380원이면 40달러는?", "55,200원"),
        ("45달러는 원화로 얼마? 1달러 1380원 기준", "62,100원"),
        ("1380원/달러 기준으로 30달러는 원화로 얼마?", "41,400원"),
        ("One euro costs 1,500 won. How much is 20 euros in won?", "30,000원"),
        ("With the dollar at 1,380 won, what are 12 dollars in won?", "16,560원"),
        ("1,380 won to the dollar: how much is 10 dollars?", "13,800원"),
        ("USD/KRW 1380: convert 50 USD to KRW", "69,000원"),
        ("If the exchange rate is 1,380 won, what is 45 dollars?", "62,100원"),
        ("If 1 USD = 1,380 KRW, what is 138,000 won in dollars?", "$100.00"),
    ],
)
def test_parse_currency_request_stated_rates(text: str, display: str) -> None:
    req = parse_currency_request(text)
    assert req is not None, text
    assert (
        convert_currency(req.amount, req.from_currency, req.to_currency, req.rate).display
        == display
    )


def test_an_amount_asked_about_is_never_read_as_the_rate() -> None:
    # "won is 45 dollars" has the shape of a rate; the real one comes later.
    req = parse_currency_request("How many won is 45 dollars if a dollar is 1380 won?")
    assert req is not None
    assert (req.amount, req.rate) == (45, 1380)
