"""Wrong answers of the calculator found on main 253b9ce1 (calc62), fixed by the figure's role.

- VAT: the figure's own clause says which side of VAT it is on ("부가세 빼고 10만원이면",
  "공급가 10만원이면", "220만원이 부가세포함 금액이면"), what is asked comes after it. "부가세
  빼고 10만원이면 부가세 포함하면" was 100000 / 1.1 (90,909원) for 110,000원.
- A percent cut said before the figure makes the figure what is left: "세금 3.3% 떼고 290만원
  받았으면 세전은" was 2,804,300원 (the cut taken again), "부가세 10% 빼면 10만원이면 원래
  금액은" 10,000원 (VAT-exclusive 10만원 or 10% off: declined), "after 10% tax withheld i got
  900, before tax" 818.18, "after 20% off it's 80, how much did i save" 16.
- One thing's old and new prices: "4만원 하던게 5만2천원 됐으면" was their sum (92,000원).
- A labelled figure closed by a full stop: "rent is 1,365." then "what if the rent is 1,482"
  replaced the 1 before the comma (38,009.359%); now 38%
  (tools/followup_labelled_figure_en).
"""

from __future__ import annotations

from datetime import datetime

import pytest

import tools.calculator_figure_roles_62c as roles
import tools.followup_labelled_figure_en as labelled_en
from tests.tools.rule_switch import SwitchOff, off
from tools.followup_chain import run_chain
from tools.followups import resolve_in_conversation
from tools.planner import split_steps

_NOW = datetime(2026, 12, 7, 12, 0)


def _answer(text: str) -> str | None:
    result = run_chain(split_steps(text), _NOW)
    return None if result is None else result.answer


_VAT_OFF = off(roles, "USE_VAT_SIDES", False)
_CUT_OFF = off(roles, "USE_CUT_BEFORE", False)
_PAIR_OFF = off(roles, "USE_BEFORE_AFTER", False)


def _read_only_by_its_rule(cases: list[tuple[str, str | None, SwitchOff]]) -> object:
    @pytest.mark.parametrize(("text", "expected", "switch_off"), cases)
    def test(
        text: str, expected: str | None, switch_off: SwitchOff, monkeypatch: pytest.MonkeyPatch
    ) -> None:
        assert _answer(text) == expected
        switch_off(monkeypatch)
        assert _answer(text) != expected

    return test


test_vat_side_of_the_figure = _read_only_by_its_rule(
    [
        ("부가세 빼고 10만원이면 부가세 포함하면", "110,000원", _VAT_OFF),
        ("공급가 10만원이면 부가세 포함하면 얼마", "110,000원", _VAT_OFF),
        ("공급가 50만원인데 부가세 포함하면", "550,000원", _VAT_OFF),
        ("견적 이백이십만원 부가세별도래 부가세까지 하면 총액 얼마", "2,420,000원", _VAT_OFF),
        ("인테리어 공급가액 1200만원인데 부가세 포함 금액은", "13,200,000원", _VAT_OFF),
        ("만약 이백이십만원이 부가세포함 금액이면 공급가는?", "2,000,000원", _VAT_OFF),
        ("부가세 빼고 8만원이면 부가세는 얼마", "8,000원", _VAT_OFF),
        ("부가세 없이 4만5천원인데 부가세 포함 금액은", "49,500원", _VAT_OFF),
    ]
)

test_cut_said_before_the_figure = _read_only_by_its_rule(
    [
        ("세금 3.3% 떼고 290만원 받았으면 세전은", "2,998,966원", _CUT_OFF),
        ("3.3% 떼고 290만원이면 원래 얼마", "2,998,966원", _CUT_OFF),
        ("세금 10% 떼고 10만원이면 세전은", "111,111원", _CUT_OFF),
        ("10% 빼면 10만원이면 원래 금액은", "111,111원", _CUT_OFF),
        ("할인 20% 받아서 8만원이면 정가는", "100,000원", _CUT_OFF),
        ("20% 깎아서 4만원이면 원래 얼마", "50,000원", _CUT_OFF),
        ("20% 할인받아서 8만원 냈는데 얼마 아낀거야", "20,000원", _CUT_OFF),
        ("10% 할인해서 9만원이면 얼마 할인된거야", "10,000원", _CUT_OFF),
        ("after 10% tax withheld i got 900, what was it before tax", "1,000", _CUT_OFF),
        ("after 20% off it's 80, how much did i save", "20", _CUT_OFF),
        ("after 25% off it's $60, how much did i save", "$20.00", _CUT_OFF),
        # VAT named with the cut: VAT-exclusive or 10% off, unsaid; nothing asked: declined.
        ("부가세 10% 빼면 10만원이면 원래 금액은", None, _CUT_OFF),
        ("부가세 10% 빼고 20만원이면 원래 가격은", None, _CUT_OFF),
        ("15% 할인받아서 6만8천원이면 할인액이랑 원래 가격 차이는", None, _CUT_OFF),
        ("20% 할인해서 8만원이면 얼마야", None, _CUT_OFF),
        ("after 30% off it's 70, how much is that", None, _CUT_OFF),
    ]
)

