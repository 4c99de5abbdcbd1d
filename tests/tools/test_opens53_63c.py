"""unseen53_mixed's calculation follow-ups closed by widening readers by slots (calc63).

- A break put inside a clock span moves its end (tools.followup_calc_60k, clock_span_longer):
  "중간에 20분 쉬는시간 있으면" after "오후 2시50분에 시작해서 3시간25분 걸리면 몇시에 끝나"
  (18:35), "plus a 15 min coffee break?" after "starts 10:40am and runs 2 hours 35 min"
  (13:30).
- A count bought after a price per unit was asked of a pack
  (tools.followup_unit_price_count_63c): "세팩 사면 총 얼마야" after a pack's price per roll
  (74,700원), "3키로만 달라하면 얼마야" after a box's price per kilo (12,000원).
- The count of the one thing priced said by slots (tools.followup_rules_43,
  count_of_one_bought): "and for two pairs" after "headphones are 89.99 and sales tax here
  is 7.5%" (193.48).
"""

from __future__ import annotations

import tools.followup_calc_60k as calc60
import tools.followup_rules_43 as rules_43
import tools.followup_unit_price_count_63c as unit_price
from tests.tools.rule_switch import Case, answers_stay, off, turns_read_only_by_their_rule

_BREAK_OFF = off(calc60, "USE_BREAK_INSIDE", False)
_UNIT_PRICE_OFF = off(unit_price, "USE_COUNT_AFTER_UNIT_PRICE", False)
_COUNT_EN_OFF = off(rules_43, "USE_COUNT_OF_THING_EN", False)

_KO_CLOCK = "오후 2시50분에 시작해서 3시간25분 걸리면 몇시에 끝나"
_KO_MEETING = "회의 오전 9시 반 시작 2시간 10분 하면 몇시에 끝나"
_KO_ONE = "오후 1시에 시작해서 4시간 걸리면 몇시에 끝나"
_EN_WORKSHOP = "workshop starts 10:40am and runs 2 hours 35 min, when does it end"
_EN_EXAM = "the exam starts at 9:15 and lasts 2 hours 40 minutes, when does it finish"
_EN_CLASS = "the class starts at 1:30pm and runs 3 hours, when does it end"
_TISSUE = "휴지 30롤짜리 이만사천구백원이면 한롤에 얼마꼴임"
_TANGERINES = "귤 5키로 한박스 이만원이면 키로당 얼마"
_EGGS = "계란 30알 한판 9천원이면 한알에 얼마"
_WIPES = "물티슈 10개입 한팩 6500원이면 개당 얼마"
_HEADPHONES = "headphones are 89.99 and sales tax here is 7.5%, so out the door its"
_LAMP = "a lamp is 45 plus 8% tax, total?"
_JACKET = "the jacket costs 120 with 10% off"

CASES: list[Case] = [
    ([_KO_CLOCK, "중간에 20분 쉬는시간 있으면"], "18:35 (오후 6시 35분)", _BREAK_OFF),
    ([_KO_MEETING, "중간에 쉬는시간 15분 넣으면"], "11:55 (오전 11시 55분)", _BREAK_OFF),
    ([_KO_ONE, "점심시간 1시간 포함하면"], "18:00 (오후 6시 0분)", _BREAK_OFF),
    ([_EN_WORKSHOP, "plus a 15 min coffee break?"], "13:30", _BREAK_OFF),
    ([_EN_EXAM, "plus a 20 minute break?"], "12:15", _BREAK_OFF),
    ([_EN_CLASS, "add a 30 min lunch break"], "17:00", _BREAK_OFF),
    ([_EN_CLASS, "and add a 10 minute break in the middle"], "16:40", _BREAK_OFF),
    ([_TISSUE, "세팩 사면 총 얼마야"], "74,700원", _UNIT_PRICE_OFF),
    ([_TANGERINES, "3키로만 달라하면 얼마야"], "12,000원", _UNIT_PRICE_OFF),
    ([_TANGERINES, "2박스 사면?"], "40,000원", _UNIT_PRICE_OFF),
    ([_TISSUE, "45롤이면 얼마"], "37,350원", _UNIT_PRICE_OFF),
    ([_EGGS, "12알만 사면"], "3,600원", _UNIT_PRICE_OFF),
    ([_EGGS, "3판이면?"], "27,000원", _UNIT_PRICE_OFF),
    ([_HEADPHONES, "and for two pairs"], "193.48", _COUNT_EN_OFF),
    ([_HEADPHONES, "and 2 of them?"], "193.48", _COUNT_EN_OFF),
    ([_JACKET, "and 3 of them?"], "324", _COUNT_EN_OFF),
]

test_read_only_by_their_rule = turns_read_only_by_their_rule(CASES)

# Near misses: another counter, another question, a span or no price: declined.
test_near_misses_stay_unread = answers_stay(
    [
        # (Read by older rules, unchanged.)
        ([_KO_ONE, "30분 쉬면?"], "17:30 (오후 5시 30분)"),
        ([_WIPES, "4팩 사면 얼마"], "26,000원"),
        ([_TANGERINES, "3개만 달라하면 얼마야"], None),
        ([_TISSUE, "세팩이면 몇 롤이야"], None),
        ([_TANGERINES, "3키로면 몇 개야"], None),
        ([_KO_CLOCK, "쉬는시간은 몇분이야"], None),
        ([_KO_CLOCK, "20분 쉬는시간 빼면"], None),
        ([_EN_CLASS, "and 2 breaks of 10 min"], None),
        ([_LAMP, "and for 2 years"], None),
        # A bare count may be a rate or a span; a break taken may be inside the hours said.
        ([_HEADPHONES, "and for 2"], None),
        ([_LAMP, "and for three lamps"], "145.8"),  # (an older rule's)
        (
            ["I pay $45 a month for my phone. How much is that per year?", "and for 18 months?"],
            "$810.00",
        ),
        ([_EN_CLASS, "what if we take a 10 minute break in the middle"], None),
        (["how much is 15% of 80", "and for 2"], None),
        (["rent is 1,400 a month", "and for 2"], None),
    ]
)
