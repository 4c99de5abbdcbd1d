"""A count of packs said in words after a pack's price is not one pack (set 48's wrong answer).

"참치캔 3개입 5980원짜리 두묶음이랑 햇반 12개입 13900원 하나 사면 얼마" was read as one tuna
pack (19,880원) instead of two (25,860원): "두묶음" is a count the priced-lines reader does
not take, so the list is declined and routed on.
"""

from __future__ import annotations

import pytest

import tools.calculator_forms_ko_52a as forms_ko
from core.errors import ToolInputError
from core.lazy_regex import LazyPattern
from tools.calculator import calculate

_ASKS = [
    "참치캔 3개입 5980원짜리 두묶음이랑 햇반 12개입 13900원 하나 사면 얼마",
    "요구르트 4개입 3200원짜리 세묶음이랑 우유 2L 짜리 4500원 하나 사면 얼마",
    "물티슈 10개입 8900원짜리 두박스랑 휴지 30롤 15900원 하나 결제하면 얼마",
]


@pytest.mark.parametrize("ask", _ASKS)
def test_a_pack_count_in_words_is_declined(ask: str) -> None:
    with pytest.raises(ToolInputError):
        calculate(ask)


@pytest.mark.parametrize("ask", _ASKS[:1])
def test_switched_off_the_count_is_dropped(ask: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(forms_ko, "_PACKS_IN_WORDS", LazyPattern(r"(?!)"))
    assert calculate(ask).value == 5980 + 13900  # the wrong one-pack reading


def test_a_count_in_digits_is_still_read() -> None:
    ask = "라면 5개묶음 4380원짜리 2개랑 생수 2L 6병짜리 6900원 결제하면 얼마"
    assert calculate(ask).value == 4380 * 2 + 6900
