"""Wrong answers and declines of the calculator found by probing (wrongs61), fixed by family.

- An amount said to hold its rate ("115 includes 15% gst") is never the rate's base: 17.25
  for "…, excluding delivery" was 15% of 115; and a price asked without a thing that is not
  the rate ("배송비 빼면", "without the drinks") names a charge with no figure: declined
  (tools/calculator_rate_included.rate_said_included, other_thing_left_out).
- "54 after 8% tax, price before tax", "세금 8% 붙어서 54000원이면 세전": the amount is what
  the price came to with the rate on, so the price before it is 54 / 1.08 = 50 (was declined;
  tools/calculator_rate_included._INCLUDED's "after" and "붙어서"); pay after tax is tax
  taken off and stays unread.
- Stacked discounts in Korean: "10% 쿠폰" is a cut (was 10% of the price, 8,000원, after
  "거기서"); a follow-up pointing at the price by what it is ("그 할인된 가격에서", "할인가에서",
  "그 가격에서") is read as "거기서" (was declined); "20만원 코트 30% 세일 거기서 또 10%"
  points inside its own sentence; a bare "거기서 또 10%" is never a share; a further cut on a
  sale price whose own cut is unsaid ("8만원짜리 신발 세일가에 또 10% 할인") is declined.
- Found around them: "44 with 10% tax, before tax?" was 44 with the tax on (48.4), now
  declined; "… then another 10% off, original 150, final?" divided by the cuts (208.33) for
  an original said with its figure, now 108; "80 dollar meal with 15% tip, whats the tip" was
  the total (92), now the tip (12).
"""

from __future__ import annotations

import pytest

import tools.calculator as calculator
import tools.calculator_rate_included as rate_included
import tools.calculator_rates as rates
import tools.followup_edits as followup_edits
import tools.followup_said_plainly_49a as said_plainly
import tools.handler_references as handler_references
from tests.tools.rule_switch import (
    NEVER,
    both,
    narrowed,
    off,
    workload_answer,
    workload_read_only_by_their_rule,
)

_answer = workload_answer
_read_only_by_their_rule = workload_read_only_by_their_rule


_INCLUDED_OFF = both(
    off(rates, "USE_INCLUDED_NOT_BASE", False), off(rate_included, "USE_OTHER_LEFT_OUT", False)
)
_AFTER_OFF = narrowed(
    rate_included,
    "_INCLUDED",
    r"|\bafter(?=\s*(?:an?\s+|the\s+)?\d+(?:\.\d+)?\s*%)",
)
_STUCK_ON_OFF = narrowed(
    rate_included, "_INCLUDED", r"(?<=%)\s*(?:이|가)?\s*(?:붙어서", r"(?!x)x(?:붙어서"
)
_PRE_GST_OFF = narrowed(rate_included, "_ASKS_BEFORE", "|gst|hst|tip)", ")")
_COUPON_OFF = narrowed(rates, "_CUT", r"|쿠폰|off\b|discount|coupon|voucher", r"|off\b|discount")
_REPEATED_OFF = off(rates, "REPEATED_RATE", NEVER)
_RAISING_OFF = narrowed(rates, "_RISE", "|올리|올려|올린")
_STACKED_OFF = off(followup_edits, "STACKED_PERCENT", NEVER)
_UNPOINTED_OFF = off(said_plainly, "FURTHER_CUT_UNPOINTED", NEVER)
_POINTED_OFF = off(said_plainly, "PRICE_POINTED", NEVER)
_INSIDE_OFF = narrowed(
    handler_references,
    "_KO_OWN_AMOUNT_THEN_REFERENCE",
    r"|\d[^?!.。]*?\d\s*%\s*(?:할인|세일)\s*,?\s*거기(?:서|에서)(?![가-힣])",
)
_SALE_OFF = both(
    off(rates, "FURTHER_ON_SALE_PRICE", NEVER),
    off(calculator, "refuse_further_cut_on_unsaid_sale", lambda _text: None),
)
_WITH_CHARGE_OFF = off(rates, "USE_WITHOUT_CHARGE", False)
_ORIGINAL_OFF = off(rates, "USE_ORIGINAL_GIVEN", False)
_ALONE_OFF = off(rates, "USE_ADD_ON_ALONE", False)


