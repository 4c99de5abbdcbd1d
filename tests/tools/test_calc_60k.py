"""Calculation turns of sets 51, 50 and probes58_para, and one wrong answer (calc60).

- "전기세 두달치가 84000원 나왔는데 이번달 3만원이면 한달 평균" was answered 57,000
  ((84,000 + 30,000) / 2): an amount for N months counts as N months of a monthly average
  (tools/calculator_tallies, MONTHS_WEIGH), and a span it cannot weigh is declined.
"""

from __future__ import annotations

import pytest

import tools.calculator_bundle_free as bundle_free
import tools.calculator_expression as calculator_expression
import tools.calculator_interest_months_50a as interest_months
import tools.calculator_tallies as tallies
import tools.followup_calc_60k as calc60
import tools.followup_days_away_58t as days_away
import tools.followup_every_figure_59k as every_figure
from tests.tools.rule_switch import (
    NEVER,
    answer_to,
    answers_stay,
    narrowed,
    off,
    turns_read_only_by_their_rule,
)
from tools.calculator_word_problems import WORD_PROBLEM_FORMS, YEAR_OF_SHARE

_WEIGH_OFF = off(tallies, "MONTHS_WEIGH", False)

# Amounts of several months in a list, the average per month over every month said.
test_months_worth_weighs = turns_read_only_by_their_rule(
    [
        (["전기세 두달치가 84000원 나왔는데 이번달 3만원이면 한달 평균"], "38,000원", _WEIGH_OFF),
        (["가스비 석달치 12만원 이번달 4만원 월평균"], "40,000원", _WEIGH_OFF),
        (["관리비 세달치 27만원이랑 이번달 11만원 한달 평균 얼마"], "95,000원", _WEIGH_OFF),
        (["통신비 3개월 동안 15만원 이번달 6만원 월평균"], "52,500원", _WEIGH_OFF),
        (["가스비 세달치 9만원 지난달 4만원 이번달 2만원 한달 평균은"], "30,000원", _WEIGH_OFF),
        (["수도요금 이번달 2만원이고 지난 네달치 10만원이면 월 평균"], "24,000원", _WEIGH_OFF),
    ]
)


# Spans no weighting reads (another period, every so often, an average per a day), and the
# English wordings no list reader reads: declined, never the mean of the figures.
@pytest.mark.parametrize(
    "ask",
    [
        "통신비 3개월 동안 15만원 이번달 6만원 하루 평균",
        "관리비 1년치 120만원 이번달 12만원 한달 평균",
        "수도세 두달마다 4만원 이번달 2만원 평균",
        "전기세 지난달 4만원 이번달 3만원 석달 평균",
        "two months of gas came to 96 dollars and this month 40, monthly average",
        "gas for two months was 96 and this month 40, average per month",
        "water bill 3 months 90 dollars, this month 36, monthly average",
    ],
)
def test_unweighed_spans_declined(ask: str) -> None:
    assert answer_to([ask]) is None


# Near misses: months as points in time or the average's own span stay the plain mean.
test_plain_means_stay = answers_stay(
    [
        (["전기세 지난달 4만원 이번달 3만원 한달 평균"], "35,000원"),
        (["전기세 지난달 4만원 이번달 3만원 두달 평균"], "35,000원"),
        (["난방비 두달 전에 9만원 이번달 6만원 한달 평균"], "75,000원"),
        (["국어 87 영어 92 수학 79 평균"], "86"),
    ]
)


# --- Follow-ups of first turns read by slots (set 51) ---

WATER = "생수 6병 묶음이 4200원이면 한병 단가"
PENS = "a 12-pack of pens is 5.40, whats one pen cost"

