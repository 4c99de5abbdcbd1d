"""A won rate said with the exchange verb ("…달러를 1,398원에 환전하면"), and VAT "포함가"."""

from __future__ import annotations

from decimal import Decimal

from tools.calculator import calculate
from tools.currency import parse_currency_request


def test_the_won_figure_before_the_exchange_verb_is_the_rate() -> None:
    req = parse_currency_request("300파운드를 1,750원에 환전하면 원화로 얼마야")
    assert req is not None
    assert (req.amount, req.from_currency, req.to_currency) == (Decimal(300), "GBP", "KRW")
    assert req.rate == Decimal(1750)
    req = parse_currency_request("2,500위안을 190원으로 바꾸면 얼마야")
    assert req is not None and req.amount * req.rate == Decimal(475000)


def test_a_won_amount_with_no_exchange_verb_is_no_rate() -> None:
    assert parse_currency_request("300파운드를 1,750원에 샀는데 얼마야") is None


def test_vat_included_said_as_one_word() -> None:
    assert calculate("공기청정기 440,000원 부가세 포함가인데 공급가액은 얼마야").display == (
        "400,000원"
    )
    assert calculate("공기청정기 440,000원 부가세 포함가인데 부가세만 얼마야").display == (
        "40,000원"
    )
