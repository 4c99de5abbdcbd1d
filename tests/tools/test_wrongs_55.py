"""Set 55's calculation wrong answers (blind55m), each read right or declined by its rule
and only by it.

Inputs are our own (not the blind set's sentences), with near misses that keep their
reading; every rule is switched off once:

- a part someone pays first, then the rest split among "우리 넷": the part paid said with an
  adverb ("12만원 먼저 내주고", "7만원 미리 보태주고") and those sharing with "우리" before the
  count (tools.calculator_readers_55t; off: (432,000 + 120,000) / 4 = 138,000원);
- an extra one pays on top of a share is never added to the amount shared ("내가 20만원 더
  내고 나머지는 셋이 똑같이 나누면 나는 얼마": 466,667원; tools.calculator_refusals_63m);
- two questions in one turn are never answered with one figure ("왕복이면 얼마고 4명이
  왕복하면 총 얼마야": 478,400원, the second alone; tools.calculator_refusals_63m);
- what comes in after a percent fee asked with a verb after 얼마 ("나한테 얼마 들어와",
  "통장에 얼마 꽂혀") is the amount less the fee, never the fee (tools.calculator_net_after_fee;
  off: 14,700원 for 3.5% of 420,000);
- "연봉으로 치면" after an hourly wage asked is no 12 hourly wages
  (tools.followup_price_words.yearly_of_monthly; off: 155,024원).
"""

from __future__ import annotations

import tools.calculator_net_after_fee as net_after_fee
import tools.calculator_readers_55t as readers_55t
import tools.calculator_refusals_63m as refusals
import tools.followup_price_words as price_words
from tests.tools.rule_switch import (
    answers_stay,
    both,
    declined_by,
    narrowed,
    off,
    read_by,
    unread,
    workload_read_only_by_their_rule,
)

_PART_SLOTS_OFF = both(
    narrowed(readers_55t, "_PART_KO", r"(?:(?:먼저|미리|우선|따로|혼자|대신)\s*)?"),
    narrowed(readers_55t, "_REST_KO", r"(?:우리\s*(?:끼리)?\s*)?"),
)
_NET_VERB_OFF = narrowed(
    net_after_fee,
    "_ASKS_WHAT_COMES_IN",
    r"|(?:나한테|나에게|내\s*통장에|통장에|손에|내\s*손에)?\s*얼마(?:나)?\s*(?:정도\s*)?"
    r"(?:들어와|들어오|들어옴|들어온|입금|꽂혀|꽂히|남아|남음|남나|남냐|떨어져|떨어지|쥐어|받아|받음|받나|받냐)",
)

