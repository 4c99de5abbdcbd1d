"""Set 56's calculation wrong answers (blind56m), each read right or declined by its rule
and only by it.

Inputs are our own (not the blind set's sentences), with near misses that keep their
reading; every rule is switched off once:

- a rounding follow-up opened by a filler ("그럼 백원단위로 반올림하면?") is the result
  rounded to that place (tools.followup_changes._ROUND_TO; it was read as a new amount of
  100원 shared: 33원);
- a rounding place is never a new amount for the earlier request ("그럼 백원단위로
  끊으면?", "round to the nearest 10 then"; tools.followup_edits.ROUNDING_PLACE);
- what is still missing to reach a target ("최소주문 25,000원인데 지금 23,500원 담았으면
  얼마 더 담아야돼") is the target less what one has, never their sum (48,500원) or product
  (tools.calculator_gap_to_target_64m: the reader, the calculator's guard, and the
  currency reader's guard: "free shipping over 35 dollars and my cart is at 27.80" was
  converted at a rate of 27.80, 973원);
- "thats" typed without its apostrophe refers as "that's" does, and "whats that in km/h",
  "how much is that in feet" convert the result (tools.references, tools.followup_edits
  ._TARGET; "thats how much in km/h" was answered by a document's "300 won per kilometre").
"""

from __future__ import annotations

import tools.calculator_gap_to_target_64m as gap
import tools.followup_changes as changes
import tools.followup_edits as edits
import tools.handler_money as handler_money
import tools.references as references
from tests.tools.rule_switch import (
    NEVER,
    answers_stay,
    both,
    declined_by,
    narrowed,
    off,
    read_by,
    unread,
    workload_read_only_by_their_rule,
)

_FILLER_OFF = narrowed(changes, "_ROUND_TO", r"(?:(?:그럼|그러면|근데|그냥|아)\s*)?")
_EN_FILLER_OFF = narrowed(changes, "_ROUND_TO", r"(?:(?:and|so|then|ok)\s+)?", r"(?:and\s+)?")
_ROUNDING_PLACE_OFF = off(edits, "ROUNDING_PLACE", NEVER)
_GAP_OFF = both(off(gap, "ASKS_GAP", NEVER), off(handler_money, "USE_GAP_GUARD_ON_CURRENCY", False))
_GAP_GUARD_OFF = off(gap, "USE_GAP_GUARD", False)
# (blind57m's won-rate guard declines a cart total of 27.80 taken for a won rate too: a
# second defence, switched off with it.)
_CURRENCY_GUARD_OFF = both(
    off(handler_money, "USE_GAP_GUARD_ON_CURRENCY", False),
    off(handler_money, "USE_WON_RATE_GUARD", False),
)
_THATS_OFF = narrowed(references, "REFERENCE_RE", r"|^\s*(?:(?:so|and|ok)\s+)?thats\b")
_TARGET_SLOTS_OFF = narrowed(
    edits,
    "_TARGET",
    r"(?:(?:what'?s|what\s+is|how\s+much\s+is|how\s+much'?s|convert|change)\s+(?:that|it|this)\s+"
    r"|(?:that'?s|that\s+is|it'?s|this\s+is)\s+how\s+much\s+|how\s+much\s+(?:that|it)\s+is\s+)?",
)

