"""Blind set 33's wrong answers, each cause fixed generally (examples of our own).

The first run gave 10 wrong figures: a share paid as a deposit given for the balance, a tip
stacked on the taxed bill though said to be on the pre-tax amount, a tip alone for "what do
I pay", a shipping fee split 반반 added whole, 주휴수당 dropped from a week's pay, a 적금's
interest counted as one lump sum, a price said in words ("twelve fifty a bottle") half read,
an item left out of an order whose price was still added, and "what if we'd sold 100" put
in place of the costs. Each case also runs with its rule switched off: the same answer must
not come.
"""

from __future__ import annotations

import pytest

import tools.calculator as calculator
import tools.followup_item_left_out as item_left_out
import tools.followup_number_edits as number_edits
import tools.followups as followups
from tests.tools.rule_switch import (
    SwitchOff,
    answers_stay,
    never,
    off,
    turns_read_only_by_their_rule,
)
from tools.followup_change_rules import CHANGES
from tools.followup_verb_figure_en import figure_after_same_verb


def _keep_the_price(_name: str, question: str) -> str:
    return question


def _no_verb_rule(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(
        followups, "CHANGES", tuple(c for c in CHANGES if c is not figure_after_same_verb)
    )
    monkeypatch.setattr(number_edits, "names_a_figure_by_verb", lambda _text: False)


def _spoken_unread(text: str) -> str:
    return text


def _no_pair_check(_text: str) -> bool:
    return False


def _spoken_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(calculator, "spoken_prices_as_decimals", _spoken_unread)
    monkeypatch.setattr(calculator, "unread_spoken_pair", _no_pair_check)


_CAT_HOTEL = "고양이호텔 1박 4만원이고 발톱정리 추가하면 만원인데 3박하고 발톱정리 한번 하면 얼마야"
_CUPCAKES = "we sold 60 cupcakes at 3 each and spent 40 on supplies, what's the profit"

CASES: list[tuple[list[str], str | None, SwitchOff]] = [
    # What is left after a 20% deposit (switched off: 500,000원, the deposit itself).
    (
        ["웨딩촬영 총 250만원인데 계약금 20% 걸었어 잔금은 얼마야"],
        "2,000,000원",
        off(calculator, "balance_after_deposit", never),
    ),
    (
        ["the kitchen remodel is 12,000 and we paid a 25% deposit, what's the balance"],
        "9,000",
        off(calculator, "balance_after_deposit", never),
    ),
    # Tax and tip both on the pre-tax bill (switched off: 79.2, the tip on the taxed bill).
    (
        ["dinner was 60 before tax, tax is 10%, and we tip 20% on the pre-tax amount, total?"],
        "78",
        off(calculator, "tip_on_pretax", never),
    ),
    # "what do I pay" with a tip: the price with it (switched off: 6, the tip alone).
    (
        ["the taxi is 40 and I tip 15%, what do I pay"],
        "46",
        off(calculator, "total_with_tip", never),
    ),
    # Shipping split 반반: half of it (switched off: 35,000원, all of it).
    (
        ["당근에서 3만원짜리 사는데 배송비 5000원은 반반 하기로 했어 나 얼마 내"],
        "32,500원",
        off(calculator, "fee_halved", never),
    ),
    # 24 hours a week: 24 / 40 x 8 = 4.8 rest hours (switched off: 288,000원, none).
    (
        ["시급 12000원 주4일 하루 6시간 일하면 주휴수당 포함 주급 얼마"],
        "345,600원",
        off(calculator, "weekly_holiday_pay", never),
    ),
    # 12 hours a week earn no 주휴수당: the question that says it does is declined
    # (switched off: 120,000원, the hours alone as if they included it).
    (
        ["시급 1만원 주3일 하루 4시간 일하면 주휴수당 포함 주급 얼마"],
        None,
        off(calculator, "weekly_holiday_pay", never),
    ),
    # 500,000 x 3.5% x (1 + ... + 24) / 12 (switched off: one lump sum for two years).
    (
        ["적금 매달 50만원씩 24개월 연 3.5% 단리 이자 얼마"],
        "437,500원",
        off(calculator, "installment_savings_expression", never),
    ),
    # At maturity: the six deposits and their interest.
    (
        ["적금 월 20만원씩 6개월 연 5% 단리면 만기에 받는 돈"],
        "1,217,500원",
        off(calculator, "installment_savings_expression", never),
    ),
    # A price said in words is 14.50 (switched off: the 6 of the box read as the price);
    # opens52a's case reader reads the box at it, 14.50 x 6 less 5% (it was declined).
    (
        ["coffee beans are fourteen fifty a bag and a box of 6 is 5% off, what's a box"],
        "82.65",
        _spoken_off,
    ),
    # The trim left out: its price taken out too (switched off: 130,000원, added once).
    (
        [_CAT_HOTEL, "발톱정리는 빼줘"],
        "120,000원",
        off(item_left_out, "without_its_price", _keep_the_price),
    ),
    # What one ends up with at simple interest: the principal too (switched off:
    # '$1,000.00', the interest alone; found beside the set, not in it).
    (
        ["10000 dollars at 5% simple interest for 2 years, how much will I end up with"],
        "$11,000.00",
        off(calculator, "interest_with_principal", never),
    ),
    # The figure after "sold" (switched off: 90 put in place of the 40 spent).
    ([_CUPCAKES, "what if we'd sold 90"], "230", _no_verb_rule),
]


test_read_right_or_declined_and_only_by_its_rule = turns_read_only_by_their_rule(CASES)


test_the_readings_around_them_stay = answers_stay(
    [
        # The tip asked for itself stays the tip.
        (["the taxi is 40 and I tip 15%, how much is the tip"], "6"),
        # An order without an item whose price no reading adds: as before.
        (
            [
                "소주 한 병 5,000원 맥주 한 병 6,000원인데 소주 네 병이랑 맥주 세 병이면 얼마야",
                "맥주는 빼고 계산해줘",
            ],
            "20,000원",
        ),
        # The interest asked: the interest alone, as before.
        (["10000 dollars at 5% simple interest for 2 years, how much interest"], "$1,000.00"),
        # 적금 at 복리: not read at simple interest.
        (["적금 매달 50만원씩 24개월 연 3.5% 복리 이자 얼마"], None),
        # "what if it were 90": no verb naming a figure.
        ([_CUPCAKES, "what if it were 90"], None),
    ]
)