# Whole packs only, the count needed said with it.
test_whole_packs_needed = turns_read_only_by_their_rule(
    [
        (
            [WATER, "20병 필요한데 묶음으로만 팔면 얼마 들어"],
            "16,800원",
            off(calc60, "WHOLE_PACKS_NEEDED", False),
        ),
        (
            [PENS, "need 30 of them but they only sell full packs, how much"],
            "$16.20",
            off(calc60, "WHOLE_PACKS_NEEDED", False),
        ),
        (
            ["휴지 30롤짜리 1팩에 만8천원이면 한롤에 얼마", "100롤 필요한데 팩으로만 팔면 얼마"],
            "72,000원",
            off(calc60, "WHOLE_PACKS_NEEDED", False),
        ),
        (
            ["콜라 24캔 박스가 15600원이면 한캔 얼마", "50캔 사야되는데 낱개로는 안 팔면 총 얼마"],
            "46,800원",
            off(calc60, "WHOLE_PACKS_NEEDED", False),
        ),
        (
            [
                "a box of 8 markers is 6.40, how much is one marker",
                "we need 20 markers and they only sell whole boxes, how much",
            ],
            "$19.20",
            off(calc60, "WHOLE_PACKS_NEEDED", False),
        ),
        (
            [
                "paid 9.60 for 12 eggs, what's one egg",
                "i need 40 eggs but they come by the dozen only, how much will that cost",
            ],
            "$38.40",
            off(calc60, "WHOLE_PACKS_NEEDED", False),
        ),
    ]
)
# A pack size said anew, no whole packs said, a pack size beside the need: not this form.
test_whole_packs_near_misses = answers_stay(
    [
        ([WATER, "10병 묶음으로만 팔면 얼마"], None),
        ([WATER, "20병 필요하면 얼마"], None),
        ([PENS, "they only sell 10-packs, need 30, how much"], None),
        ([PENS, "need 30 of them, how much"], None),
    ]
)

# Days away from a commute: "그중에 N일", "N of those days".
_KO_DAYS_OFF = narrowed(days_away, "_KO_PERIOD_DAYS", r"(?:에\s*)?")
_EN_DAYS_OFF = narrowed(days_away, "_EN_FORM", r"(?:of\s+(?:those|these|the|them|my)\s+)?")
COMMUTE = "출퇴근 왕복 2900원씩 한달에 22일 다니면 교통비 얼마"
TRAIN = (
    "train ticket is 6.75 each way, i go into the office 4 days a week. cost for a 4 week month?"
)
test_days_away = turns_read_only_by_their_rule(
    [
        ([COMMUTE, "그중에 4일은 재택이면?"], "52,200원", _KO_DAYS_OFF),
        (
            ["지하철 왕복 3200원씩 한달에 20일 다니면 교통비 얼마", "5일은 재택이면?"],
            "48,000원",
            _KO_DAYS_OFF,
        ),
        (
            ["버스비 왕복 2800원씩 한달에 21일 다니면 얼마", "그 중 3일 결근하면"],
            "50,400원",
            _KO_DAYS_OFF,
        ),
        (
            ["주차비 하루 만원씩 한달에 20일이면 얼마", "그중 6일은 재택하면"],
            "140,000원",
            _KO_DAYS_OFF,
        ),
        ([TRAIN, "now im working from home 2 of those days"], "108", _EN_DAYS_OFF),
        (
            [
                "bus fare is 2.50 each way, i go in 5 days a week, cost for a 4 week month?",
                "i'm off 2 of those days",
            ],
            "60",
            _EN_DAYS_OFF,
        ),
        (
            [
                "subway is 3 each way, i commute 5 days a week. cost for a 4 week month?",
                "wfh 2 of those days",
            ],
            "72",
            _EN_DAYS_OFF,
        ),
    ]
)
test_days_away_near_misses = answers_stay(
    [
        ([COMMUTE, "주말 이틀 쉬면?"], None),
        ([TRAIN, "now im working from home 5 of those days"], None),
    ]
)

