"""Wrong or ugly calculations found on main 79bfd304 (calc65), fixed by the role of each figure.

- tools.calculator_rates: a figure that names a thing ("4대보험", "1층", "3월", "3학년") is
  no amount: "4대보험 9% 더 떼면" asked alone was 3.64 (4 less 9%), a previous result
  invented; a rate with 더 and a verb that neither cuts nor raises ("10% 더 내면") no
  longer reads as the share (50,000원 for "월세 50만원인데 10% 더 내면 얼마").
- tools.rate_charged_separately: a rate beside a charge said separate whose own rate is
  never said ("부가세 별도 5만원, 팁 10%면 얼마": 5,000원; "… 팁 10% 주면 총 얼마": 55,000원,
  the tax left out) declines; the other charge asked alone still reads.
- tools.calculator_cents_implied: a figure in cents split some ways is a bill shared, shown
  to the cent ("95.30 split 7 ways" was "13.6142857143 (≈ 13.61)", and a tip on it in a
  follow-up "24.9275").
"""

from __future__ import annotations

import tools.calculator_cents_implied as cents
import tools.calculator_rates as rates
import tools.rate_charged_separately as separately
from tests.tools.rule_switch import (
    NEVER,
    answers_stay,
    declined_by,
    narrowed,
    off,
    read_by,
    turns_read_only_by_their_rule,
    unread,
)

_LABEL = off(rates, "USE_LABEL_FIGURE", False)
_MORE = off(rates, "RATE_THEN_MORE", NEVER)
_UNRATED = off(separately, "USE_UNRATED_CHARGE", False)
_SPLIT_WAYS = narrowed(
    cents,
    "_MONEY",
    r"|\bsplit\s+(?:it\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+ways\b",
)

test_wrongs_read_only_by_their_rule = turns_read_only_by_their_rule(
    [
        # A figure naming a thing: declined when it is the only figure beside the rate …
        *declined_by(
            _LABEL,
            [
                ["4대보험 9% 더 떼면"],
                ["4대보험 9.4% 떼면"],
                ["1층 월세 5% 오르면"],
                ["3월 관리비 10% 할인하면"],
                ["3학년 등록금 5% 인상되면"],
            ],
        ),
        # … and the amount beside it read once the label is no longer a second figure.
        *read_by(_LABEL, [(["4대 보험 9% 떼고 월급 280만원이면 실수령"], "2,548,000원")]),
        # A rate with 더 and no cut or rise: the new amount or the extra, unsaid.
        *declined_by(
            _MORE,
            [
                ["월세 50만원인데 10% 더 내면 얼마"],
                ["월급 250만원에서 5% 더 받으면"],
                ["용돈 3만원인데 20% 더 주면"],
                ["보증금 1000만원에 10% 더 넣으면"],
                ["관리비 15만원인데 30% 더 내면"],
            ],
        ),
        # A charge said separate with no rate of its own beside another rate.
        *declined_by(
            _UNRATED,
            [
                ["부가세 별도 5만원, 팁 10%면 얼마"],
                ["부가세 별도 5만원 팁 10% 주면 총 얼마"],
                ["세금 별도 12만원인데 봉사료 10% 붙으면 총"],
                ["VAT 별도 12만원, 서비스차지 10%면"],
                ["the meal was 80 plus tax, and tip 15%, total?"],
                ["배달비 따로 2만8천원, 팁 15% 주면 얼마"],
                # (A charge other than the tax unrated, whatever the tax's rate.)
                ["음식값 4만원 봉사료 별도, 부가세 10%면 얼마"],
                ["배달비 따로, 치킨 2만원 부가세 10% 붙으면"],
            ],
        ),
        # A figure in cents split some ways: a bill, to the cent, and so a chain on it.
        *read_by(
            _SPLIT_WAYS,
            [
                (["95.30 split 7 ways"], "13.61"),
                (["47.25 split four ways"], "11.81"),
                (["84.50 split 4 ways", "and with 18% tip?"], "24.93"),
                (["95.30 split 7 ways", "add 10% tip to that"], "14.98"),
                (["62.15 split 6 ways", "times 2"], "20.72"),
            ],
        ),
    ]
)

test_near_misses_stay = answers_stay(
    [
        (["월급 300만원에서 4대보험 9% 떼면"], "2,730,000원"),
        (["연봉 4200만원에서 4대보험 8.5% 떼면 얼마"], "38,430,000원"),
        (["31.40 split 3 ways", "plus 20%"], "12.56"),
        (["50만원에 10% 더하면"], "550,000원"),
        (["월세 50만원에서 10% 더 올리면"], "550,000원"),
        (["부가세 별도 11만원인데 세율 10%면 얼마"], "121,000원"),
        (["부가세 따로 8만원, 10%면 얼마 내야돼"], "88,000원"),
        (["공급가 850만원 부가세 별도면"], "9,350,000원"),
        (["부가세 별도 5만원, 팁 10%면 팁은 얼마"], "5,000원"),
        (["the meal was 80 plus tax, 15% tip, whats the tip"], "12"),
        (["100 split 3 ways"], "33.3333333333 (≈ 33.33)"),
        (["12.50 kg split 3 ways"], "4.1667 kg"),
        *unread(
            [
                ["그럼 세금 3.3% 떼면"],
                ["and with 15% off?"],
                ["what if tax is 8%"],
                ["거기서 20% 할인하면"],
                ["2번째 달 20% 할인되면"],
                ["국밥 9000원 2인분 10% 더 주면"],
            ]
        ),
    ]
)