test_included_rate_and_other_thing_left_out = _read_only_by_their_rule(
    [
        # An amount holding its rate, then something else left out: no figure for it.
        (["115 includes 15% gst, excluding delivery"], None, _INCLUDED_OFF),
        (["that 115 includes 15% gst, what is it excluding delivery"], None, _INCLUDED_OFF),
        (["230 includes 15% gst, excluding shipping"], None, _INCLUDED_OFF),
        (["my 540 quote includes 8% tax, excluding installation"], None, _INCLUDED_OFF),
        (["the 88 includes a 10% tip, without the drinks"], None, _INCLUDED_OFF),
        (["115 including 15% gst, price without delivery"], None, _INCLUDED_OFF),
        (["부가세 10% 포함 22만원인데 배송비 빼면"], None, _INCLUDED_OFF),
        (["수수료 5% 포함 42000원인데 택배비 빼고 얼마"], None, _INCLUDED_OFF),
        (["the 45 doesn't include 8% tax, excluding delivery"], None, _INCLUDED_OFF),
        (["the 115 includes 15% gst, what's it excluding gst and delivery"], None, _INCLUDED_OFF),
        (["부가세 10% 포함 22만원인데 부가세랑 배송비 빼면"], None, _INCLUDED_OFF),
        # Nor the amount with the included rate put on again, nor its share.
        (["i paid 99 with 10% tip included, the meal alone?"], None, _INCLUDED_OFF),
        # (A rate of a charge said included is declined by calc63's rule too: both off.)
        (
            ["the 230 with 15% gst included, whats it for the goods only"],
            None,
            both(_INCLUDED_OFF, off(rate_included, "USE_CHARGE_INCLUDED", False)),
        ),
        (["부가세 10% 포함 22만원인데 물건값만"], None, _INCLUDED_OFF),
    ]
)


test_amount_after_rate_put_on = _read_only_by_their_rule(
    [
        # The amount after the rate was put on: the price before it.
        (["54 after 8% tax, price before tax"], "50", _AFTER_OFF),
        (["paid 54 after 8% tax, what was it before tax"], "50", _AFTER_OFF),
        (["after 10% vat it came to 66, without vat?"], "60", _AFTER_OFF),
        (["paid 216 after 8% sales tax, what was the sticker price before tax"], "200", _AFTER_OFF),
        (["after a 15% tip the bill was 69, what was it before the tip"], "60", _AFTER_OFF),
        (["the bill came to 115 after 15% gst, how much before gst"], "100", _AFTER_OFF),
        (["after 10% service charge it was 110, without service charge"], "100", _AFTER_OFF),
        (["after 8% tax i paid 27, how much was the tax"], "2", _AFTER_OFF),
        (["after 5% gst i paid 21, pre-gst?"], "20", _PRE_GST_OFF),
        (["the 113 includes 13% hst, pre-hst?"], "100", _PRE_GST_OFF),
        (["세금 8% 붙어서 54000원이면 세전 얼마"], "50,000원", _STUCK_ON_OFF),
        (["부가세 10% 붙어서 33000원이면 부가세 빼면 얼마"], "30,000원", _STUCK_ON_OFF),
        (["팁 15% 붙어서 46000원 나왔는데 팁 빼면"], "40,000원", _STUCK_ON_OFF),
        (["세금 10% 붙은 가격이 55000원이면 세전 가격은"], "50,000원", _STUCK_ON_OFF),
    ]
)


_FIRST = "10만원짜리 20% 할인이면"


