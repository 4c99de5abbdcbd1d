"""Blind set 37's wrong figures, on inputs of our own, each read only by its rule.

"보증금 1억을 월세로 돌리면 전환율 연5%" was answered with 5% of the deposit (a year's rent,
asked per month), and "회당 6만원인데 10회 패키지가 50만원이면 얼마 이득" with the package
taken for a fee on top of ten sessions (1,100,000원). Each case also runs with its rule
switched off: the same answer must not come.
"""

from __future__ import annotations

import re

import pytest

import tools.calculator as calculator
import tools.calculator_instalment_fee as instalment_fee
import tools.calculator_overtime_en as overtime_en
import tools.calculator_part_discounted as part_discounted
import tools.calculator_time_at_pace as time_at_pace
import tools.calculator_tip_on_pretax as tip_on_pretax
import tools.calculator_weekly_holiday_pay as holiday_pay
import tools.dates as dates
import tools.followup_conversion_deposit as conversion_deposit
import tools.followup_count_more_en as count_more
import tools.followup_instalment_fee_dropped as fee_dropped
import tools.followup_months_of_monthly as months_of_monthly
import tools.followup_overtime_hours as overtime_hours
import tools.followup_race_distance as race_distance
import tools.followup_rates as followup_rates
import tools.followup_verb_figure_en as verb_figure
import tools.followup_years_for_year as years_for_year
import tools.price_total as price_total
import tools.priced_composition as priced_composition
import tools.priced_reading_en as priced_en
import tools.priced_reading_ko as priced_ko
import tools.unit_price_cheaper as unit_price_cheaper
from core.errors import ToolInputError
from tests.tools.rule_switch import NEVER, SwitchOff, answers_stay, never, off
from tests.tools.rule_switch import turns_read_only_by_their_rule as read_only_by_rule
from tools.calculator_package_vs_single import package_against_single
from tools.calculator_rent_conversion import rent_conversion_expression

CASES: list[tuple[list[str], str | None, SwitchOff]] = [
    # 보증금 -> 월세 at a yearly rate: per month (switched off: 6% of the deposit, 1,800,000).
    (
        ["전세 보증금 중에 3천만원을 월세로 전환하면 전환율 6%일 때 월세가 얼마 올라?"],
        "150,000원",
        off(calculator, "rent_conversion_expression", never),
    ),
    # The rate changed in a follow-up keeps the monthly reading.
    (
        ["보증금 2억을 월세로 바꾸면 전환율 4.5%면 월세 얼마", "전환율 3%면?"],
        "500,000원",
        off(calculator, "rent_conversion_expression", never),
    ),
    # 월세 -> 전세: the year's rent over the rate, added to the deposit held (switched off:
    # not read at all).
    (
        ["보증금 2천만원 월세 40만원을 전세로 돌리면 전환율 4%일때 전세금 얼마야"],
        "140,000,000원",
        off(calculator, "rent_conversion_expression", never),
    ),
    # A package beside a single session's price: the saving (switched off: the package
    # taken for a fee on top, 1,600,000원 or no reading).
    (
        ["필라테스 1회 7만원인데 20회 패키지 120만원이면 얼마나 아껴?"],
        "200,000원",
        off(calculator, "package_in_won", never),
    ),
    (
        ["swim lessons are 18 a session or 12 sessions for 180, how much do i save"],
        "36",
        off(calculator, "package_unnamed", never),
    ),
    # No ask it settles: declined, never the fee reading (switched off: 90,000 + 8 x 12,000).
    (
        ["골프 레슨 한번에 12,000원인데 8회 패키지가 9만원이면 얼마야"],
        None,
        off(calculator, "package_in_won", never),
    ),
]


def _no(*_args: object) -> bool:
    return False


_PIES = "we sold 25 pies at 6 and 40 tarts at 2.50, the stall cost 30, what's our profit"

# Set 37's local-model replies in a priced thread ('teny five', a cookie non-answer): the
# turns are read by code now.
READ_NOW: list[tuple[list[str], str | None, SwitchOff]] = [
    # A bare "profit?" after things sold asks the net (switched off: not read).
    (
        ["sold 30 candles at 4.50 and 12 mugs at 8, spent 40 on stock. profit?"],
        "191",
        off(price_total, "asks_net_of_sale", _no),
    ),
    # "spent 60 on wool and 25 on labels": the second amount spent too (switched off: the
    # 25 is a count of "on", and the sentence is declined).
    (
        ["sold 20 scarves at 15 each, spent 60 on wool and 25 on labels, what did we clear"],
        "215",
        off(priced_en, "_GAPPED_SPENT_ON_EN", NEVER),
    ),
    # "what if we'd sold 50 tarts": the tarts' count, never the figure after "sold" (the
    # pies'); switched off: declined.
    ([_PIES, "what if we'd sold 50 tarts"], "245", off(verb_figure, "_count_of_the_thing", never)),
    # "plus a couple more" after a price each and a bare count: the count grown (switched
    # off: not read).
    (
        ["wristbands are 7.50 each and we need 4, total?", "plus a couple more"],
        "45",
        off(count_more, "_MORE", NEVER),
    ),
    (
        ["wristbands are 7.50 each and we need 4, total?", "plus 3 more"],
        "52.5",
        off(count_more, "_MORE", NEVER),
    ),
]

