"""Set 54/55's open follow-ups (opens64), read by their words' roles.

- tools.followup_coupon_order_en_58u: the coupon-order swap said in the past or passive
  ("what if the coupon came off first", "went first", "was applied first").
- tools.followup_rules_ko_53a: a bare line made free ("배달비 무료쿠폰 있으면?", "공짜면").
- tools.followup_dates: a further span from the date answered ("거기서 2주 더 가면",
  "and another 2 weeks from there?", "then 3 more weeks").
- tools.followup_said_plainly_63o: a wish said with -ㄹ래 ("반만 살래 그럼 얼마" is "반만 사면"),
  and a condition followed by the previous turn's asked noun ("이자소득세 15.4% 떼면 실제로
  받는 이자는" after "… 세전이자 얼마" is the condition alone). Korean forms only.
- tools.followup_role_figures_53x.the_figure_paid: a new figure said with a verb of paying
  ("15만원 내주면") replaces the one figure paid so in the first turn, never the bill (the
  bill was replaced: 7,500원 for (150,000 - 120,000) / 4, a wrong answer).
- tools.followup_rules_ko_53a.payer_named_pays: the payer named with the new figure
  ("팀장님이 15만원 내시면"), the one figure that payer paid replaced.
- tools.followup_thing_first_58o: a named thing's minutes run first or on top of a clock end
  ("theres also 20 min of trailers before it", "광고 20분 더 하면").

Each rule: wordings unlike the set's, near misses that stay unread, and the rule switched off.
"""

from __future__ import annotations

import re

import pytest

import tools.followup_coupon_order_en_58u as coupon
import tools.followup_dates as dates
import tools.followup_role_figures_53x as role53x
import tools.followup_rules_ko_53a as ko53a
import tools.followup_said_plainly_63o as follow_plain
import tools.followup_thing_first_58o as thing_first
from tests.tools.rule_switch import (
    SwitchOff,
    narrowed,
    off,
    read_only_by_its_rule,
    workload_answer,
)

_COUPON = narrowed(
    coupon,
    "_FLIP",
    r"(?:(?:goes|go|went)\s+|applied\s+|(?:comes|come|came)\s+(?:off\s+)?"
    r"|(?:is|was|were|gets|got)\s+(?:applied|taken\s+off|used)\s+)?",
    r"(?:goes\s+|applied\s+|comes\s+(?:off\s+)?|is\s+applied\s+)?",
)
_FREE = narrowed(
    ko53a,
    "_LEFT_OUT",
    r"|(?:무료|공짜)\s*(?:쿠폰|이용권|혜택)?\s*(?:이\s*)?(?:있으면|쓰면|받으면|생기면|이면|면|라면"
    r"|이라면|로\s*해\s*주면|로\s*해\s*준다면|로\s*하면)",
)
_FURTHER = off(dates, "_MORE_EN", re.compile(r"(?!x)x"))
_FURTHER_KO = narrowed(
    dates,
    "_SHIFT_KO",
    r"|(?P<on>더\s*(?:가면|가서|간\s*날|있으면|있다가|지나서|지나면)))",
    r")",
)
_THING = off(thing_first, "THING_FIRST_EN", False)
_WISH = off(follow_plain, "USE_WISH_SAID", False)
_ASKED = off(follow_plain, "USE_ASK_RESTATED", False)
_PAYER = off(ko53a, "USE_PAYER_NAMED", False)
_PAID = off(role53x, "USE_PAID_VERB", False)
_DINNER = (
    "회식 43만2천원 나왔는데 팀장님이 12만원 먼저 내주고 나머지는 우리 넷이 똑같이 내면 한명당 얼마"
)
_TEAM = "회식비 60만원인데 부장님이 20만원 내고 나머지는 다섯명이 나누면 얼마씩"
_REUNION = "동창회 52만원 나왔는데 회장이 16만원 먼저 내고 나머지 여섯명이 똑같이 내면 얼마씩"
_TRIP = "여행 숙소비 90만원인데 아빠가 30만원 내주고 나머지는 넷이 나누면 한명당 얼마"
_SUPPER = "저녁값 18만원 나왔는데 형이 6만원 먼저 내주고 나머지 셋이 나누면 한명당"

