"""Open markers of set 49's English turns closed by WIDENING set 48's readers (opens58e).

Every form is pinned with at least five wordings of its own (none is the case file's; other
verbs, word orders, chat spellings) and two near misses (the same words, another meaning)
that must stay unread. Each variant is answered with its rule on and otherwise with it
switched off.

Forms: a percent then an amount off by a code, in the order said, and its swap; a span
between two am/pm times said with an arrival verb; a span from a stated today; "buy N get M
free" in English; an amount raised by a percent then an add-on, and the add-on given up; a
tip on the part of a bill left after a named part, and its total; a conversion fee said "on
top"; whole packs for a count needed.
"""

from __future__ import annotations

import pytest

import tools.calculator as calculator
import tools.calculator_bundle_free as bundle
import tools.calculator_readers_57e as readers_57e
import tools.currency_fee as currency_fee
import tools.dates_clock_span_en as clock_span_en
import tools.dates_restated_labels as date_labels
import tools.planner as planner
from tests.tools.rule_switch import NEVER, SwitchOff, answer_to, never, off, without_change
from tests.tools.rule_switch import turns_read_only_by_their_rule as _read_only
from tools.calculator_discount_then_coupon import coupon_order_en
from tools.followup_rules_57e import coupon_order_swapped_en
from tools.followup_rules_58e import add_on_given_up, total_with_part_tip

_NO_COUPON = off(calculator, "discount_and_coupon_en", never)
_NO_SPAN = off(clock_span_en, "_SPAN", NEVER)
_NO_TODAY_SPAN = off(date_labels, "_SPAN_FROM_TODAY_SAID_EN", ())
_NO_BUNDLE_EN = off(bundle, "BUNDLE_EN", NEVER)
_NO_RAISE_ADD = off(calculator, "raise_then_add_expression", never)
_NO_PART_TIP = off(calculator, "tip_on_part_of_bill", never)
_NO_FEE_WAY = off(currency_fee, "_way_said", never)
_NO_PACKS = off(readers_57e, "packs_for_count_en", never)

_BOOTS = (
    "the boots are 220 dollars, 30% off, then an extra 20 bucks off using my discount code, "
    "final price?"
)
_HOODIE = "a hoodie costs 64 with 25% off, and then i knock 10 off with a coupon code. how much"
_RENT = "my rent of 1,200 is going up 5%, plus 50 for storage, what will i pay"
_GYM = "the gym is 60 a month, increasing by 8% then they add a 12 towel fee, how much now"
_TAB = "our tab came to 95, and 25 of it was drinks. tipping 18% not on the drinks, whats the tip"