test_stacked_discounts = _read_only_by_their_rule(
    [
        # A percent coupon is a cut, first turn or after "거기서".
        (["10만원짜리 20% 할인에 그 가격에서 또 10% 쿠폰이면"], "72,000원", _COUPON_OFF),
        (["3만원짜리 셔츠에 15% 쿠폰 쓰면"], "25,500원", _COUPON_OFF),
        (["45000원 운동화 10% 쿠폰 적용하면"], "40,500원", _COUPON_OFF),
        (["a 120 jacket with a 10% coupon"], "108", _COUPON_OFF),
        (["8만원짜리 20% 세일", "거기서 5% 쿠폰 쓰면"], "60,800원", _COUPON_OFF),
        (["15만원에서 10% 할인에 또 5% 쿠폰"], "128,250원", _COUPON_OFF),
        ([_FIRST, "거기서 10% 쿠폰 쓰면"], "72,000원", _COUPON_OFF),
        ([_FIRST, "거기서 또 10% 쿠폰 쓰면"], "72,000원", _COUPON_OFF),
        (["a 120 jacket 25% off, then a 10% coupon on it"], "81", _COUPON_OFF),
        # The previous price pointed at by what it is: "거기서".
        ([_FIRST, "그 할인된 가격에서 만원 쿠폰 쓰면"], "70,000원", _POINTED_OFF),
        ([_FIRST, "그 가격에서 또 10% 할인하면"], "72,000원", _POINTED_OFF),
        ([_FIRST, "그 가격에서 10% 할인하면"], "72,000원", _POINTED_OFF),
        ([_FIRST, "할인가에서 또 5% 쿠폰 쓰면"], "76,000원", _POINTED_OFF),
        ([_FIRST, "세일가에서 또 10% 쿠폰 쓰면"], "72,000원", _POINTED_OFF),
        ([_FIRST, "그 가격에서 5천원 더 깎으면"], "75,000원", _POINTED_OFF),
        ([_FIRST, "그 금액에서 만원 쿠폰 쓰면"], "70,000원", _POINTED_OFF),
        (["운동화 8만원 25% 세일", "그 세일된 가격에서 3천원 쿠폰 쓰면"], "57,000원", _POINTED_OFF),
        # A cut said as a noun, then "거기서" in the same sentence.
        (["20만원 코트 30% 세일 거기서 또 10% 할인"], "126,000원", _INSIDE_OFF),
        (["20만원 코트 30% 세일 거기서 10% 더 할인"], "126,000원", _INSIDE_OFF),
        (["6만원 가방 15% 할인, 거기서 추가 10% 할인"], "45,900원", _INSIDE_OFF),
        # "또 10%" with no cut said repeats the earlier move: never a share.
        ([_FIRST, "거기서 또 10%"], None, _REPEATED_OFF),
        (["5만원에서 또 10%"], None, _REPEATED_OFF),
        # One more cut said with no pointer: on the result.
        (["12만원 자켓 25% 할인", "또 10% 할인되면"], "81,000원", _UNPOINTED_OFF),
        (["12만원 자켓 25% 할인", "10% 쿠폰도 쓰면"], "81,000원", _UNPOINTED_OFF),
        (["12만원 자켓 25% 할인", "추가로 5% 깎으면"], "85,500원", _UNPOINTED_OFF),
        (["4만원 티셔츠 30% 세일", "그럼 또 10% 쿠폰 쓰면"], "25,200원", _UNPOINTED_OFF),
        (["9만원 청바지 10% 할인", "20% 쿠폰도 쓰면"], "64,800원", _UNPOINTED_OFF),
        # "another 10% coupon" is one more cut, never the first replaced (was 108).
        (["a 120 jacket 25% off", "what if i use another 10% coupon"], None, _STACKED_OFF),
        (["a 200 coat 30% off", "what if i get an extra 15% off"], None, _STACKED_OFF),
        (["80 shoes 10% off", "what about 20% off on top"], None, _STACKED_OFF),
        # A raise by a verb of raising: the amount raised, never its share (was 12,800원).
        (["8만원짜리 20% 세일", "그 가격에서 20% 더 올리면"], "76,800원", _RAISING_OFF),
        (["월세 60만원인데 내년에 5% 올려 받으면"], "630,000원", _RAISING_OFF),
        (["12만원 자켓 25% 할인", "거기서 10% 올린 가격은"], "99,000원", _RAISING_OFF),
        # A further cut on a sale price whose own cut is unsaid.
        (["8만원짜리 신발 세일가에 또 10% 할인"], None, _SALE_OFF),
        (["정가는 12만원인데 세일가에서 또 10% 할인"], None, _SALE_OFF),
        (["60 jacket, another 10% off the sale price"], None, _SALE_OFF),
    ]
)