_POWER = "우리 아파트 동 공용 전기료가 이번달 24만원 나왔는데 8세대가 똑같이 나누면 얼마씩"

# Households share a building's bill as people do: "6세대" had been read as 6 and "세 대"
# (63대), and no rule took "한세대 비어있으면?".
HOUSEHOLDS: list[tuple[list[str], str | None, SwitchOff]] = [
    (
        [_POWER],
        "30,000원",
        off(
            priced_ko,
            "_PEOPLE_KO",
            re.compile(r"(?P<n>\d+)\s*명(?:이서|이|서|에서|끼리)(?![가-힣])"),
        ),
    ),
    ([_POWER, "두세대 비어있으면?"], "40,000원", off(followup_rates, "_HOUSEHOLD_SAID", NEVER)),
]

# Korean pay and fees set 37 sent to the cloud or the documents.
PAY: list[tuple[list[str], str | None, SwitchOff]] = [
    # 주휴수당 with the week's hours said at once (switched off: declined, as before).
    (
        ["시급 12000원 주 25시간 알바 주휴수당까지 일주일에 얼마"],
        "360,000원",
        off(holiday_pay, "_HOURS_A_WEEK", NEVER),
    ),
    # 연차수당: a day's wage for each day left (switched off: not read).
    (
        ["일급이 11만원인데 못쓴 연차 6일 남았으면 연차수당 얼마 나와"],
        "660,000원",
        off(calculator, "unused_leave_pay", never),
    ),
    # A discount each member gets (switched off: the one-member reading, declined).
    (
        ["수영 강습 월 12만원인데 형제 둘 다 다니면 둘다 20%씩 깎아준대 한달 얼마"],
        "192,000원",
        off(part_discounted, "_EVERY_MEMBER", NEVER),
    ),
    # Years of a monthly share (switched off: not read).
    (
        ["넷플릭스 월 17,000원 넷이서 나누면 1인당 얼마", "2년치면 한명당 얼마"],
        "102,000원",
        off(months_of_monthly, "_MONTHS", NEVER),
    ),
]

_5K = "at 6:15 per km how long will a 5k take"

# English sums set 37 sent to the cloud.
ENGLISH: list[tuple[list[str], str | None, SwitchOff]] = [
    # A tip on the pre-tax part of a total whose tax is said (switched off: not read).
    (
        ["the check came to 62.40 and 5.20 of that was tax, tip 20% on the pre-tax amount, total?"],
        "73.84",
        off(tip_on_pretax, "_TAX_INSIDE", NEVER),
    ),
    # A race's time at a pace, "a 5k" five kilometres (switched off: not read).
    ([_5K], "31.25 min (31 min 15 s, 31:15)", off(time_at_pace, "_PACE", NEVER)),
    # Another distance at the same pace (switched off: not read).
    (
        [_5K, "what about 8k"],
        "50 min (50 min 0 s, 50:00)",
        off(race_distance, "_ANOTHER_DISTANCE", NEVER),
    ),
]

# The if-form and the chat ending of a date question, as set 37 typed them.
_OLD_ENDINGS = re.compile(dates._KO_ENDINGS.pattern.replace("|임|(?<=[뒤후전])면", ""))

SAID_SO: list[tuple[list[str], str | None, SwitchOff]] = [
    (
        ["2030년 5월 1일부터 50일 뒤면 몇월 며칠임"],
        "2030년 6월 20일 (목)",
        off(dates, "_KO_ENDINGS", _OLD_ENDINGS),
    ),
    # The packs said after the question (switched off: not read).
    (
        ["which is the better buy per 100g, 300g for 2.40 or 500g for 3.50"],
        "300g: 0.80/100g, 500g: 0.70/100g → the 500g pack is cheaper",
        off(unit_price_cheaper, "_after_question", lambda *_: ""),
    ),
]

_CLIMBING = "climbing wall wants 60 to join plus 45 a month, what's that for the first year"
_ONE_OFF_BEFORE = re.compile(
    priced_composition._ONE_OFF.pattern.replace(r"|\bto\s+(?:join|sign\s+up|register|enrol)", ""),
    re.I,
)

# A fee "to join" is paid once; years asked after the first year are that many years.
JOINING: list[tuple[list[str], str | None, SwitchOff]] = [
    ([_CLIMBING], "600", off(priced_composition, "_ONE_OFF", _ONE_OFF_BEFORE)),
    # (Switched off: declined; before the fix, the year's total times 36 months.)
    ([_CLIMBING, "and over 3 years"], "1,680", off(years_for_year, "_YEARS", NEVER)),
]

