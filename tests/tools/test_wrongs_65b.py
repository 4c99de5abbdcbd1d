"""Wrong follow-up calculator answers of round 65b, each read by the role of its words.

- An item added with a percent charge ("plus 2 sodas at 2.49 each and a 10% tip, in total
  then?"): the charge on the whole sum so far (54.95), never on the sodas alone (5.48).
- A turn that opens on "plus"/"and"/"also" before figures: it adds to an earlier sum; the
  calculator never reads its own figures alone.
- An addition's own cost asked as the total ("케이크 2개 6000원씩 추가하면 총 얼마"): declined.
- A rest added to a trip ("휴게소에서 20분 쉬면 총 몇시간"): never the rest alone in hours.
- A percent rise with no base ("내년에도 20% 오르면 얼마"): never "20" split into 2 and 0%.
"""

from __future__ import annotations

import tools.calculator_leans_on_earlier_65b as leans
from tests.tools.rule_switch import (
    answers_stay,
    declined_by,
    off,
    read_by,
    turns_read_only_by_their_rule,
    unread,
)

_PIZZAS = "3 large pizzas at 14.99 each"

test_percent_charge_on_the_whole_sum = turns_read_only_by_their_rule(
    read_by(
        off(leans, "PERCENT_CHARGE_ADDED", False),
        [
            ([_PIZZAS, "plus 2 sodas at 2.49 each and a 10% tip, in total then?"], "54.95"),
            (
                ["4 burgers at 8.50 each", "plus 3 fries at 3.25 each and 8% tax, in total?"],
                "47.25",
            ),
            (
                [
                    "2 tickets at 45 each",
                    "plus 2 popcorns at 7.50 each and 5% tax, how much altogether",
                ],
                "110.25",
            ),
            (["3 shirts at 19.99 each", "add 2 ties at 12 each and 6% tax, total then?"], "89.01"),
            (["6 bagels at 1.75 each", "plus 4 coffees at 3.20 each and a 20% tip"], "27.96"),
        ],
    )
)

test_dangling_operator_declined = turns_read_only_by_their_rule(
    declined_by(
        off(leans, "DANGLING_OPERATOR", False),
        [
            ["4 burgers at 8.50 each", "and 3 shakes at 4.75 each with a 15% tip, total?"],
            ["3 shirts at 19.99 each", "also 2 ties at 12 each and 6% tax, total then?"],
            ["hotel 3 nights at 120 each", "plus 2 breakfasts at 15 each and 12% tax in total"],
            [
                "lunch was 3 sandwiches at 7 each",
                "and also 3 teas at 2.50 each and a 15% tip, total?",
            ],
            ["a room at 90 a night", "and also 2 breakfasts at 12 each and 10% tax, total?"],
            ["2 pizzas at 12 each", "and 4 beers at 6 each and a 10% tip, how much"],
            ["taxi 25", "plus 2 tolls at 3.50 each and a 20% tip, total then"],
            ["rent is 1200", "and also 2 parking spots at 75 each, total?"],
        ],
    )
)

test_addition_alone_totalled_declined = turns_read_only_by_their_rule(
    declined_by(
        off(leans, "ADDITION_ALONE", False),
        [
            ["커피 3잔 4500원씩", "케이크 2개 6000원씩 추가하면 총 얼마"],
            ["5 coffees at 4 each", "2 more at 5 each, total?"],
            ["떡볶이 2인분 8000원", "만두 3개 2500원씩 더 시키면 총 얼마야"],
            ["the room is 3 nights at 140", "2 extra nights at 150 each, total?"],
            ["티셔츠 2장 15000원씩", "양말 5켤레 3000원씩 추가로 사면 전부 얼마"],
        ],
    )
)

test_rest_added_to_a_trip_declined = turns_read_only_by_their_rule(
    declined_by(
        off(leans, "REST_ADDED", False),
        [
            ["시속 85키로로 255km 가면 몇시간 걸려", "휴게소에서 20분 쉬면 총 몇시간"],
            ["시속 60km로 150km 가면 몇시간", "중간에 30분 쉬면 총 몇시간이야"],
            ["버스로 4시간", "30분 정차하면 총 몇시간이야"],
            ["비행기로 5시간", "경유지에서 90분 대기하면 총 몇시간"],
            ["기차로 2시간 반 걸린대", "환승하면서 40분 기다리면 몇시간"],
            ["등산 3시간 코스", "정상에서 45분 쉬면 몇시간"],
        ],
    )
)

test_percent_rise_figure_kept_whole = turns_read_only_by_their_rule(
    declined_by(
        off(leans, "FIGURE_SPLIT", False),
        [
            ["전기요금 작년 5만원에서 올해 6만원 됐으면 몇% 오른거야", "내년에도 20% 오르면 얼마"],
            ["가스비 3만원에서 4만원 됐으면 몇프로", "다음달 25% 오르면 얼마"],
            ["the bill went from 80 to 100", "35% 오르면 얼마"],
            ["월세 50만원에서 55만원 됐는데 몇퍼 오른거야", "또 10% 오르면"],
            ["보험료가 올랐어", "15% 인상되면 얼마"],
            ["학원비 얘기야", "30% 늘면 얼마"],
        ],
    )
)

test_near_misses_stay = answers_stay(
    [
        (["5 notebooks at 3.20 each", "plus 2 pens at 1.10 each"], "18.2"),
        (["5 notebooks at 3.20 each", "plus a 7% tax"], "17.12"),
        (["150분은 몇시간"], "150 min = 2.5 h"),
        (["90 minutes layover in hours"], "90 min = 1.5 h"),
        (["5만원이 20% 오르면 얼마"], "60,000원"),
        (["기본 3만원에 옵션 5천원 추가하면 총 얼마"], "35,000원"),
        (["boots 240, 15% off sale plus an extra 10% off at checkout. total?"], "183.6"),
        (["what is 3 plus 4"], "7"),
        (["2 sodas at 2.49 each and a 10% tip"], "5.48"),
        (["first ticket is 45 and every extra one is 32. i need 5, total?"], "173"),
        *unread([["plus 5 and 7"], ["20% 오르면 얼마"]]),
    ]
)