_CASES: list[tuple[list[str], str | None, SwitchOff]] = [
    # A percent then an amount off by a code: 220 x 0.7 - 20; 64 x 0.75 - 10; 480 x 0.85 - 40;
    # 300 x 0.8 - 25; 90 x 0.9 - 15.
    ([_BOOTS], "$134.00", _NO_COUPON),
    ([_HOODIE], "38", _NO_COUPON),
    (
        ["the bike is $480 at 15% off and then 40 more off with the promo. what do i pay"],
        "$368.00",
        _NO_COUPON,
    ),
    (
        ["the tent is 300 and there's 20% off, then a further 25 off via a voucher. price?"],
        "215",
        _NO_COUPON,
    ),
    (["lamp was 90, 10% off and then another 15 off w/ a code, total?"], "66", _NO_COUPON),
    # ... the code first: (220 - 20) x 0.7; (64 - 10) x 0.75.
    ([_BOOTS, "what if the code goes on first"], "140", without_change(coupon_order_swapped_en)),
    ([_HOODIE, "other way round?"], "40.5", without_change(coupon_order_swapped_en)),
    # am/pm times with an arrival verb, a length asked of the ride.
    (
        ["the bus departs 10:30pm, arrives 6:10am. how long will we be on the bus"],
        "7 hours 40 minutes (7.66667 h)",
        _NO_SPAN,
    ),
    (
        ["red-eye takes off at 11:55 pm and lands 5:20 am, how long is the flight"],
        "5 hours 25 minutes (5.41667 h)",
        _NO_SPAN,
    ),
    (
        ["ferry leaves 9:15pm and we get in around 1:40am how long are we on board"],
        "4 hours 25 minutes (4.41667 h)",
        _NO_SPAN,
    ),
    (["from 11:47pm thru 7:05am, whats the travel time"], "7 hours 18 minutes (7.3 h)", _NO_SPAN),
    (
        ["overnight bus 11:30pm to 7am, how long is the ride"],
        "7 hours 30 minutes (7.5 h)",
        _NO_SPAN,
    ),
    # A span from a stated today.
    (
        ["it's march 1 2031 today - what's the date in 10 days"],
        "Tuesday, March 11, 2031",
        _NO_TODAY_SPAN,
    ),
    (
        ["what day will it be 3 weeks out if today is jan 9 2030"],
        "Wednesday, January 30, 2030",
        _NO_TODAY_SPAN,
    ),
    (
        ["today's oct 12 2029 so what date is 45 days from today?"],
        "Monday, November 26, 2029",
        _NO_TODAY_SPAN,
    ),
    (
        ["its december 20 2030, which date is it in 2 months"],
        "Thursday, February 20, 2031",
        _NO_TODAY_SPAN,
    ),
    (
        ["today is may 5 2030, what date was it 100 days ago"],
        "Friday, January 25, 2030",
        _NO_TODAY_SPAN,
    ),
    # "buy N get M free": 8 socks at 3+1 pay 6; bogo 5 pay 3; 9 at 3-for-2 pay 6; 10 at 2+1 pay 7.
    (["the socks are $4 a pair, buy 3 get 1 free. how much for 8"], "$24.00", _NO_BUNDLE_EN),
    (["candles are bogo, 12.99 each, im buying 5, total?"], "$38.97", _NO_BUNDLE_EN),
    (["chips: 3 for the price of 2, 2.49 each, i need 9 bags. how much"], "$14.94", _NO_BUNDLE_EN),
    (
        ["pens are buy two, get one free at 1.20 apiece and i want 10. total?"],
        "$8.40",
        _NO_BUNDLE_EN,
    ),
    (["soap is 2.50 a bar, buy 4 get 2 free, getting 12, what do i pay"], "$20.00", _NO_BUNDLE_EN),
    # An amount raised by a percent then an add-on: 1200 x 1.05 + 50; 60 x 1.08 + 12; ...
    ([_RENT], "1,310", _NO_RAISE_ADD),
    ([_GYM], "76.8", _NO_RAISE_ADD),
    (
        [
            "phone plan costs 40, they're bumping it up 10% and there's an extra 5 for "
            "insurance. new bill?"
        ],
        "49",
        _NO_RAISE_ADD,
    ),
    (
        [
            "daycare is at 900, it goes up 3% and then they're charging 25 for meals. new "
            "monthly cost?"
        ],
        "952",
        _NO_RAISE_ADD,
    ),
    (["the fee is 200, hiked 10% and adding 15 for admin, new fee?"], "235", _NO_RAISE_ADD),
    # ... the add-on given up: the raise alone.
    ([_RENT, "what if i give up the storage unit"], "1,260", without_change(add_on_given_up)),
    ([_GYM, "what if i ditch the towel thing"], "64.8", without_change(add_on_given_up)),
    ([_RENT, "no storage for me"], "1,260", without_change(add_on_given_up)),
    # A tip on the part of a bill left after a named part: 70 x 18%; 180 x 15%; ...
    ([_TAB], "12.6", _NO_PART_TIP),
    (
        [
            "check is $240 and 60 of that went on alcohol, we leave 15% excluding the alcohol, "
            "how much is the tip"
        ],
        "27",
        _NO_PART_TIP,
    ),
    (
        ["the bill was 126.50, 30 of it was beer, 20% tip on the food only. total?"],
        "145.8",
        _NO_PART_TIP,
    ),
    (
        [
            "total is 300, 80 of that is wine, want to tip 10 percent just on the rest. what's "
            "the tip"
        ],
        "22",
        _NO_PART_TIP,
    ),
    (
        ["bill came to 150, 50 of it was cocktails, 20% tip on the food part only, total?"],
        "170",
        _NO_PART_TIP,
    ),
    # ... and the total asked after the tip: 95 + 12.6.
    ([_TAB, "ok and the total with it?"], "107.6", without_change(total_with_part_tip)),
    # A conversion fee said with its way: added on top.
    (
        ["converting 500 dollars at 1,380 won per dollar plus a 1.5% fee, how many won is that"],
        "700,350원",
        _NO_FEE_WAY,
    ),
    (
        ["i wire 1,000 usd at 1400 won a dollar, the bank charges 3% extra, total in won?"],
        "1,442,000원",
        _NO_FEE_WAY,
    ),
    (
        [
            "exchange 300 usd, 1 usd = 1,350 won, there's a 2% commission on top, how much won "
            "all up"
        ],
        "413,100원",
        _NO_FEE_WAY,
    ),
    (
        [
            "sending 200 usd, rate 1,400 won per dollar, with an extra 1% fee, how many won "
            "altogether"
        ],
        "282,800원",
        _NO_FEE_WAY,
    ),
    (
        ["changing 600 dollars to euros at 0.92 and the booth takes a 3% fee off, how many euros"],
        "€535.44",
        _NO_FEE_WAY,
    ),
    # ... in Korean, "더" or "추가로" after the fee: 417,000 x 1.02; 300,000 x 1.015.
    (
        ["1달러에 1,390원이고 수수료 2% 더 붙으면 300달러 바꾸는데 원화로 얼마야"],
        "425,340원",
        _NO_FEE_WAY,
    ),
    (
        ["유로당 1500원인데 200유로 환전하면 수수료 1.5% 추가로 붙어 총 얼마야"],
        "304,500원",
        _NO_FEE_WAY,
    ),
    # Whole packs for a count needed: 4 x 3.49; 4 x 5.99; 4 x 4.50; 4 packs.
    (
        ["a pack of 8 hot dog buns costs 3.49, we need 30 buns, how much will that be"],
        "$13.96",
        _NO_PACKS,
    ),
    (
        ["juice boxes come in 10-packs for 5.99, i have to buy 36 for the party, total?"],
        "$23.96",
        _NO_PACKS,
    ),
    (
        ["eggs are sold in 12-packs at 4.50 and i need 40 eggs how much do i spend"],
        "$18.00",
        _NO_PACKS,
    ),
    (["a six-pack of soda is 7.25, need 20 cans. how many packs do i need"], "4", _NO_PACKS),
    (
        ["8-pack of batteries is 9.99, i need 20 batteries, what does that cost"],
        "$29.97",
        _NO_PACKS,
    ),
]

