"""Questions a deterministic reader answered with a wrong figure (our own probes, session 51).

A percent right after a Korean big-unit numeral ("300만 5%") and an amount "씩" in a
conversion. A wrong figure is the worst outcome: these now read right or decline.
"""

from __future__ import annotations

from decimal import Decimal

from tools.calculator import calculate
from tools.korean_numbers import normalize_numerals


def test_a_percent_after_a_big_unit_numeral_is_its_own_figure() -> None:
    assert normalize_numerals("월급 250만 4% 인상") == "월급 2500000 4% 인상"
    assert calculate("월급 250만 4% 인상되면").value == Decimal(2600000)
    # A trailing figure still continues the numeral.
    assert normalize_numerals("3만 5000") == "35000"
