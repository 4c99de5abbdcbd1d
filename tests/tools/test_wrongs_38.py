"""Blind set 38's wrong answers and unread forms, on inputs of our own, each read only by its rule.

"부가세 포함 33만원이면 공급가랑 부가세 각각 얼마야" was answered with the supply price alone,
"and over a 30 day month?" after a daily time was answered from a policy's "within 30 days"
sentence, and "what about parking" after an uncurated thread with a curated answer about
another subject (that one's test is tests/graphs/test_faq_thread_topic.py). Each case also
runs with its rule switched off: the same answer must not come.
"""

from __future__ import annotations

import re

import pytest

import tools.calculator as calculator
import tools.currency_pound_weight as pound_weight
import tools.followups as followups
import tools.handler_money as handler_money
import tools.handlers as handlers
import tools.references as references
from tests.tools.rule_switch import NEVER, SwitchOff, both, never, off, price_expression
from tests.tools.rule_switch import turns_read_only_by_their_rule as read_only_by_rule
from tools.currency_pound_weight import pounds_are_weight
from tools.followup_clock_end_en import clock_end_moved_en
from tools.followup_count_said_anew_en import just_a_count
from tools.followup_daily_time_span import daily_time_over_new_span
from tools.followup_other_target_at_rate import other_target_at_rate
from tools.followup_same_unit_word import figure_of_same_unit_word
from tools.followup_weight_in_pounds import weight_in_pounds_changed
from tools.references import is_follow_up

_CYCLE = "i cycle 90 minutes to work and back every day, how many hours is that a week"


def _without(module: object, name: str, rule: object) -> SwitchOff:
    """Switch off one rule of a tuple of rules (``CHANGES``)."""
    rules = getattr(module, name)
    return off(module, name, tuple(r for r in rules if r is not rule))


def _as_said(text: str) -> str:
    return text


CASES: list[tuple[list[str], str | None, SwitchOff]] = [
    # A VAT-included amount asked for both parts: both (switched off: the supply price alone).
    (
        ["부가세 포함해서 44만원 냈는데 공급가액이랑 부가세 각각 알려줘"],
        "공급가액 400,000원, 부가세 40,000원",
        off(handler_money, "tax_parts", never),
    ),
    (
        ["paid 360 including 20% VAT, what's the net and the VAT"],
        "net 300.00, tax 60.00",
        off(handler_money, "tax_parts", never),
    ),
    # The follow-up's new amount keeps both parts.
    (
        ["VAT 포함 22만원이면 공급가랑 부가세는 각각 얼마", "66만원이면?"],
        "공급가액 600,000원, 부가세 60,000원",
        off(handler_money, "tax_parts", never),
    ),
    # Korean minutes summed and asked in hours (switched off: a bare 210 for the hours).
    (
        ["하루에 30분씩 책 읽으면 일주일에 몇 시간이야"],
        "3.5 h",
        off(calculator, "minutes_asked_in_hours", never),
    ),
    # A daily time with what is done between it and "every day" (switched off: not read).
    ([_CYCLE], "10.5 h", off(calculator, "daily_time_expression", never)),
    (
        ["we walk the dog 2 hours a day, how many hours over 10 days"],
        "20 h",
        off(calculator, "daily_time_expression", never),
    ),
    # Another span for it (switched off: no reading of the new span).
    (
        [_CYCLE, "and over a 20 day month?"],
        "30 h",
        _without(followups, "CHANGES", daily_time_over_new_span),
    ),
]


READ_NOW: list[tuple[list[str], str | None, SwitchOff]] = [
    # Percent typed as 프로 / 퍼 (switched off: not read).
    (
        ["시험 50문제 중에 45개 맞으면 몇퍼야"],
        "90%",
        off(calculator, "percent_words_as_signs", _as_said),
    ),
    (
        ["월급 250만원인데 8% 떼가면 실수령 얼마", "10프로 떼면"],
        "2,250,000원",
        off(followups, "percent_words_as_signs", _as_said),
    ),
    # A percent and an amount off, in the order said (switched off: not read, or for the
    # amount first, taken off in the other order).
    (
        ["12만원짜리 운동화 25%세일하는데 1만원 쿠폰까지 쓰면 얼마야"],
        "80,000원",
        off(calculator, "discount_and_coupon_in_won", never),
    ),
    (
        ["50000원에서 20% 할인 후 3000원 빼면"],
        "37,000원",
        off(calculator, "discount_and_coupon_in_won", never),
    ),
    (
        ["6만원짜리에 5천원 쿠폰 쓰고 10% 할인받으면 얼마"],
        "49,500원",
        off(calculator, "discount_and_coupon_in_won", never),
    ),
    # The whole people a budget covers (switched off: not read).
    (
        ["예산 40만원인데 1인당 3만5천원이면 몇명까지 갈수있어"],
        "11 명",
        off(calculator, "headcount_in_budget", never),
    ),
    # "if it's only 2": the group's count (switched off: not read).
    (
        ["taxi was 42 split between 3 of us", "what if it's only 2"],
        "21",
        _without(followups, "CHANGES", just_a_count),
    ),
    # Another currency at its own rate (switched off: not read, or 150 dollars).
    (
        ["convert 120 euros to dollars at 1.08", "and to pounds at 0.86"],
        "£103.20",
        _without(followups, "CHANGES", other_target_at_rate),
    ),
    (
        ["120 dollars to euros at 0.92", "what about yen at 150"],
        "¥18,000",
        _without(followups, "CHANGES", other_target_at_rate),
    ),
    (
        ["how much is 300 usd in euros if the rate is 0.9", "and in pounds at 0.8?"],
        "£240.00",
        off(followups, "other_target_at_rate", never),
    ),
]

