"""Questions a deterministic reader answered with a wrong figure (our own probes, session 51).

A percent right after a Korean big-unit numeral ("300만 5%") and an amount "씩" in a
conversion. A wrong figure is the worst outcome: these now read right or decline.
"""

from __future__ import annotations

from decimal import Decimal

from tools.calculator import calculate
from tools.currency import parse_currency_request
from tools.currency_each_51w import amount_each_with_count
from tools.korean_numbers import normalize_numerals


def test_an_amount_each_beside_a_count_is_no_plain_conversion() -> None:
    assert amount_each_with_count(normalize_numerals("50유로씩 4명 원화로"))
    assert parse_currency_request("50유로씩 4명 환율 1450원이면 원화로") is None
    # 씩 alone (a monthly sum) is still one amount; "달러" is no count of months.
    assert not amount_each_with_count("매달 300달러씩 보내는데 원화로")
    request = parse_currency_request("매달 300달러씩 보내는데 환율 1450원이면 원화로")
    assert request is not None and request.amount == 300


def test_a_percent_after_a_big_unit_numeral_is_its_own_figure() -> None:
    assert normalize_numerals("월급 250만 4% 인상") == "월급 2500000 4% 인상"
    assert calculate("월급 250만 4% 인상되면").value == Decimal(2600000)
    # A trailing figure still continues the numeral.
    assert normalize_numerals("3만 5000") == "35000"