_READ: list[tuple[list[str], str, SwitchOff]] = [
    # The coupon order swapped, said in the past or passive.
    (
        [
            "boots are $120, 30% off then a $15 coupon. final price?",
            "ok what if the coupon went first",
        ],
        "$73.50",
        _COUPON,
    ),
    (
        [
            "a lamp costs 80 dollars, 20% off and then a 5 dollar coupon. final price?",
            "and if the coupon was applied first?",
        ],
        "$60.00",
        _COUPON,
    ),
    (
        [
            "headphones $150 with 10% off then a $20 voucher, final price?",
            "what if the voucher was taken off first",
        ],
        "$117.00",
        _COUPON,
    ),
    (
        [
            "a coat is 90 bucks, 40% off and then a 12 dollar coupon. final price?",
            "what if the coupon got used first",
        ],
        "$46.80",
        _COUPON,
    ),
    (
        [
            "sneakers were $85. a $10 coupon first, then 40% off. final price?",
            "what if the discount came off first",
        ],
        "$41.00",
        _COUPON,
    ),
    # A bare line made free.
    (
        ["치킨 21000 콜라 2000 배달비 4000 셋이 나누면 얼마씩", "그럼 배달비 공짜면 얼마씩"],
        "7,666.6666666667 (≈ 7,666.67)",
        _FREE,
    ),
    (
        ["피자 25000 배달비 3000 사이드 6000 넷이서 나누면 각자 얼마", "배달비는 무료로 해주면?"],
        "7,750",
        _FREE,
    ),
    (
        ["짜장면 7000 탕수육 18000 배달비 2000 둘이 나누면", "배달비 무료 쿠폰 쓰면 각자 얼마"],
        "12,500",
        _FREE,
    ),
    (
        ["족발 35000 막국수 8000 배달비 3000 다섯명이 나누면 인당 얼마", "아 막국수는 공짜라면?"],
        "7,600",
        _FREE,
    ),
    (
        ["곱창 32000 볶음밥 6000 포장비 2000 둘이 나누면 얼마씩", "포장비 무료 이용권 있으면"],
        "19,000",
        _FREE,
    ),
    # A further span from the date answered.
    (
        ["2030년 3월 2일부터 100일 뒤는 며칠이야", "거기서 10일 더 가면"],
        "2030년 6월 20일 (목)",
        _FURTHER_KO,
    ),
    (
        ["2029년 5월 20일에서 3주 후면 언제", "그럼 거기서 한달 더 가면?"],
        "2029년 7월 10일 (화)",
        _FURTHER_KO,
    ),
    (
        ["2031년 10월9일부터 45일 뒤면 언제", "거기서 일주일 더 가면"],
        "2031년 11월 30일 (일)",
        _FURTHER_KO,
    ),
    (
        ["what date is 30 days after 2030-01-10", "and another 2 weeks from there?"],
        "Saturday, February 23, 2030",
        _FURTHER,
    ),
    (
        ["what date is 30 days after 2030-01-10", "ok another 10 days on top?"],
        "Tuesday, February 19, 2030",
        _FURTHER,
    ),
    (
        ["what date is 100 days after 2031-06-01", "then 3 more weeks"],
        "Tuesday, September 30, 2031",
        _FURTHER,
    ),
    # A named thing's minutes first or on top of a clock end.
    (
        [
            "concert starts at 7pm and runs 2 hours 10 minutes. what time does it finish?",
            "what if there are 25 mins of opening act before it",
        ],
        "21:35",
        _THING,
    ),
    (
        [
            "game kicks off at 6:30pm and takes 2 hours, what time is it over",
            "there's also 30 minutes of pregame show",
        ],
        "21:00",
        _THING,
    ),
    (
        ["영화 오후 7시 50분 시작인데 러닝타임 2시간 28분이면 몇시에 끝나", "광고 20분 더 하면"],
        "22:38 (오후 10시 38분)",
        _THING,
    ),
    (
        ["오후 2시 40분 시작하는 공연 1시간 50분이면 언제 끝나", "앞에 인트로가 10분 있으면"],
        "16:40 (오후 4시 40분)",
        _THING,
    ),
]