# A change then a split with its share asked; the change said as a step ("16캔 사서").
BEER_KO = "맥주 4캔에 만원 행사면 12캔 사면 얼마"
_SHARE_OFF = narrowed(every_figure, "_SPLIT_TAIL", every_figure._SHARE_ASKED)
_STEP_OFF = off(every_figure, "_STEP_BEFORE", NEVER)
test_change_then_split_share = turns_read_only_by_their_rule(
    [
        ([BEER_KO, "16캔 사서 셋이 나누면 한명 얼마"], "13,333원", _SHARE_OFF),
        ([BEER_KO, "16캔 사서 셋이 나누면 한명 얼마"], "13,333원", _STEP_OFF),
        (
            ["치킨 한마리 19,000원인데 3마리 시키면 얼마", "5마리 시켜서 넷이 나누면 1인당 얼마"],
            "23,750원",
            _SHARE_OFF,
        ),
        (
            [BEER_KO, "20캔 사서 넷이 나눠 내면"],
            "12,500원",
            _STEP_OFF,
        ),
        ([BEER_KO, "셋이 나누면 한명 얼마"], "10,000원", _SHARE_OFF),
        (
            [
                "beer is 6 dollars a pint and we had 8 pints",
                "make it 10 pints, split 4 ways, how much each",
            ],
            "$15.00",
            _SHARE_OFF,
        ),
    ]
)
test_change_then_split_near_misses = answers_stay(
    [
        ([BEER_KO, "16캔 사서 마시면"], None),
        ([BEER_KO, "16캔 사서 셋이 나누면 한명은 얼마 더 내"], None),
    ]
)

# Two changes in one follow-up, in the order said; a dropped charge left unread declined.
GYM = "gym membership is 45 a month plus a 60 sign up fee, first year costs me"
_TWO_OFF = off(calc60, "TWO_CHANGES", False)
test_two_changes = turns_read_only_by_their_rule(
    [
        ([GYM, "what if it was 40/month and they waived the signup fee"], "480", _TWO_OFF),
        (
            [
                "netflix is 15 a month plus a 10 activation fee, cost for the first year",
                "make it 12 a month and no activation fee",
            ],
            "144",
            _TWO_OFF,
        ),
        (
            ["헬스장 월 5만원에 가입비 3만원이면 1년 총 얼마", "월 4만원이고 가입비 없으면"],
            "480,000원",
            _TWO_OFF,
        ),
        (
            [
                "gym is 30 a month plus a 50 joining fee, cost for a year",
                "what if it was 35 a month and no joining fee",
            ],
            "420",
            _TWO_OFF,
        ),
        (
            ["필라테스 월 12만원에 등록비 5만원이면 1년 총 얼마", "월 10만원이고 등록비 없으면"],
            "1,200,000원",
            _TWO_OFF,
        ),
    ]
)
test_two_changes_near_misses = answers_stay(
    [
        ([GYM, "what if they waived the signup fee and it was 50 a month"], None),
        ([GYM, "what if it was 40/month and they threw in a free towel"], None),
        ([GYM, "40/month and how much is that per week"], None),
    ]
)

# A split asked per month after a monthly total over a span.
RENT_KO = "월세 55만에 관리비 7만원 일년 내면 총 얼마"
_SPAN_SPLIT_OFF = off(calc60, "MONTH_OF_SPLIT_SPAN", False)
test_month_of_split_span = turns_read_only_by_their_rule(
    [
        ([RENT_KO, "셋이 같이 살면 한명당 매달 얼마?"], "206,667원", _SPAN_SPLIT_OFF),
        ([RENT_KO, "셋이 나누면 한달에 한명당 얼마"], "206,667원", _SPAN_SPLIT_OFF),
        (
            ["넷플 월 13,500원 1년 구독하면 얼마", "넷이 나눠 내면 한달에 얼마씩"],
            "3,375원",
            _SPAN_SPLIT_OFF,
        ),
        (
            ["헬스 월 6만원 6개월 끊으면 총 얼마", "둘이 나누면 매달 얼마"],
            "30,000원",
            _SPAN_SPLIT_OFF,
        ),
        (
            ["gym is 45 a month, what's that for a year", "split 3 ways, how much each per month"],
            "15",
            _SPAN_SPLIT_OFF,
        ),
        (
            [
                "internet is 60 a month, what's that for a year",
                "split it between 4 of us, how much each per month",
            ],
            "15",
            _SPAN_SPLIT_OFF,
        ),
    ]
)
test_month_of_split_span_near_misses = answers_stay(
    [
        ([RENT_KO, "셋이 나누면"], "2,480,000원"),  # the year's share, no month asked
        ([RENT_KO, "셋이 나누면 1년에 얼마"], None),
    ]
)