# An amount paid in parts with a percent fee on it: each part, or the whole (switched off:
# not read).
INSTALMENTS: list[tuple[list[str], str | None, SwitchOff]] = [
    (
        ["재산세 36만원 3번에 나눠 내면 수수료 2% 붙으면 한번에 얼마씩이야"],
        "122,400원",
        off(instalment_fee, "_FEE", NEVER),
    ),
    (
        ["재산세 36만원 3번에 나눠 내면 수수료 2% 붙으면 총 얼마"],
        "367,200원",
        off(instalment_fee, "_PARTS", NEVER),
    ),
]

_DOUBLE = "paid 22 an hour with double time after 38 hours, i worked 44 how much do i make"

# Overtime at a multiple past the hours said, and other hours worked (switched off: not read).
OVERTIME: list[tuple[list[str], str | None, SwitchOff]] = [
    ([_DOUBLE], "1,100", off(overtime_en, "_OVERTIME", NEVER)),
    ([_DOUBLE, "what about 36 hours"], "792", off(overtime_hours, "_HOURS", NEVER)),
    ([_DOUBLE, "and if id done 41 hours"], "968", off(overtime_hours, "_HOURS", NEVER)),
]

_WOLSE = "보증금 2억을 월세로 전환하면 전환율 4%면 월세 얼마"
_TAX = "재산세 36만원 3번에 나눠 내면 수수료 2% 붙으면 한번에 얼마씩이야"

# A new deposit converted, the fee of a payment in parts dropped (switched off: not read).
TERMS_CHANGED: list[tuple[list[str], str | None, SwitchOff]] = [
    ([_WOLSE, "보증금 5천만원 돌리면?"], "166,667원", off(conversion_deposit, "_DEPOSIT", NEVER)),
    ([_WOLSE, "보증금 1억원만 돌리면?"], "333,333원", off(conversion_deposit, "_DEPOSIT", NEVER)),
    ([_TAX, "수수료 면제되면?"], "120,000원", off(fee_dropped, "_NO_FEE", NEVER)),
]

test_read_right_or_declined_and_only_by_its_rule = read_only_by_rule(
    CASES
    + READ_NOW
    + HOUSEHOLDS
    + PAY
    + ENGLISH
    + SAID_SO
    + JOINING
    + INSTALMENTS
    + OVERTIME
    + TERMS_CHANGED
)


test_the_readings_around_them_stay = answers_stay(
    [
        # A plain percent of an amount, no 전환율: read as before.
        (["보증금 1억의 5%는 얼마야"], "5,000,000원"),  # 51x: a deposit is won
        # A package's price per session, no single price beside it.
        (["요가 20회 패키지는 90만원이던데 회당 얼마꼴?"], "45,000원"),
        # The figure after the verb, no thing named: as before (set 33's 185).
        (
            [
                "we sold 84 cookies at 2.50 each at the bake sale and the ingredients cost 65, "
                "what's our profit",
                "what if we'd sold 100",
            ],
            "185",
        ),
        # Under 15 hours a week: no 주휴수당, declined as before.
        (["시급 12000원 주 10시간 알바 주휴수당까지 일주일에 얼마"], None),
        # A monthly salary is no day's wage: declined.
        (["월급 300만원인데 남은 연차 5일이면 연차수당 얼마야"], None),
        # The second child's discount alone, as before (set 32).
        (["피아노학원 한달 15만원인데 동생까지 둘 보내면 동생은 10% 할인해준대"], "285,000원"),
        # A pace per km and a distance in miles: not converted here.
        (["5:40 per km how long for 10 miles"], None),
        # The pace asked of a distance and a time, as before.
        (["마라톤 42.195km를 4시간에 뛰면 1km당 몇 분이야"], "5.6879 min/km (1km당 5분 41초)"),
        # A year's total is no month's: never times the months of the years asked.
        (["gym is 30 a month, what's that for the first year", "2 years?"], "720"),
        # "1억만": "only 1억" or 1억 1만, not written which: declined, first turn or follow-up.
        (["보증금 1억만 월세로 돌리면 전환율 5%면 월세 얼마"], None),
        ([_WOLSE, "보증금 1억만 돌리면?"], None),
        # People still counted as people beside the households' word.
        (["회식비 30만원 6명이서 나누면", "한명 빠지면?"], "60,000원"),
        # "plus 2 more at 10": an amount at its own price, as before.
        (["wristbands are 7.50 each and we need 4, total?", "plus 2 more at 10"], "50"),
    ]
)


@pytest.mark.parametrize(
    "question",
    [
        # No direction said: 월세로 or 전세로.
        "보증금 100000000원 전환율 5%면 얼마",
        # A figure with no role (the 3억 held besides the part converted).
        "보증금 300000000원 중 100000000원을 월세로 돌리면 전환율 5%",
    ],
)
def test_a_conversion_it_cannot_place_every_figure_of_is_declined(question: str) -> None:
    with pytest.raises(ToolInputError):
        rent_conversion_expression(question)


def test_a_question_without_a_conversion_rate_is_not_its_to_read() -> None:
    assert rent_conversion_expression("보증금 100000000원의 5%는") is None
    assert package_against_single("PT 10회 500000원이면 회당 얼마") is None