_READ += [
    # A wish said with -ㄹ래 or -ㄹ게, then the ask.
    (["볼펜 한자루 800원인데 10자루 사면 얼마", "반만 살래 그럼 얼마야"], "4,000원", _WISH),
    (["피자 한판 18000원인데 4판 시키면 얼마", "절반만 시킬래 그럼 얼마"], "36,000원", _WISH),
    (["커피 한잔 4500원인데 6잔 사면", "두배로 살래 그럼 총 얼마"], "54,000원", _WISH),
    (["치킨 한마리 2만원인데 4마리 시키면", "반만 시킬래요 그럼 얼마"], "40,000원", _WISH),
    (["라면 한개 900원인데 30개 사면 얼마", "반만 살래 그러면 얼마임"], "13,500원", _WISH),
    (["사과 한개 천이백원인데 열두개 사면", "반만 살게 그럼 얼마"], "7,200원", _WISH),
    # A condition, then the previous turn's asked noun.
    (
        ["적금 3천만원 연 4% 1년이면 이자 얼마", "세금 15.4% 빼면 손에 쥐는 이자는 얼마"],
        "1,015,200원",
        _ASKED,
    ),
    (
        ["예금 2천만원 연 3.5% 1년이면 이자 얼마", "세금 15.4% 떼면 실제 이자는"],
        "592,200원",
        _ASKED,
    ),
    (
        ["정기예금 1억 연 3% 1년 넣으면 이자 얼마", "세금 15.4% 떼면 결국 이자는 얼마야"],
        "2,538,000원",
        _ASKED,
    ),
    (
        ["정기예금 3천만원 연 2.8% 1년 이자 얼마", "세금 15.4% 떼면 실제로 받는 이자 얼마"],
        "710,640원",
        _ASKED,
    ),
    (
        ["예금 4천만원 연 3% 1년 이자 얼마", "이자소득세 15.4% 빼면 최종적으로 받을 이자는 얼마야"],
        "1,015,200원",
        _ASKED,
    ),
]

_READ += [
    # The figure paid, by its verb (each was a wrong answer before: the bill replaced).
    ([_TEAM, "25만원 내면"], "70,000원", _PAID),
    ([_REUNION, "22만원 내면"], "50,000원", _PAID),
    ([_TRIP, "50만원 내주면"], "100,000원", _PAID),
    ([_SUPPER, "9만원 내주면"], "30,000원", _PAID),
    ([_DINNER, "15만원 내주면"], "70,500원", _PAID),
    # The payer named with the new figure.
    ([_TEAM, "부장님이 25만원 내면"], "70,000원", _PAYER),
    ([_SUPPER, "형이 9만원 내주면 한명당 얼마"], "30,000원", _PAYER),
    ([_REUNION, "회장이 22만원 쏘면"], "50,000원", _PAYER),
    ([_TRIP, "아빠가 50만원 내주시면"], "100,000원", _PAYER),
]