# A monthly amount's share over a year, said in one turn.
_YEAR_SHARE_OFF = off(
    calculator_expression,
    "WORD_PROBLEM_FORMS",
    tuple(f for f in WORD_PROBLEM_FORMS if f[1] != YEAR_OF_SHARE),
)
test_year_of_share = turns_read_only_by_their_rule(
    [
        (
            ["rent is 1,850 and we split it three ways, what do i pay over a whole year"],
            "7,400",
            _YEAR_SHARE_OFF,
        ),
        (["rent is 1,850 split three ways, what do i pay a year"], "7,400", _YEAR_SHARE_OFF),
        (
            [
                "the flat costs 2,400 a month and we split it 4 ways, how much is that "
                "for me per year"
            ],
            "7,200",
            _YEAR_SHARE_OFF,
        ),
        (
            ["internet is 60 a month, shared 3 ways, what's my part annually"],
            "240",
            _YEAR_SHARE_OFF,
        ),
        (
            [
                "the office coffee service is 240 a month and we split it 6 ways, what "
                "do i pay a year"
            ],
            "480",
            _YEAR_SHARE_OFF,
        ),
    ]
)
test_year_of_share_near_misses = answers_stay(
    [
        (["rent is 1,850 and we split it three ways"], None),
        (["the bill is 120, split 3 ways"], "40"),
        (["rent is 1,850 and we split it three ways, what do i pay a week"], None),
    ]
)

# A new count at the same rate.
AVOCADOS = "paid 7.80 for 6 avocados, so 10 would cost"
APPLES = "사과 6개 7800원이면 10개는 얼마"
_NEW_COUNT_OFF = off(calc60, "SAME_RATE_NEW_COUNT", False)
test_same_rate_new_count = turns_read_only_by_their_rule(
    [
        ([AVOCADOS, "and 15?"], "$19.50", _NEW_COUNT_OFF),
        (["paid 4.50 for 5 pens, so 8 would cost", "what about 12"], "$10.80", _NEW_COUNT_OFF),
        (["paid 12 for 8 muffins, so 20 would cost", "what about 30"], "45", _NEW_COUNT_OFF),
        ([APPLES, "15개는?"], "19,500원", _NEW_COUNT_OFF),  # was 5,200원 (the 6 swapped)
        (["귤 5개 3000원이면 12개는 얼마", "그럼 20개면?"], "12,000원", _NEW_COUNT_OFF),
    ]
)
test_same_rate_new_count_near_misses = answers_stay(
    [
        ([PENS, "and 15?"], None),
        ([AVOCADOS, "and 15 limes?"], None),
        ([APPLES, "15병은?"], None),
        (["12 eggs is 3.60, how much for 30 eggs", "and 18 eggs?"], "$5.40"),
    ]
)

# A part of a tank after a full tank's cost.
TANK = "my tank takes 14 gallons and gas is 4.15, cost to fill it up from empty"
_TANK_OFF = off(calc60, "TANK_PART", False)
test_part_of_a_tank = turns_read_only_by_their_rule(
    [
        ([TANK, "half a tank?"], "$29.05", _TANK_OFF),
        (
            [
                "the tank holds 50 litres and petrol is 1.80, how much to fill it",
                "a quarter of a tank?",
            ],
            "$22.50",
            _TANK_OFF,
        ),
        (
            [
                "my car holds 12 gallons and gas is 3.90 a gallon, how much to fill the tank",
                "half a tank",
            ],
            "23.4",
            _TANK_OFF,
        ),
        (
            ["기름 탱크가 50리터인데 리터당 1700원이면 가득 넣는데 얼마", "반 탱크만 넣으면?"],
            "42,500원",
            _TANK_OFF,
        ),
        (
            ["기름 탱크가 60리터인데 리터당 1600원이면 가득 넣는데 얼마", "반 탱크만 넣으면?"],
            "48,000원",
            _TANK_OFF,
        ),
    ]
)
test_part_of_a_tank_near_misses = answers_stay(
    [
        ([TANK, "three quarters of a tank?"], None),
        ([TANK, "half a tank and 5 dollars of snacks?"], None),
    ]
)

