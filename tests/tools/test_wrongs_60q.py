"""Seven wrong answers of the calculator found by probing (wrongs60), fixed by family.

- A charge said to sit outside the amount ("doesn't include 8% tax", "plus 8% tax",
  "부가세 10% 붙으면") with the price without it asked: the amount is that price, so neither
  its share (3.6) nor the amount divided by the charge (41.67) answers; declined
  (tools/calculator_charges_outside_60q, tools/calculator_rates.USE_WITHOUT_CHARGE).
- "115 includes 15% gst, whats it excluding the gst": the "excluding" asked after the
  "including" and the rate is the price asked, never the rate left out (115 / 1.15 = 100;
  tools/calculator_rate_included.EXCLUSION_ASKED).
- A period asked of each one's part of an amount paid once ("dinner was 90, split 3 ways,
  … a year", "한명당 매달 얼마? 5만원 보증금도"): declined, never the split alone
  (tools/calculator_charges_outside_60q.refuse_period_of_one_off).
"""

from __future__ import annotations

import tools.calculator_rate_included as rate_included
import tools.calculator_rates as rates
import tools.handler_calculation as handler_calculation
from tests.tools.rule_switch import (
    NEVER,
    answers_stay,
    both,
    declined_by,
    narrowed,
    never,
    off,
    read_by,
    turns_read_only_by_their_rule,
)

_CHARGE_OFF = off(rates, "USE_WITHOUT_CHARGE", False)
_EXCLUDING_OFF = off(rate_included, "EXCLUSION_ASKED", NEVER)
_ONE_OFF_OFF = off(handler_calculation, "refuse_period_of_one_off", never)
_DOESNT = r"|\b(?:does|do|did|is|was|are|were)nt"
_DOESNT_OFF = both(
    narrowed(rate_included, "_DENIED_BEFORE", _DOESNT),
    narrowed(rate_included, "_LEFT_OUT_OR_ADDED", _DOESNT + r"\b"),
)

# The price without a charge said to be outside the amount: declined.
test_price_without_charge_outside = turns_read_only_by_their_rule(
    declined_by(
        _CHARGE_OFF,
        [
            ["the 45 doesn't include 8% tax, price before tax?"],
            ["the 60 does not include the 5% sales tax, whats the price without tax"],
            ["the 200 excludes 10% gst, what's it before gst"],
            ["45 plus 8% tax, what's the price before tax"],
            ["80 plus 15% tip, what was the price before the tip"],
            ["that 250 plus 10% vat, price before vat?"],
            ["a 30 meal plus 20% service charge, whats the price without the service charge"],
            ["45달러에 세금 8% 별도면 세전 가격은"],
            ["부가세 10% 별도 20만원이면 공급가는"],
            ["20만원에 부가세 10% 붙으면 부가세 빼면 얼마"],
            ["5만원에 팁 10% 더하면 팁 빼고 얼마"],
        ],
    )
)
# "doesnt" typed without its apostrophe denies the "include" too.
test_doesnt_denies_include = turns_read_only_by_their_rule(
    declined_by(
        _DOESNT_OFF,
        [
            ["my 120 quote doesnt include 10% vat, what is it before vat"],
        ],
    )
)

# The price excluding an included rate, asked after the "including" and the rate.
test_excluding_asked = turns_read_only_by_their_rule(
    read_by(
        _EXCLUDING_OFF,
        [
            (["that 115 includes 15% gst, whats it excluding the gst"], "100"),
            (["the 220 includes 10% vat, how much is it excluding vat"], "200"),
            (["my 54 ticket includes 8% tax, what is it ex tax"], "50"),
            (["a 92 bill incl. 15% tip, whats it excluding the tip"], "80"),
            (["the 330 includes 10% gst, what's that excluding gst"], "300"),
        ],
    )
)

# A period asked of each one's part of an amount paid once: declined.
test_period_of_one_off = turns_read_only_by_their_rule(
    declined_by(
        _ONE_OFF_OFF,
        [
            ["dinner was 90, split 3 ways, what do we each pay a year"],
            ["lunch came to 84, split 4 ways, how much each per month"],
            ["the cab was 60, split between 3 of us, how much each a month"],
            ["회식비 30만원 다섯명이 나누면 한명당 매달 얼마"],
            ["보증금 50만원 둘이 나누면 한명당 매달 얼마"],
            ["저녁값 12만원 셋이 나누면 한명당 일년에 얼마"],
            ["택시비 3만원 둘이 나누면 한명당 매달 얼마"],
            ["월세 62만원이면 일년에 얼마", "셋이 같이 살면 한명당 매달 얼마? 5만원 보증금도"],
            [
                "월세 55만에 관리비 7만원 일년 내면 총 얼마",
                "셋이 같이 살면 한명당 매달 얼마? 5만원 보증금도",
            ],
        ],
    )
)

# Near misses: the readings around the rules, unchanged.
test_near_misses_stay = answers_stay(
    [
        (["the 45 includes 8% tax, price before tax?"], "41.6666666667 (≈ 41.67)"),
        (["45 plus 8% tax, whats the total"], "48.6"),
        (["the 45 doesn't include 8% tax, whats the total"], "48.6"),
        (["the price went up 8% to 54, what was the price before"], "50"),
        (["the 88 dollar total includes a 10% tip, what was the tip"], "$8.00"),
        (["부가세 포함 11만원이면 부가세 빼면"], "100,000원"),
        (["봉사료 10% 포함 33000원이면 봉사료 빼면 얼마"], "30,000원"),
        (["세금 별도 45달러면 세전은"], None),
        (["the 115 excluding 15% gst, what is it including gst"], None),
        (["dinner was 90, split 3 ways"], "30"),
        (["dinner was 90 a month each, split 3 ways, what do we each pay a year"], "360"),
        (["gym is 45 a month, split 3 ways, how much each per month"], "15"),
        (["rent is 1200 a month split 3 ways how much each per month"], "400"),
        (["월세 62만원이면 일년에 얼마", "셋이 같이 살면 한명당 매달 얼마?"], "206,667원"),
        # A third turn after a fee waiver, a new monthly price: declined, never a count.
        (
            [
                "gym is 35 a month plus a 60 signup fee, whats the first year",
                "what if it was 40/month and they waived the signup fee",
                "it was 50 a month",
            ],
            None,
        ),
    ]
)


# 공급가 said with its amount is the price given, not the price asked (set 46's first turn
# was declined by the charge rule until the amount after 공급가 was read as the given).
test_supply_price_given_is_read = answers_stay(
    [
        (["공급가250만원에 부가세10%붙이면 총 얼마받아야돼"], "2,750,000원"),
        (["공급가 이백만원에 부가세 10% 붙이면 총액은"], "2,200,000원"),
        (["공급가 80만원 부가세 10% 더하면 얼마"], "880,000원"),
    ]
)