_UNREAD: list[list[str]] = [
    [
        "회식비 60만원인데 부장님이 20만원 내고 과장님이 10만원 내고 나머지는 다섯명이 나누면",
        "부장님이 25만원 내면",
    ],
    [_DINNER, "부장님이 15만원 내시면"],
    [_DINNER, "팀장님이 15만원 받으면"],
    ["치킨 3마리 6만원인데 넷이 나누면", "5만원 내면"],
    ["사과 한개 천이백원인데 열두개 사면", "반만 살래 그럼 몇개야"],
    ["사과 한개 천이백원인데 열두개 사면", "나도 살래"],
    [
        "정기예금 오천만원 연 3.2% 1년 넣으면 원리금 얼마",
        "이자소득세 15.4% 떼면 실제로 받는 이자는",
    ],
    [
        "정기예금 오천만원 연 3.2% 1년 넣으면 세전이자 얼마",
        "이자소득세 15.4% 떼면 실제로 받는 돈은",
    ],
    [
        "정기예금 오천만원 연 3.2% 1년 넣으면 세전이자 얼마",
        "이자소득세 15.4% 떼면 실제로 받는 원금은",
    ],
    [
        "jacket is 64 bucks, 25% off and then a 10 dollar coupon on top. final price?",
        "what if the coupon came off last",
    ],
    [
        "jacket is 64 bucks, 25% off and then a 10 dollar coupon on top. final price?",
        "what if the coupon came off first and it was 15 dollars",
    ],
    ["떡볶이 14000 순대 4000 배달비 3500 둘이 나누면 각자 얼마", "무료쿠폰 있으면?"],
    ["떡볶이 14000 순대 4000 배달비 3500 둘이 나누면 각자 얼마", "김밥 무료쿠폰 있으면?"],
    ["떡볶이 14000 순대 4000 배달비 3500 둘이 나누면 각자 얼마", "배달비 무료 아니면?"],
    ["2031년 10월9일부터 45일 뒤면 언제", "2주 더 가면"],
    ["2031년 10월9일부터 45일 뒤면 언제", "거기서 2만원 더 가면"],
    ["사과 한개 천이백원인데 열두개 사면", "거기서 2주 더 가면"],
    ["what date is 30 days after 2030-01-10", "2 more"],
    ["movie starts 7:50pm and runs 2h 28m, what time does it finish", "theres 20 min of trailers"],
    ["movie starts 7:50pm and runs 2h 28m, what time does it finish", "theres also 20 min of it"],
    [
        "movie starts 7:50pm and runs 2h 28m, what time does it finish",
        "what if it starts 20 min earlier",
    ],
    ["영화 오후 7시 50분 시작인데 러닝타임 2시간 28분이면 몇시에 끝나", "광고 20분 하면"],
    ["사과 한개 천이백원인데 열두개 사면", "광고 20분 더 하면"],
]

# The set's own turns (unseen55_mixed, unseen54_mixed), each by its rule.
_SET: list[tuple[list[str], str, SwitchOff]] = [
    (
        [
            "jacket is 64 bucks, 25% off and then a 10 dollar coupon on top. final price?",
            "what if the coupon came off first",
        ],
        "$40.50",
        _COUPON,
    ),
    (
        ["떡볶이 14000 순대 4000 배달비 3500 둘이 나누면 각자 얼마", "배달비 무료쿠폰 있으면?"],
        "9,000",
        _FREE,
    ),
    (
        ["2031년 10월9일부터 45일 뒤면 언제", "거기서 2주 더 가면"],
        "2031년 12월 7일 (일)",
        _FURTHER_KO,
    ),
    (
        [
            "movie starts 7:50pm and runs 2h 28m, what time does it finish",
            "theres also 20 min of trailers before it",
        ],
        "22:38",
        _THING,
    ),
    (
        [
            "정기예금 오천만원 연 3.2% 1년 넣으면 세전이자 얼마",
            "이자소득세 15.4% 떼면 실제로 받는 이자는",
        ],
        "1,353,600원",
        _ASKED,
    ),
    (["사과 한개 천이백원인데 열두개 사면", "반만 살래 그럼 얼마"], "7,200원", _WISH),
    ([_DINNER, "팀장님이 15만원 내시면"], "70,500원", _PAYER),
]


@pytest.mark.parametrize(("turns", "expected", "switch"), _READ + _SET)
def test_read_only_by_its_rule(
    turns: list[str], expected: str, switch: SwitchOff, monkeypatch: pytest.MonkeyPatch
) -> None:
    read_only_by_its_rule(lambda: workload_answer(turns), expected, switch, monkeypatch)


@pytest.mark.parametrize("turns", _UNREAD)
def test_near_misses_stay_unread(turns: list[str]) -> None:
    assert workload_answer(turns) is None