# A clock plus a span: minutes more, or a later start.
SLEEP = "밤 11시20분에 자서 7시간반 자면 몇시에 깨"
FLIGHT = (
    "flight leaves at 9:50pm and the flight is 7 hours 45 minutes, what "
    "time do we land (same time zone)"
)
_CLOCK_OFF = off(calc60, "CLOCK_SPAN_LONGER", False)
test_clock_span_longer = turns_read_only_by_their_rule(
    [
        ([SLEEP, "40분 더 자면?"], "07:30 (오전 7시 30분)", _CLOCK_OFF),
        ([FLIGHT, "and if it takes off 50 min late"], "06:25", _CLOCK_OFF),
        (
            ["밤 12시에 자서 6시간 자면 몇시에 깨", "45분 더 자면?"],
            "06:45 (오전 6시 45분)",
            _CLOCK_OFF,
        ),
        (
            ["밤 10시 40분에 자서 8시간 자면 몇시에 깨", "20분 더 자면?"],
            "07:00 (오전 7시 0분)",
            _CLOCK_OFF,
        ),
        # (Was 08:55 with the rule off: the delay taken off the ride, a wrong answer.)
        (
            [
                "bus leaves at 6:40am and the ride is 2 hours 10 minutes, when do i get there",
                "what if it takes off 15 min late",
            ],
            "09:05",
            _CLOCK_OFF,
        ),
        (
            [
                "flight leaves at 11:05am and the flight is 5 hours 50 minutes, what "
                "time do we land",
                "and if it takes off 1 hour 10 minutes late",
            ],
            "18:05",
            _CLOCK_OFF,
        ),
    ]
)
test_clock_span_near_misses = answers_stay(
    [
        ([SLEEP, "40분 일찍 자면?"], None),
        ([FLIGHT, "and if it takes off 50 min late, what time is that in tokyo"], None),
        ([FLIGHT, "and 50 min late plus 20 min for bags"], None),
    ]
)

# A charge named anew, a charge dropped, a percent corrected.
JEANS = (
    "jeans are 84 bucks, 25% off and i also have a $10 coupon on top of "
    "that. what do i end up paying"
)
WON_USD = (
    "changing 1.2 million won into dollars, rate is 1,350 won per dollar "
    "and the bank keeps a 2% fee. how many dollars do i walk away with"
)
BAG = "가방 8만9천원 15% 할인하면"
_CHARGES_OFF = off(calc60, "CHARGE_CHANGES", False)
test_charge_changes = turns_read_only_by_their_rule(
    [
        ([JEANS, "what if the coupon was 15 instead"], "$48.00", _CHARGES_OFF),
        (
            [
                "sneakers were $85. they knock 40% off, then i use a $10 gift coupon on top. "
                "final price?",
                "what if the coupon was 15",
            ],
            "$36.00",
            _CHARGES_OFF,
        ),
        (
            [
                "shoes are 120, 20% off and i have a $15 voucher on top. what do i pay",
                "what if the voucher was 25 instead",
            ],
            "$71.00",
            _CHARGES_OFF,
        ),
        ([WON_USD, "and if there was no fee"], "$888.89", _CHARGES_OFF),
        (
            [
                "exchanging 300 pounds to won at 1,720 won per pound and the bank takes a 1% fee, "
                "how much won",
                "and if there was no fee",
            ],
            "516,000원",
            _CHARGES_OFF,
        ),
        (
            [
                "converting 2,000,000 won to yen at 9.1 won per yen and they charge a "
                "1.5% fee, how many yen",
                "no fee?",
            ],
            "¥219,780",
            _CHARGES_OFF,
        ),
        ([BAG, "아 20퍼 아니고 25퍼였음"], "66,750원", _CHARGES_OFF),
        (["티셔츠 3만원 10% 할인하면", "10퍼 아니고 20퍼였어"], "24,000원", _CHARGES_OFF),
        (["노트북 150만원 20% 할인하면", "25퍼 아니고 30퍼래"], "1,050,000원", _CHARGES_OFF),
        (["laptop is 900, 15% off, final price", "not 20%, it was 25%"], "675", _CHARGES_OFF),
    ]
)
test_charge_changes_near_misses = answers_stay(
    [
        ([JEANS, "what if the coupon was 10 instead"], None),
        ([BAG, "아 20퍼 아니고 25퍼였음 쿠폰도 있음"], None),
    ]
)

