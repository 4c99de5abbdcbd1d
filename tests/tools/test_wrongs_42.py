"""Set 42's wrong answer and unread forms, each read by its rule and only by it.

Inputs are our own (not the blind set's sentences). Every case is answered as expected
with its rule on, and no longer with that rule switched off:

- a commission the asker is paid is the share, not the sales less it
  (tools.calculator_commission_earned_42, used by tools.calculator_net_after_fee);
- restatements the calculator reads (tools.calculator_restated_en_42 and
  tools.calculator_restated_week_days_42): a percent in words, a rate for a span plus a
  flat amount, "plus a 10% booking fee", a pack's price per its measure, a count asked
  without its noun, a price on some days a week over some weeks, one line "N things at
  P" as P each, "plus 3.50 delivery" as an amount for the delivery;
- follow-ups (tools.followup_changes_42, tools.followup_added_amount_ko_42): a named
  count, the count asked, the sharers now, an amount reached, a total in no named
  currency converted at a rate, an amount added in Korean, a coupon off the result;
- a thing priced in a foreign currency ("50유로짜리") converted (tools.handler_money);
- the FAQ: a phone number asked with 몇 번 (tools.faq_reading), 빨간날 as 공휴일 (the
  [faq] section of tools/rag/vocabulary.tsv).

The readings around them that must stay are pinned too (a commission charged, a coupon
after a split).
"""

from __future__ import annotations

import re
from typing import Any

import pytest

import tools.calculator_net_after_fee as net_after_fee
import tools.calculator_restated_forms as restated_forms
import tools.faq_reading as faq_reading
import tools.followup_change_rules as change_rules
import tools.followups as followups
import tools.handler_money as handler_money
import tools.rag.answer_types as answer_types
from tests.tools.rule_switch import SwitchOff, answers_stay, off, turns_read_only_by_their_rule
from tools.calculator_restated_en_42 import (
    charge_named_after_amount,
    count_at_price_each,
    count_noun_carried,
    percent_in_words,
    price_per_pack_measure,
    rate_for_span_plus_flat,
)
from tools.calculator_restated_week_days_42 import days_a_week_over_weeks
from tools.faq import FaqBook
from tools.followup_added_amount_ko_42 import amount_added_ko, coupon_taken_off_ko
from tools.followup_changes_42 import (
    amount_reached,
    asked_count_changed,
    named_count_changed,
    sharers_now,
)


def _without_restatement(rule: Any) -> SwitchOff:
    rules = tuple(r for r in restated_forms._RULES if r is not rule)
    return off(restated_forms, "_RULES", rules)


def _without_change(rule: Any) -> SwitchOff:
    changes = tuple(c for c in change_rules.CHANGES if c is not rule)
    return off(followups, "CHANGES", changes)


def _never_earned(_text: str) -> bool:
    return False


def _never(*_args: Any) -> None:
    return None