test_rules_read_or_decline = workload_read_only_by_their_rule(
    [
        # a part paid first, the rest split among us
        *read_by(
            _PART_SLOTS_OFF,
            [
                (
                    ["회식 25만원인데 선배가 7만원 미리 보태주고 나머지 우리 셋이 나누면 얼마씩"],
                    "60,000원",
                ),
                (
                    ["회비 18만원 중 총무가 3만원 따로 내고 나머지는 우리끼리 5명이 나눠내면 인당"],
                    "30,000원",
                ),
                (
                    ["저녁 96000원인데 형이 36000원 먼저 쏘고 나머지 우리 둘이 나누면 얼마씩"],
                    "30,000원",
                ),
                (
                    ["MT비 64만원 회장이 4만원 먼저 내주고 나머지는 우리 여섯이 나누면 한명당"],
                    "100,000원",
                ),
                (
                    ["술값 18만원 사장님이 6만원 혼자 내주고 나머지 우리 넷이 똑같이 내면 얼마씩"],
                    "30,000원",
                ),
            ],
        ),
        # an extra on top of a share: declined
        *declined_by(
            off(refusals, "USE_EXTRA_ADDED_GUARD", False),
            [
                ["회비 24만원인데 총무인 내가 3만원 더 내고 나머지는 넷이 똑같이 나누면 나는 얼마"],
                ["여행경비 80만원 운전 안한 내가 10만원 더 내고 나머지는 셋이 나누면 나는 얼마 내"],
                ["생일선물 12만원 제일 친한 내가 2만원 더 내고 나머지는 5명이 똑같이 나누면"],
                ["숙소비 45만원 큰방 쓰는 형이 5만원 더 내고 셋이 나누면 얼마씩"],
                ["관리비 30만원인데 내가 5만원 더 내기로 했어 나머지 넷이 나누면 얼마씩"],
            ],
        ),
        # two questions in one turn: declined
        *declined_by(
            off(refusals, "USE_TWO_ASKED_GUARD", False),
            [
                ["고속버스 편도 23,400원인데 왕복이면 얼마고 3명이 왕복하면 총 얼마야"],
                ["떡볶이 14000원 순대 5000원 합치면 얼마고 셋이 나누면 얼마씩"],
                ["배달 치킨 21000원 피자 18000원 총 얼마고 넷이서 나누면 얼마야"],
                ["비행기 편도 89000원 왕복 얼마이고 2명 왕복은 얼마"],
                [
                    "pizza 18 and wings 12, how much altogether and how much is that each "
                    "if we split it 3 ways"
                ],
            ],
        ),
        # what comes in after a fee, asked with a verb after 얼마
        *read_by(
            _NET_VERB_OFF,
            [
                (["마켓 수수료 12%면 5만원짜리 팔면 통장에 얼마 꽂혀"], "44,000원"),
                (["플랫폼 수수료 20%면 작품 15만원에 팔면 얼마 받아"], "120,000원"),
                (["위탁판매 수수료 25%인데 6만원에 팔리면 나한테 얼마 들어옴"], "45,000원"),
                (["앱 수수료 15%면 3만원짜리 팔았을때 통장에 얼마 들어와"], "25,500원"),
                (["판매 수수료 10%인데 8만원에 팔면 얼마 남아"], "72,000원"),
            ],
        ),
        # a year of an hourly wage: declined
        *declined_by(
            off(price_words, "USE_SMALLER_RATE_GUARD", False),
            [
                ["월급 250만원 209시간 기준 시급 얼마", "연봉으로는?"],
                ["월급 삼백만원 209시간 기준이면 시급 얼마꼴", "연봉으로 치면"],
                ["월급 2,800,000원 209시간 기준으로 시급 얼마야", "연봉으로 따지면 얼마"],
                ["월급 2,508,000원이면 209시간 기준으로 시급 얼마임", "연봉으로 치면"],
            ],
        ),
    ]
)

test_near_misses_keep_their_reading = answers_stay(
    [
        # a part paid with no adverb, as before
        (["회식비 312000원인데 부장님이 10만원 내주시고 나머지 6명이 나눠내면 얼마씩"], "35,333원"),
        # an extra added to a total with nothing shared
        (["커피 4500원인데 샷 추가로 500원 더 내면 얼마"], "5,000원"),
        (["택시비 12000원에 톨비 2000원 더 내면 총 얼마"], "14,000원"),
        # one question, or a sum asked once
        (["편도 5만원이면 왕복은 얼마고"], "100,000원"),
        (["치킨 2만원 피자 3만원 합치면 얼마"], "50,000원"),
        # the fee itself asked
        (["수수료 3.5%인데 42만원 팔면 수수료 얼마야"], "14,700원"),
        (["환전 수수료 1.5%면 100만원 바꾸면 수수료 얼마 나와"], "15,000원"),
        # a monthly figure for a year
        (["월급 3,200,000원에서 5% 오르면", "연봉으로는?"], "40,320,000원"),
        (
            ["월세 84만 관리비 12만 룸메랑 반반하면 내가 내는돈 한달에", "연봉으로는?"],
            "5,760,000원",
        ),
        *unread([["월급 300만원", "연봉으로는?"]]),
    ]
)