# A deal's count bought said in a word at the end.
CANDLES = "candles are buy one get one free, 14.50 each. how much for five"
_WORD_OFF = off(bundle_free, "COUNT_WORD_LAST", False)
test_deal_count_in_words = turns_read_only_by_their_rule(
    [
        ([CANDLES], "$43.50", _WORD_OFF),
        ([CANDLES, "ok what about 8"], "$58.00", _WORD_OFF),
        (
            ["socks are buy 2 get 1 free, 4 dollars a pair, how much for seven pairs"],
            "$20.00",
            _WORD_OFF,
        ),
        (
            ["notebooks are 3 for the price of 2 at 2.50 each, what do i pay if i buy nine"],
            "$15.00",
            _WORD_OFF,
        ),
        (["mugs are bogo, 9 each, how much for four"], "18", _WORD_OFF),
    ]
)
test_deal_count_near_misses = answers_stay(
    [
        (
            [
                "candles are buy one get one free, 14.50 each. how much for five of "
                "them and a lighter"
            ],
            None,
        ),
        (["candles are 14.50 each. how much for five"], None),
    ]
)

# A loan at simple interest paid back monthly, and its term said anew.
LOAN = (
    "borrowing 12,000 at 5% simple interest a year for 2 years, paid back monthly over the "
    "24 months. monthly payment?"
)
_LOAN_OFF = off(interest_months, "LOAN_PAID_MONTHLY", False)
_TERM_OFF = off(calc60, "LOAN_TERM", False)
test_loan_paid_monthly = turns_read_only_by_their_rule(
    [
        ([LOAN], "550", _LOAN_OFF),
        (
            [
                (
                    "taking out a loan of 6,000 at 4% simple interest for 3 years, what's "
                    "the monthly payment"
                )
            ],
            "186.6666666667 (≈ 186.67)",
            _LOAN_OFF,
        ),
        (
            [
                (
                    "borrowed 20,000 at 6% simple interest a year, paid over 48 monthly "
                    "payments. how much a month"
                )
            ],
            "516.6666666667 (≈ 516.67)",
            _LOAN_OFF,
        ),
        ([LOAN, "and if the term is 3 years"], "383.3333333333 (≈ 383.33)", _TERM_OFF),
        (
            [
                "taking out a loan of 6,000 at 4% simple interest for 3 years, what's "
                "the monthly payment",
                "over 5 years instead?",
            ],
            "120",
            _TERM_OFF,
        ),
        (
            [
                "borrowed 20,000 at 6% simple interest a year, paid over 48 monthly "
                "payments. how much a month",
                "and over 3 years?",
            ],
            "655.5555555556 (≈ 655.56)",
            _TERM_OFF,
        ),
    ]
)
test_loan_near_misses = answers_stay(
    [
        # Two terms that disagree, a figure with no role, a term and a rate at once.
        ([LOAN.replace("24 months", "36 months")], None),
        (
            [
                "borrowing 12,000 at 5% simple interest a year for 2 years with a 200 fee, "
                "monthly payment?"
            ],
            None,
        ),
        ([LOAN, "and if the rate is 3 years and 2%"], None),
    ]
)


# wrongs59b's loans, declined there (never the interest alone): read now, the amount and its
# interest over the months.
test_loans_once_declined = answers_stay(
    [
        (["borrow 12000 at 5% simple interest for 2 years, monthly payment"], "550"),
        (
            ["loan of 5000 at 4% simple interest over 3 years, whats the monthly payment"],
            "155.5555555556 (≈ 155.56)",
        ),
        (
            ["i borrow 8000 with 6% simple interest for 18 months, how much per month"],
            "484.4444444444 (≈ 484.44)",
        ),
    ]
)