CASES: list[tuple[list[str], str | None, SwitchOff]] = [
    # 42,000 x 5% = 2,100 (the rule off: 42,000 less 5% = 39,900)
    (
        ["i get 5% commission on what i sell, sold 42,000 this month, how much do i get"],
        "2,100",
        off(net_after_fee, "commission_is_earned", _never_earned),
    ),
    # 80 x 1.15 = 92
    (
        ["bill was 80 dollars, add fifteen percent tip"],
        "$92.00",
        _without_restatement(percent_in_words),
    ),
    # 80 x 4 + 50 = 370
    (
        ["van rental 80 a day for 4 days plus 50 for cleaning, total?"],
        "370",
        _without_restatement(rate_for_span_plus_flat),
    ),
    # 7.99 / 16 = 0.499375
    (
        ["a 16 oz jar of honey is 7.99, how much per ounce"],
        "0.499375",
        _without_restatement(price_per_pack_measure),
    ),
    # 800 / 4 x 6 = 1,200 g
    (
        ["a soup recipe uses 800g of tomatoes for 4 people, how much do i need for 6"],
        "1,200 g",
        _without_restatement(count_noun_carried),
    ),
    # 20,000 x 3 x 2 = 120,000원
    (
        ["요가 한번 2만원 주3일 다니면 2주면 얼마야"],
        "120,000원",
        _without_restatement(days_a_week_over_weeks),
    ),
    # 4 x 6.25 = 25 + 3.50 = 28.50 / 2 = 14.25: "at P" is each, "3.50 delivery" an amount
    (
        ["4 sandwiches at 6.25 plus 3.50 delivery split 2 ways"],
        "14.25",
        _without_restatement(count_at_price_each),
    ),
    (
        ["4 sandwiches at 6.25 plus 3.50 delivery split 2 ways"],
        "14.25",
        _without_restatement(charge_named_after_amount),
    ),
    # 6 x 2.75 = 16.5
    (
        ["4 bus passes at 2.75 each, how much", "what about 6 passes"],
        "16.5",
        _without_change(named_count_changed),
    ),
    # 180 / 8 x 4 = 90 g
    (
        ["a cake needs 180g of sugar for 8 people, how much do i need for 12", "and for 4?"],
        "90 g",
        _without_change(asked_count_changed),
    ),
    # 960 / 2 = 480
    (
        ["cabin cost 960 split between 4 friends", "two dropped out so its 2 of us now"],
        "480",
        _without_change(sharers_now),
    ),
    # 45,000 x 6% = 2,700
    (
        ["she sold 30,000 and makes 6% commission, how much is that", "what if she hits 45k"],
        "2,700",
        _without_change(amount_reached),
    ),
    # 55 x 4 + 20 = 240 x 0.79 = 189.6
    (
        ["tour is 55 a day for 4 days plus 20 for the guide, total", "and in pounds at 0.79?"],
        "189.6",
        off(followups, "unnamed_result_in_currency", _never),
    ),
    # (60,000 + 20,000) / 5 = 16,000원
    (
        ["생일 케이크 6만원짜리 5명이서 나누면", "2만원짜리 꽃도 같이 사면?"],
        "16,000원",
        _without_change(amount_added_ko),
    ),
    # (240,000 + 10,000) / 4 = 62,500원: a charge after a split is shared, never added to
    # one share (declined before set 42, for that reason)
    (
        ["저녁값 240,000원 4명이서 나누면 얼마씩이야", "봉사료 10,000원 붙으면?"],
        "62,500원",
        _without_change(amount_added_ko),
    ),
    # (120 + 30) x 1,400 = 210,000원
    (
        ["이베이에서 120달러 샀는데 환율 1400원이면 원화로 얼마", "관세 30달러 붙으면?"],
        "210,000원",
        _without_change(amount_added_ko),
    ),
    # 90,000 x 0.8 = 72,000 - 3,000 = 69,000원
    (
        ["운동화 9만원인데 20% 할인하면", "거기서 3천원 쿠폰 쓰면?"],
        "69,000원",
        _without_change(coupon_taken_off_ko),
    ),
    # 50 x 1,500 = 75,000원
    (
        ["50유로짜리 환율 1500원이면 원화로 얼마"],
        "75,000원",
        off(handler_money, "_PRICED_ABROAD", re.compile(r"(?!)")),
    ),
]

test_read_and_only_by_its_rule = turns_read_only_by_their_rule(CASES)

# Readings around the rules that must stay: a commission charged is still taken off what
# comes in; a coupon after a split is no coupon off one share; a price a night is no
# amount an added fee joins.
test_readings_around_stay = answers_stay(
    [
        (["the platform takes a 5% commission, i sold 42,000 how much do i get"], "39,900"),
        (["피자 3만원 3명이 나누면", "5천원 쿠폰 쓰면?"], None),
        (["숙소 1박 8만원 2박이면", "청소비 2만원 붙으면?"], "180,000원"),
        # A bill of several lines is read as before (each line's P is each already).
        (["2 mugs at 12.95 and a teapot at 34.00, total"], "59.9"),
    ]
)


def test_a_phone_number_asked_with_myeot_beon_is_the_faqs() -> None:
    book = FaqBook.load()
    hit = book.lookup("전화번호 몇번이에요?")
    assert hit is not None and "02-555-0100" in hit.answer


def test_a_phone_number_asked_is_no_count_only_by_its_rule(monkeypatch: pytest.MonkeyPatch) -> None:
    # The documents' reader says what a question asks for the FAQ too (tools.phone_number_asked).
    monkeypatch.setattr(answer_types, "asks_phone_number", lambda question: False)
    assert FaqBook.load().lookup("전화번호 몇번이에요?") is None


def test_a_red_day_is_a_public_holiday(monkeypatch: pytest.MonkeyPatch) -> None:
    hit = FaqBook.load().lookup("빨간날에도 진료해요?")
    assert hit is not None and "휴진" in hit.answer
    groups = tuple(g for g in faq_reading._everyday_groups() if "빨간날" not in g)
    monkeypatch.setattr(faq_reading, "_everyday_groups", lambda: groups)
    assert FaqBook.load().lookup("빨간날에도 진료해요?") is None