test_forms_read_in_wordings_of_their_own = _read_only(_CASES)


@pytest.mark.parametrize(
    "turns",
    [
        # Coupon: a count besides the three figures.
        [
            "2 jackets are 140 bucks each, 25% off and then another 15 off with a promo code. "
            "what do i pay"
        ],
        # Span: another trip asked; the span repeated over nights.
        ["train leaves 11:47pm and gets in at 7:05am, how long is the drive to the station"],
        ["train leaves 11:47pm and gets in at 7:05am for 3 nights, how long am i on it"],
        # A stated today: the span from another day; an event's own span.
        ["today is aug 3 2030, what date is it 6 weeks from my birthday"],
        ["today is aug 3 2030 and the trip is in 6 weeks, what date is the trip"],
        # Bundle: the third half off (not free); another figure (a comb).
        ["shampoo is buy 2 get 1 half off, 7.50 each, im grabbing 6 bottles. cost?"],
        [
            "shampoo is buy 2 get 1 free, 7.50 each, im grabbing 6 bottles and a 3 dollar comb. "
            "cost?"
        ],
        # Raise then add-on: a cut, not a raise; a count of months besides.
        [
            "rent is 1650 and the landlord is cutting it 4% and then adding 35 for parking. new "
            "monthly?"
        ],
        [
            "rent is 1650 and the landlord is raising it 4% and then adding 35 for parking for "
            "12 months. total?"
        ],
        # ... the raise given up, not the add-on.
        [
            "rent is 1650 and the landlord is raising it 4% and then adding 35 for parking. new "
            "monthly?",
            "what if there's no raise",
        ],
        # Part tip: the tip on the whole bill; the tip on the part named itself.
        ["dinner bill is 180 total, 40 of that was wine. i wanna tip 20%. how much is the tip"],
        [
            "dinner bill is 180 total, 40 of that was wine. i wanna tip 20% but only on the "
            "wine. how much is the tip"
        ],
        [
            "dinner bill is 180 total, 40 of that was wine. i wanna tip 20% but not on the tax. "
            "how much is the tip"
        ],
        # Fee: its way unsaid and nothing asked that tells it.
        [
            "sending 800 usd home, rate is 1,395 won per dollar and the bank takes 2%. how many "
            "won total"
        ],
        # Packs: singles priced beside (a mix); a count of another thing.
        [
            "6-pack of yogurt is 4.20 and singles are 0.80, i need 15 yogurts. how many packs "
            "and what does it cost"
        ],
        ["6-pack of yogurt is 4.20, i need 15 spoons. what does it cost"],
    ],
)
def test_near_misses_stay_unread(turns: list[str]) -> None:
    assert answer_to(turns) is None


@pytest.mark.parametrize(
    "question",
    [
        # One or the other, not both in turn (the comparison reader answers it).
        "jacket is 140 bucks, 25% off or 15 off with a promo code, which is cheaper",
        # A second percent by the code, not an amount (the stacked-percent reader's).
        "jacket is 140 bucks, 25% off and then another 15% off with a promo code. what do i pay",
    ],
)
def test_the_coupon_reader_leaves_other_offers(question: str) -> None:
    assert coupon_order_en(question) is None


def test_a_code_after_a_percent_stays_one_step(monkeypatch: pytest.MonkeyPatch) -> None:
    # Split at "and then", the code was a step of its own with no price (set 49).
    said = [_HOODIE, "lamp was 90, 10% off and then another 15 off w/ a code, total?"]
    assert [len(planner.split_steps(s)) for s in said] == [1, 1]
    monkeypatch.setattr(planner, "_THEN_ANOTHER_DISCOUNT", NEVER)
    assert [len(planner.split_steps(s)) for s in said] == [2, 2]


def test_a_raise_then_an_add_on_stays_one_step(monkeypatch: pytest.MonkeyPatch) -> None:
    said = (
        "rent is 1650 and the landlord is raising it 4% and then adding 35 for parking. new "
        "monthly?"
    )
    assert len(planner.split_steps(said)) == 1
    monkeypatch.setattr(planner, "raise_then_add_en", never)
    assert len(planner.split_steps(said)) == 2
    # A cut is no raise: split as before (each step read or declined on its own).
    assert len(planner.split_steps(said.replace("raising", "cutting"))) == 2