test_found_around = _read_only_by_their_rule(
    [
        # A rate put on the amount, the price without it asked: never the amount with it.
        # ("the price with 10% tax is 44, price without tax?" is 40 since round 62: "with N%
        # X is A" says A holds the rate, test_merge_fixes_62z.)
        (["44 with 10% tax, before tax?"], None, _WITH_CHARGE_OFF),
        (["a 30 ticket with a 10% booking fee, how much without the fee"], None, _WITH_CHARGE_OFF),
        # An "original" said with its figure is given, not asked.
        (["got 20% off then another 10% off, original 150, final?"], "108", _ORIGINAL_OFF),
        (["originally 80, 25% off, how much now"], "60", _ORIGINAL_OFF),
        (["the original was 120, 30% off then 10% off, what now"], "75.6", _ORIGINAL_OFF),
        (["originally 150 then 20% off and another 10% off"], "108", _ORIGINAL_OFF),
        (["original price 200, 25% off, what do i pay"], None, _ORIGINAL_OFF),
        # The add-on alone asked after "with": its share, not the total.
        (["80 dollar meal with 15% tip, whats the tip"], "$12.00", _ALONE_OFF),
        (["a 250 hotel with 12% tax, whats the tax"], "30", _ALONE_OFF),
        (["150 bill with an 18% tip, what's my tip"], "27", _ALONE_OFF),
    ]
)


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        # The rate itself left out, or its share asked: read as before.
        (["that 115 includes 15% gst, what is it excluding gst"], "100"),
        (["115 includes 15% gst, price excluding gst"], "100"),
        (["the 230 includes 15% gst, how much is the gst"], "30"),
        (["부가세 10% 포함 22만원인데 부가세 빼면"], "200,000원"),
        (["total 108 with 8% tax incl, pre-tax?"], "100"),
        (["부가세 포함 11만원인데 배송비 빼면"], None),
        # Pay after tax is tax taken off; "after adding" puts it on 54; the total asked.
        (["i take home 3000 after 20% tax, what is it before tax"], None),
        (["my salary is 3000 after 20% tax, before tax?"], None),
        (["earned 800 after 10% tax, before tax?"], None),
        (["after adding 8% tax to 54, what was it before tax"], None),
        (["what's 54 after 8% tax"], "58.32"),
        (["54000원에 세금 8% 붙으면 세전은"], None),
        (["after 20% off it was 80, what was it before the discount"], "100"),
        # Two items each with its own discount are not stacked; a choice is not a chain.
        (["각각 10%, 20% 할인되는 두 상품"], None),
        (["10% 할인 또는 5천원 쿠폰 중 뭐가 나아? 3만원짜리"], None),
        (["8만원짜리 신발 25% 세일하는데 세일가에 또 10% 할인되면 얼마"], "54,000원"),
        ([_FIRST, "10% 할인하면"], "90,000원"),
        (["a 120 jacket 25% off", "what if it was 10% off"], "108"),
        (["a 120 jacket 25% off", "10% off on top of that"], "81"),
        (["12만원 자켓 25% 할인", "20%면"], "96,000원"),
        (["12만원 자켓 25% 할인", "만원 쿠폰도 쓰면"], "80,000원"),
        (["월급 300만원에서 10% 저축", "또 10% 저축하면"], None),
        ([_FIRST, "그 가격에서 3명이 나누면"], "26,667원"),
        # The tip asked with the total, and a tip on its amount.
        (["dinner 80 plus 15% tip, total?"], "92"),
        (["99 with a 10% tip, total?"], "108.9"),
        (["55 with 10% tax included, before tax?"], "50"),
        (["what's a 15% tip on 80 including tax"], "12"),
        (["80달러에 팁 15% 주면 총"], "$92.00"),
        (["30% 할인해서 56000원이면 원래 가격"], "80,000원"),
        (["원래 가격 8만원인데 20% 할인하면"], "64,000원"),
        (["5만원짜리 10% 할인받고 할인가에서 또 20% 쿠폰 쓰면"], "36,000원"),
        (["a 200 dinner with a 10% service charge, how much is the service charge"], "20"),
        (["주문 3만원에 수수료 5% 붙으면 수수료는 얼마"], "1,500원"),
        (["96 after 25% off, what was the original"], "128"),
    ],
)
def test_near_misses_stay(turns: list[str], expected: str | None) -> None:
    assert _answer(turns) == expected