test_old_and_new_price_never_summed = _read_only_by_its_rule(
    [
        ("4만원 하던게 5만2천원 됐으면", None, _PAIR_OFF),
        ("5만원짜리가 4만원 됐으면", None, _PAIR_OFF),
        ("가격이 3만원에서 4만원으로 올랐으면", None, _PAIR_OFF),
        ("3만원에서 4만원 됐으면", None, _PAIR_OFF),
        ("전에 2만원이던 게 지금 2만5천원이면", None, _PAIR_OFF),
        ("어제 3만원 하던게 오늘 3만3천원이면", None, _PAIR_OFF),
    ]
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Near misses: asked of the change, or a sum asked in so many words; VAT on one side.
        ("4만원 하던게 5만2천원 됐으면 몇 퍼센트 올랐어", "30%"),
        ("4만원 하던게 5만2천원 됐으면 얼마 올랐어", "12,000원"),
        ("4만원 하던게 5만2천원 됐으면 합치면 얼마", "92,000원"),
        ("부가세 포함 33만원이면 공급가액은", "300,000원"),
        ("부가세 포함 11만원이면 부가세는 얼마", "10,000원"),
        ("550만원이 부가세 포함이면 부가세는 얼마", "500,000원"),
        ("공사비 삼백만원 부가세 별도인데 부가세 붙이면 얼마야", "3,300,000원"),
        ("10% 할인해서 9만원이면 원래 가격은", "100,000원"),
        ("부가세 제외하고 4만5천원이면 부가세 붙이면 얼마", "49,500원"),
        ("세금 3.3% 떼고 290만원 받았으면 세전 세후 차이는 몇 퍼센트", None),
        ("after 20% off it's 80, original price?", "100"),
        ("5만원에서 10% 빼면", "45,000원"),
        ("월급 300만원에서 세금 3.3% 떼면", "2,901,000원"),
        # Still declined: no rate said in English, nothing asked, no side of VAT said twice.
        ("100 before tax, what's it with tax", None),
        ("was 40 now 52", None),
        ("10% 할인해서 9만원이면", None),
        ("10만원 부가세 포함하면 얼마", None),
    ],
)
def test_near_misses(text: str, expected: str | None) -> None:
    assert _answer(text) == expected


_STOP_OFF = off(labelled_en, "USE_FULL_STOP_CLOSES", False)
_INCOME = "i take home 3,900 a month and rent is 1,365. what percent of my income goes to rent"


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        ([_INCOME, "what if the rent is 1,482"], "38%"),
        (
            [
                _INCOME.replace("3,900", "4,000").replace("1,365", "1,200"),
                "what if the rent is 1,400",
            ],
            "35%",
        ),
        (
            [
                _INCOME.replace("3,900", "4,500").replace("1,365", "1,350"),
                "what if the rent is 1,575",
            ],
            "35%",
        ),
        (
            [
                _INCOME.replace("3,900", "2,500").replace("1,365", "1,000"),
                "what about if the rent was 1,125",
            ],
            "45%",
        ),
        # (Said with "and if", read by the same rule: set 53.)
        ([_INCOME, "and if the rent goes up to 1,482"], "38%"),
    ],
)
def test_labelled_figure_closed_by_full_stop(
    turns: list[str], expected: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    def answer() -> str | None:
        found = resolve_in_conversation(turns[:-1], turns[-1], _NOW)
        return None if found is None else found.result.answer

    assert answer() == expected
    _STOP_OFF(monkeypatch)
    assert answer() != expected