_BEEF = "i need two and a half pounds of beef and it's 6.40 a pound"

READ_TOO: list[tuple[list[str], str | None, SwitchOff]] = [
    # BMI from a height and a weight (switched off: not read).
    (["키 160 몸무게 48키로 bmi 얼마"], "18.75", off(calculator, "bmi_expression", never)),
    # A weight in pounds is declined (switched off: 130 taken for kilograms, 47.75).
    (["키 165 몸무게 130파운드 bmi 얼마"], None, off(calculator, "bmi_expression", never)),
    # "52키로면?": the one figure said with that word (switched off: not read).
    (
        ["키 160 몸무게 48키로 bmi 얼마", "52키로면?"],
        "20.3125",
        _without(followups, "CHANGES", figure_of_same_unit_word),
    ),
    # "… 나누면 인당?": the amount each asked (switched off: not read).
    (
        ["족발 두개 한개에 21000원이고 배달비 4000원인데 4명이서 나누면 한명당?"],
        "11,500원",
        off(calculator, "per_head_amount_asked", _as_said),
    ),
    # A weight in pounds at a price a pound (switched off: '16원' of pounds sterling, or not
    # read when the weight is said in words).
    (
        ["how much for 2.5 pounds of beef at 6.40 a pound"],
        "16",
        # (blind57m's won-rate guard declines 6.40 won a pound sterling too: switched off
        # with it, a second defence.)
        both(
            off(pound_weight, "_WEIGHT", re.compile(r"\b(?:weigh|weight|heavy|lbs?)\b", re.I)),
            off(handler_money, "USE_WON_RATE_GUARD", False),
        ),
    ),
    ([_BEEF], "16", off(calculator, "price_per_pound_expression", never)),
    (
        [_BEEF, "make it 4 lbs"],
        "25.6",
        _without(followups, "CHANGES", weight_in_pounds_changed),
    ),
    # The span's end moved in English (switched off: not read).
    (
        [
            "dog sitter is 14 an hour, we're out from 7pm to 10pm, how much",
            "and if we get back at midnight",
        ],
        "70",
        _without(followups, "CHANGES", clock_end_moved_en),
    ),
]

# One pays a stated amount more or less than the others (switched off: not read).
UNEVEN: list[tuple[list[str], str | None, SwitchOff]] = [
    (
        ["the bill is 200 split between 4 of us but tom pays 20 less than everyone else"],
        "the others pay 55 each and the one paying less pays 35",
        off(handler_money, "split_one_pays_more", never),
    ),
    (
        ["관리비 30만원 4명이 나누는데 나는 방이 커서 2만원 더 내 각자 얼마"],
        "나머지 사람은 각자 70,000원, 더 내는 사람은 90,000원",
        off(handler_money, "split_one_pays_more", never),
    ),
]

test_set_38_forms_are_read_only_by_their_rule = read_only_by_rule(CASES)
test_set_38_uneven_splits_are_read_only_by_their_rule = read_only_by_rule(UNEVEN)
test_set_38_more_forms_are_read_only_by_their_rule = read_only_by_rule(READ_TOO)


def test_pounds_of_a_thing_are_its_weight() -> None:
    assert pounds_are_weight("how much for 2.5 pounds of beef at 6.40 a pound")
    assert not pounds_are_weight("convert 50 pounds to dollars at 1.27")


test_set_38_new_forms_are_read_only_by_their_rule = read_only_by_rule(READ_NOW)


def test_a_percent_and_an_amount_off_are_not_summed_in_either_order() -> None:
    # The order said decides the figure: the one-amount-off reader never guesses it.
    assert price_expression("50000원에서 20% 할인 후 3000원 빼면") == ""


def test_a_half_answer_to_two_asks_is_not_given_alone() -> None:
    # Only the supply price asked: the one-figure reading stays.
    answer = handlers.match_deterministic("부가세 포함 44만원이면 공급가 얼마야")
    assert answer is not None and answer.answer == "400,000원"


@pytest.mark.parametrize("turn", ["and over a fortnight?", "and over 3 days"])
def test_a_span_asked_over_is_a_follow_up(turn: str, monkeypatch: pytest.MonkeyPatch) -> None:
    assert is_follow_up(turn)
    monkeypatch.setattr(references, "ELLIPSIS_RE", NEVER)
    assert not is_follow_up(turn)
