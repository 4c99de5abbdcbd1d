"""Open calculation forms of set 49 closed in code (calc57b), pinned with inputs of their
own (none is a case file's ask).

Readers, each in its family: spans of hours and minutes summed with the total asked
(tools.calculator_spans_total_57b, from the spans branch of tools.calculator_expression);
an amount-off coupon before tax as a follow-up (tools.followup_off_before_tax_49b); a
per-litre discount and a one-line coupon dropped (tools.followup_discount_dropped); a rate
taken off then a share of the rest (tools.calculator_share_of_rest_57b) and a bare percent
after it (tools.followup_share_of_rest_57b); a percent coupon on one line of a bill
(tools.calculator_coupon_on_one_line_57b); a counted ingredient beside a scaled recipe, and
"recipe for N" as its servings (tools.calculator_recipe_scaled). Every case is answered
with its rule on, and otherwise with it switched off.
"""

from __future__ import annotations

import tools.calculator_coupon_on_one_line_57b as line_coupon
import tools.calculator_recipe_scaled as recipe
import tools.calculator_share_of_rest_57b as share_of_rest
import tools.calculator_spans_total_57b as spans_total
import tools.followup_discount_dropped as dropped
import tools.followup_off_before_tax_49b as off_before_tax
import tools.followup_share_of_rest_57b as share_followup
from tests.tools.rule_switch import NEVER, SwitchOff, answers_stay, narrowed, never, off
from tests.tools.rule_switch import turns_read_only_by_their_rule as _read_only

_SALARY = "용돈 50만원 받으면 세금 10% 빼고 나머지의 20% 저축하면 얼마"
_CHICKEN = "치킨값 2만원 배달비 4천원인데 치킨값에만 10% 쿠폰 적용하면 총 얼마야"
_FUEL = "경유 1,580원인데 리터당 80원 빠지는 카드로 50리터 넣으면 얼마"
_LAPTOP = "laptop is 1200 and sales tax is 10%. total?"
_STEW = "the recipe is for 6 and uses 3 onions and 450 g beef, making it for 4. how much beef"
_KILL_COUPON_USED = "|(?:(?:what\\s+)?if\\s+(?:i|we)\\s+|with\\s+)"
_KILL_RECIPE_FOR = "|\\brecipe\\s+(?:is\\s+)?for"

_CASES: list[tuple[list[str], str | None, SwitchOff]] = [
    # Spans summed, the total asked at the end: 80 + 170 minutes; 200 + 115.
    (
        ["1 hr 20 min and 2 hrs 50 min. total?"],
        "250 min (4 h 10 min)",
        off(spans_total, "_TOTAL_ASKED", NEVER),
    ),
    (
        ["3시간 20분이랑 1시간 55분 합치면"],
        "315 min (5시간 15분)",
        off(spans_total, "_TOTAL_ASKED", NEVER),
    ),
    # An amount-off coupon used before tax: (1200 - 100) x 1.1; (1200 - 30) x 1.1.
    (
        [_LAPTOP, "what if we apply a 100 dollar voucher before tax"],
        "1,210",
        narrowed(off_before_tax, "_OFF", _KILL_COUPON_USED, "|(?!x)x" + _KILL_COUPON_USED[1:]),
    ),
    (
        [_LAPTOP, "with a $30 coupon before tax?"],
        "1,287",
        narrowed(off_before_tax, "_OFF", _KILL_COUPON_USED, "|(?!x)x" + _KILL_COUPON_USED[1:]),
    ),
    # A per-litre discount dropped: 1,580 x 50; 1,700 x 30.
    ([_FUEL, "카드 할인 못 받으면?"], "79,000원", off(dropped, "_per_litre_dropped", never)),
    (
        ["기름값 1700원 30리터 넣는데 리터당 100원 할인되면 얼마야", "할인 안되면"],
        "51,000원",
        off(dropped, "_per_litre_dropped", never),
    ),
    # A rate taken off, then a share of the rest: 500,000 x 0.9 x 0.2; 5,000 x 0.78 x 0.3.
    ([_SALARY], "90,000원", off(share_of_rest, "_KO", NEVER)),
    (
        ["after 22% tax on 5000, i put 30% of what's left into savings. how much is that"],
        "1,170",
        off(share_of_rest, "_EN", NEVER),
    ),
    # ... then a bare percent changes the share (500,000 x 0.9 x 0.25), never the rate off.
    ([_SALARY, "25%면?"], "112,500원", off(share_followup, "share_of_rest_after_rate", never)),
    # A percent coupon on one line, the other lines whole: 20,000 x 0.9 + 4,000; 40 x 0.75 + 6.
    ([_CHICKEN], "22,000원", off(line_coupon, "COUPON_ON_ONE_LINE_KO", NEVER)),
    (
        ["food is 40 and delivery is 6, 25% off the food only, how much do i pay"],
        "36",
        off(line_coupon, "_COUPON_ON_ONE_LINE_EN", NEVER),
    ),
    # ... and that coupon dropped: 20,000 + 4,000.
    (
        [_CHICKEN, "쿠폰 기간 지나서 못 쓴대"],
        "24,000원",
        off(dropped, "_line_coupon_dropped", never),
    ),
    # A counted ingredient beside the one asked: 450 / 6 x 4 g; then the onions, 3 / 6 x 4.
    ([_STEW], "300 g", off(recipe, "_COUNTED_EN", NEVER)),
    ([_STEW, "onions?"], "2 onions", off(recipe, "_COUNTED_EN", NEVER)),
    # "recipe for N" is the recipe's servings: 200 / 4 x 6 ml.
    (
        ["recipe for 4 needs 300g pasta and 200 ml cream, cooking for 6. how much cream"],
        "300 ml",
        narrowed(recipe, "_BASE_EN", _KILL_RECIPE_FOR, "|(?!x)x" + _KILL_RECIPE_FOR[1:]),
    ),
]

test_read_only_by_its_rule = _read_only(_CASES)

test_readings_around_stay = answers_stay(
    [
        # A total beside a rate, not spans: the tax kept; spans with a rate: unread here.
        ([_LAPTOP], "1,320"),
        (["2 hrs 45 mins plus 1 hr 50 mins at 20 an hour, total?"], None),
        # What is left after the share asked instead of the share: unread.
        (["월급 320만원에서 9.4% 떼고 남은거의 40% 저축하면 나머지는 얼마"], None),
        # The deduction named in the follow-up: that rate changes (500,000 x 0.85 x 0.2).
        ([_SALARY, "세금 15%면?"], "85,000원"),
        # A coupon on one line, then split: another question, unread by the line reader.
        (["음식값 28000원 배달팁 3000원인데 음식값에만 20%할인쿠폰 쓰면 2명이 나누면 얼마"], None),
        # "카드 없으면" names no discount: unread.
        ([_FUEL, "카드 없으면"], None),
    ]
)