test_rules_read_or_decline = workload_read_only_by_their_rule(
    [
        # a rounding follow-up opened by a filler: the result rounded to that place
        *read_by(
            _FILLER_OFF,
            [
                (["회비 85,000원 여섯명이 나누면", "그럼 백원단위로 반올림하면?"], "14,200원"),
                (["케이크 47,500원 넷이 나누면", "그러면 천원단위로 올림하면?"], "12,000원"),
                (["주유비 63,700원 셋이 나누면", "근데 백 원 단위로 버림하면"], "21,200원"),
                (["택시비 18,900원 넷이서 나누면", "그럼 100원단위로 내림하면?"], "4,700원"),
                (["숙소비 412,000원 7명이 나누면", "아 만원 단위로 반올림하면?"], "60,000원"),
            ],
        ),
        *read_by(
            _EN_FILLER_OFF,
            [
                (
                    [
                        "dinner came to 187.30 for 4 of us, what does everyone owe",
                        "so round it to the nearest ten",
                    ],
                    "50",
                ),
            ],
        ),
        # a rounding place is no new amount: declined (it was read as 100원 or 1,000원 shared)
        *declined_by(
            _ROUNDING_PLACE_OFF,
            [
                ["택시비 27,340원 나왔는데 셋이 나누면", "그럼 백원단위로 끊으면?"],
                ["회비 85,000원 여섯명이 나누면", "그럼 천원단위로 끊으면?"],
                ["케이크 47,500원 넷이 나누면", "그럼 천원 단위로 하면?"],
                ["케이크 47,500원 넷이 나누면", "그럼 500원 단위로는?"],
            ],
        ),
        # the gap to a target: the target less what one has
        *read_by(
            _GAP_OFF,
            [
                (["최소주문 18,000원인데 지금 14,300원 담았어 얼마 더 담아야돼"], "3,700원"),
                (["목표 500만원인데 지금까지 362만원 모았으면 얼마 더 모아야해"], "1,380,000원"),
                (["캠핑비 45만원 필요한데 지금 31만원 있어 얼마 모자라"], "140,000원"),
                (["i need 800 for the deposit and have 615 saved, how much more do i need"], "185"),
                (["goal is 1,200 and i have 950 so far, how much more do i need to save"], "250"),
                (
                    ["free delivery from 50 dollars, i have 42.30 in my cart, how much more"],
                    "$7.70",
                ),
            ],
        ),
        # a gap asked that no reading takes a figure from: never a sum
        *declined_by(
            _GAP_GUARD_OFF,
            [
                ["최소주문 15000원인데 만2천원 담고 배달비 3천원이면 얼마 더 담아야돼"],
                ["최소주문 2만원인데 떡볶이 9천원 순대 4천원 담았어 얼마 더 담아야돼"],
            ],
        ),
        # a target and a cart total read as an exchange rate: declined
        *declined_by(
            _CURRENCY_GUARD_OFF,
            [
                ["free shipping over 35 dollars and my cart is at 27.80, how much more do i need"],
            ],
        ),
        # "thats" refers as "that's" does
        *read_by(
            _THATS_OFF,
            [
                (
                    [
                        "drove 180 miles in 3 hours 20 minutes, whats my average speed",
                        "thats how much in km/h",
                    ],
                    "54 mph = 86.9046 km/h",
                ),
                (
                    ["how many meters is 3 miles", "thats how much in feet"],
                    "4,828.032 m = 15,840 ft",
                ),
            ],
        ),
        # the result named, the new unit asked
        *read_by(
            _TARGET_SLOTS_OFF,
            [
                (
                    [
                        "drove 180 miles in 3 hours 20 minutes, whats my average speed",
                        "whats that in km/h",
                    ],
                    "54 mph = 86.9046 km/h",
                ),
                (
                    [
                        "drove 180 miles in 3 hours 20 minutes, whats my average speed",
                        "so what is it in km/h?",
                    ],
                    "54 mph = 86.9046 km/h",
                ),
                (["how many meters is 3 miles", "whats it in inches"], "4,828.032 m = 190,080 in"),
                (["how many kg is 150 pounds", "change it to grams"], "68.0389 kg = 68,038.8555 g"),
                (["how many kg is 150 pounds", "whats that in ounces"], "68.0389 kg = 2,400 oz"),
                (
                    ["whats 30 celsius in fahrenheit", "and whats that in kelvin"],
                    "86 °F = 303.15 K",
                ),
                (
                    ["how many meters is 3 miles", "whats that in centimeters"],
                    "4,828.032 m = 482,803.2 cm",
                ),
            ],
        ),
    ]
)

# Near misses: nothing missing, no roles, a bare amount asked, chat after a result.
test_near_misses_keep_their_reading = answers_stay(
    [
        *unread(
            [
                ["최소주문 15000원인데 18000원 담았어 얼마 더 담아야돼"],
                ["치킨 2만원 피자 2만5천원 얼마 모자라"],
                ["how many meters is 3 miles", "thats a lot, thanks"],
                ["how many meters is 3 miles", "what is it in the end"],
            ]
        ),
        (["회비 85,000원 여섯명이 나누면", "그럼 9만원이면?"], "15,000원"),
        (["회비 85,000원 여섯명이 나누면", "천원 단위로 맞춰서 걷으면?"], None),
        (
            [
                "dinner came to 187.30 for 4 of us, what does everyone owe",
                "round to the nearest 10 then",
            ],
            None,
        ),
        (["how many meters is 3 miles", "how much is that in feet"], "4,828.032 m = 15,840 ft"),
        (["how many meters is 3 miles", "convert that to feet"], "4,828.032 m = 15,840 ft"),
        (["회비 85,000원 여섯명이 나누면", "그럼 백원은?"], "17원"),
        (["convert 35 dollars at 1,380"], "48,300원"),
        (["시급 12000인데 야근은 1.5배, 4시간 야근하면 얼마 더 받아"], "72,000"),
        (["월세 50만원에서 5% 오르면 얼마 더 내"], "25,000원"),
    ]
)
