"""A count of packs said in words after a pack's price is that many packs, never one.

"참치캔 3개입 5980원짜리 두묶음이랑 햇반 12개입 13900원 하나 사면 얼마" was read as one tuna
pack (19,880원) in set 48, then declined; opens57k reads "두묶음" as 2 (25,860원). A count
in words the lines cannot read ("몇묶음") is still declined, never taken as one pack.
"""

from __future__ import annotations

import pytest

import tools.calculator_forms_ko_52a as forms_ko
from core.errors import ToolInputError
from core.lazy_regex import LazyPattern
from tools.calculator import calculate

_NEVER = LazyPattern(r"(?!)")
_ASKS = [
    ("참치캔 3개입 5980원짜리 두묶음이랑 햇반 12개입 13900원 하나 사면 얼마", 5980 * 2 + 13900),
    ("요구르트 4개입 3200원짜리 세묶음이랑 우유 2L 짜리 4500원 하나 사면 얼마", 3200 * 3 + 4500),
    ("컵라면 4개입 4800원짜리 네 묶음하고 생수 2L 6병짜리 6900원 결제하면 얼마", 4800 * 4 + 6900),
]


@pytest.mark.parametrize(("ask", "total"), _ASKS)
def test_a_pack_count_in_words_is_read(ask: str, total: int) -> None:
    assert calculate(ask).value == total


@pytest.mark.parametrize(("ask", "total"), _ASKS)
def test_switched_off_the_count_is_declined(
    ask: str, total: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(forms_ko, "_PACKS_COUNTED_IN_WORDS", _NEVER)
    with pytest.raises(ToolInputError):
        calculate(ask)


def test_the_one_pack_misreading_stays_out(monkeypatch: pytest.MonkeyPatch) -> None:
    # With both the count read and its guard off, the line is one pack: the set-48 misreading.
    ask = _ASKS[0][0]
    monkeypatch.setattr(forms_ko, "_PACKS_COUNTED_IN_WORDS", _NEVER)
    monkeypatch.setattr(forms_ko, "_PACKS_IN_WORDS", _NEVER)
    assert calculate(ask).value == 5980 + 13900


def test_an_unread_count_in_words_is_declined() -> None:
    with pytest.raises(ToolInputError):
        calculate("참치캔 3개입 5980원짜리 몇묶음이랑 햇반 12개입 13900원 하나 사면 얼마")


def test_a_count_in_digits_is_still_read() -> None:
    ask = "라면 5개묶음 4380원짜리 2개랑 생수 2L 6병짜리 6900원 결제하면 얼마"
    assert calculate(ask).value == 4380 * 2 + 6900
