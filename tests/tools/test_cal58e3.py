"""Declined English calculation turns of set 50 and probes58_para closed by slots (cal58e3).

Every form is pinned with at least five wordings of its own (none is the case file's) and two
near misses (the same words, another meaning) that must stay unread. Each variant is answered
with its rule on and otherwise with it switched off.

Forms: a span from a today said in ISO or "today =", the span alone asked; a clock span asked
"how many hrs"; another span from the same date in a follow-up ("and 10 weeks out?"); a tax
said inside a bill ("210 incl 30 tax") with a tip on the pre-tax part; a tip on the pre-tax
price added after a price and its tax; a bare "one less" on a counted order; a price, a
percent off and a coupon read by slots, and its order flipped or one part dropped; a yearly
pay asked per hour, then per month, then rounded.
"""

from __future__ import annotations

import pytest

import tools.calculator as calculator
import tools.calculator_same_rate_count_58u as same_rate
import tools.calculator_tip_on_pretax as tip_pretax
import tools.dates_clock_span_en as clock_span_en
import tools.dates_restated_labels as date_labels
import tools.followup_spans as followup_spans
import tools.planner as planner
from tests.tools.rule_switch import NEVER, SwitchOff, answer_to, never, off, without_change
from tests.tools.rule_switch import turns_read_only_by_their_rule as _read_only
from tools.calculator_raised_yearly_58u import raised_month_asked
from tools.calculator_yearly_to_hourly_58u import yearly_pay_turns
from tools.followup_count_step_58u import count_one_less
from tools.followup_coupon_order_en_58u import coupon_order_turned
from tools.followup_tip_pretax_58u import tip_on_pretax_added
from tools.followup_yearly_plan_58u import yearly_plan_saving

_NO_TODAY_SPAN = off(date_labels, "_SPAN_FROM_TODAY_SAID_EN", ())
_NO_LENGTH_ASKED = off(clock_span_en, "_ASKS_LENGTH", NEVER)
_NO_EN_OFFSET = off(followup_spans, "_EN_OFFSET_NEW", NEVER)
_NO_TAX_INSIDE = off(tip_pretax, "_TAX_INSIDE", NEVER)
_NO_COUPON_SLOTS = off(calculator, "coupon_expression_en_slots", never)
_NO_SALARY = off(calculator, "hourly_from_yearly", never)
_NO_RAISED_YEAR = off(calculator, "raised_yearly_total", never)
_NO_THOUSANDS = off(calculator, "spoken_thousands_as_digits", lambda text: text)

_SNEAKERS = (
    "sneakers were $85. they knock 40% off, then i use a $10 gift coupon on top. final price?"
)
_DESK = "the desk is $240, they take 25% off and i've got a $30 voucher on top, what do i pay"
_LAPTOP = (
    "laptop costs 1.2 million won, 10 percent off first and then a 50000 won coupon. how much "
    "do i end up paying"
)
_HAIRCUT = "whats 8.875% tax on a 45 dollar haircut, and the total"
_SHIPPING = (
    "shipping is 5.99 for the first item and 1.50 for each additional one, im ordering 6 things"
)
_TICKETS = "tickets are 14 each, we need 5 tickets, total?"
_SALARY = "i make 62k a year, 40 hrs a week 52 weeks, whats my hourly"
_SALARY_75 = "earning 75k annually at 45 hrs/week, 48 weeks, how much an hour is that"
_TODAY_45 = "its march 14 2031 today. whats the date 45 days out"
_GYM = "my gym is 45 a month and its going up 10 percent, whats that a year now"
_RENT_MO = "rent 1,850/mo, landlord raising it 4%, new annual total?"
_PHONE = "phone bill 80 a month, 5% increase coming, how much for the year"
_LEASE = "the lease is three thousand dollars a month and goes up 2 percent, whats the yearly total"

_CASES: list[tuple[list[str], str | None, SwitchOff]] = [
    # A span from a today said in ISO or "today =", the span alone asked.
    (["today: 2030-02-10 - 45 days from today?"], "Wednesday, March 27, 2030", _NO_TODAY_SPAN),
    (["todays 2031-07-04, 100 days later?"], "Sunday, October 12, 2031", _NO_TODAY_SPAN),
    (["today is 2029-12-28, date in 3 weeks?"], "Friday, January 18, 2030", _NO_TODAY_SPAN),
    (["its 2030-3-1 today. 10 days ago?"], "Tuesday, February 19, 2030", _NO_TODAY_SPAN),
    (["10 weeks out if today is 2031-03-14?"], "Friday, May 23, 2031", _NO_TODAY_SPAN),
    # A clock span asked "how many hrs / hr / h".
    (
        ["worked 7:15am-3:50pm, how many hr did i work"],
        "8 hours 35 minutes (8.58333 h)",
        _NO_LENGTH_ASKED,
    ),
    (
        ["my shift runs 9:10am till 6:35pm how many h is that"],
        "9 hours 25 minutes (9.41667 h)",
        _NO_LENGTH_ASKED,
    ),
    (["class 1:05pm to 4:20pm.. how many hrs"], "3 hours 15 minutes (3.25 h)", _NO_LENGTH_ASKED),
    (
        ["8:40am-5:05pm with a 30 min lunch how many hrs"],
        "7 hours 55 minutes (7.91667 h)",
        _NO_LENGTH_ASKED,
    ),
    (
        ["nurse shift 6:50am-7:20pm, how many hrs total"],
        "12 hours 30 minutes (12.5 h)",
        _NO_LENGTH_ASKED,
    ),
    # Another span from the same date: 2030-06-01 + 42 days; + 3 months; 2031-02-02 + 35 days;
    # 2030-10-03 - 14 days; 2031-03-14 + 70 days.
    (
        ["today is 2030-06-01, what date is it 30 days from now", "how about 6 weeks?"],
        "Saturday, July 13, 2030",
        _NO_TODAY_SPAN,  # (the turn is read by an older rule once the ISO today is)
    ),
    (
        ["today is june 1 2030. what date is it 2 weeks from now", "ok 3 months then"],
        "Sunday, September 1, 2030",
        _NO_EN_OFFSET,
    ),
    (
        ["today is feb 2 2031, what date is 2 weeks out", "and 5 weeks out?"],
        "Sunday, March 9, 2031",
        _NO_EN_OFFSET,
    ),
    (
        ["it's oct 3 2030 today, what date was it 40 days ago", "and 2 weeks ago?"],
        "Thursday, September 19, 2030",
        _NO_EN_OFFSET,
    ),
    ([_TODAY_45, "what about 10 weeks out"], "Friday, May 23, 2031", _NO_EN_OFFSET),
    # A tax said inside a bill, a tip on the pre-tax part: 96.50 + 88 x 20%; 150 + 138 x 15%;
    # 88 + 80 x 20%; 120 + 110 x 18%; 64 + 58 x 10%.
    (
        ["the check was 96.50 including 8.50 tax, tip 20% of the amount before tax, total?"],
        "114.1",
        _NO_TAX_INSIDE,
    ),
    (
        [
            "total is 150 with 12 tax included. tipping 15 percent on the subtotal, how much in "
            "total"
        ],
        "170.7",
        _NO_TAX_INSIDE,
    ),
    (
        ["tab came to 88, of which 8 is tax. i want to tip 20% before tax, what's the total"],
        "104",
        _NO_TAX_INSIDE,
    ),
    (
        ["bill of 120 incl. 10 in sales tax, 18% tip on the pre-tax price, total?"],
        "139.8",
        _NO_TAX_INSIDE,
    ),
    (
        ["the bill is 64 inclusive of 6 tax, tip 10 percent on the pre-tax amount. total?"],
        "69.8",
        _NO_TAX_INSIDE,
    ),
    # A tip on the pre-tax price after a price and its tax: 45 x (1 + 8.875% + 18%), + 22%;
    # 62.50 x 1.25; 80 x 1.21; 30 x 1.27.
    (
        [_HAIRCUT, "and tip 18 percent before tax?"],
        "$57.09",
        without_change(tip_on_pretax_added),
    ),
    (
        [_HAIRCUT, "ok and a 22% tip on the pre-tax amount, whats the total"],
        "$58.89",
        without_change(tip_on_pretax_added),
    ),
    (
        ["sales tax is 7% on a 62.50 meal, total?", "add an 18% tip on the amount before tax"],
        "78.125",
        without_change(tip_on_pretax_added),
    ),
    (
        ["whats 6% tax on 80 bucks", "what if we tip 15% of the subtotal"],
        "$96.80",
        without_change(tip_on_pretax_added),
    ),
    (
        ["whats 7% tax on a 30 dollar lunch", "plus a 20 percent tip on the pre-tax price"],
        "$38.10",
        without_change(tip_on_pretax_added),
    ),
    # "one less" on a counted order: 5.99 + 7 x 1.50; 14 x 6; 14 x 3; 5.99 + 6 x 1.50.
    ([_SHIPPING, "and two more?"], "16.49", without_change(count_one_less)),
    ([_TICKETS, "one more"], "84", without_change(count_one_less)),
    ([_TICKETS, "what if 2 fewer"], "42", without_change(count_one_less)),
    ([_SHIPPING, "ok make it one more"], "14.99", without_change(count_one_less)),
    ([_SHIPPING, "1 less then"], "11.99", without_change(count_one_less)),
    # A price, a percent off and a coupon by slots: 200 x 0.7 - 20; 350 x 0.85 - 25;
    # (300000 - 30000) x 0.8; 240 x 0.75 - 30; 1,200,000 x 0.9 - 50,000.
    (
        [
            "headphones at 200 dollars minus a discount of 30%, and my promo code for 20 dollars, "
            "final cost?"
        ],
        "$120.00",
        _NO_COUPON_SLOTS,
    ),
    (
        ["monitor priced at $350, discount of 15% then a $25 promo code, what's the final price"],
        "$272.50",
        _NO_COUPON_SLOTS,
    ),
    (
        ["a 300000 won coat, 20% off, then a 30000 won coupon applied first. how much do i pay"],
        "216,000",
        _NO_COUPON_SLOTS,
    ),
    ([_DESK], "$150.00", _NO_COUPON_SLOTS),
    ([_LAPTOP], "1,030,000", _NO_COUPON_SLOTS),
    # ... its order flipped or one part dropped: (85 - 10) x 0.6; (240 - 30) x 0.75; 240 - 30;
    # 1,200,000 x 0.9; 1,200,000 - 50,000.
    ([_SNEAKERS, "swap the order"], "$45.00", without_change(coupon_order_turned)),
    (
        [_DESK, "and if i use the voucher before the discount"],
        "$157.50",
        without_change(coupon_order_turned),
    ),
    ([_DESK, "just the voucher"], "$210.00", without_change(coupon_order_turned)),
    ([_LAPTOP, "no coupon"], "1,080,000원", without_change(coupon_order_turned)),
    ([_LAPTOP, "without the discount?"], "1,150,000원", without_change(coupon_order_turned)),
    # A yearly pay per hour: 58,000 / (37.5 x 52); 75,000 / (45 x 48); 90,000 / (40 x 50);
    # 48,000 / (35 x 52); 52,000 / (40 x 52).
    (
        ["my salary is 58,000 and i work 37.5 hours a week, whats that per hour"],
        "29.74",
        _NO_SALARY,
    ),
    ([_SALARY_75], "34.72", _NO_SALARY),
    (["i earn $90,000 a year, 40 hours a week, 50 weeks, hourly rate?"], "$45.00", _NO_SALARY),
    (["making 48000 a year on 35 hrs a week, what is it per hour"], "26.37", _NO_SALARY),
    (["i make 52k a year working 40 hrs a week, how much an hour"], "25", _NO_SALARY),
    # ... then per month, then rounded: 75,000 / 12; 34.72 -> 35; 62,000 / 12; 29.81 -> 30.
    ([_SALARY_75, "how much is that a month"], "6,250", without_change(yearly_pay_turns)),
    ([_SALARY_75, "so per month then?"], "6,250", without_change(yearly_pay_turns)),
    (
        [_SALARY_75, "hourly rounded to the nearest dollar?"],
        "$35.00",
        without_change(yearly_pay_turns),
    ),
    ([_SALARY, "and per month?"], "5,166.67", without_change(yearly_pay_turns)),
    (
        [_SALARY, "and per month?", "round the hourly to the nearest dollar"],
        "$30.00",
        without_change(yearly_pay_turns),
    ),
]

_CASES += [
    # A month raised by a percent, the new year asked: 45 x 1.1 x 12; 1,850 x 1.04 x 12;
    # 80 x 1.05 x 12; 3,000 x 1.02 x 12 (the month in words).
    ([_GYM], "594", _NO_RAISED_YEAR),
    ([_RENT_MO], "23,088", _NO_RAISED_YEAR),
    ([_PHONE], "1,008", _NO_RAISED_YEAR),
    ([_LEASE], "$36,720.00", _NO_RAISED_YEAR),
    ([_LEASE], "$36,720.00", _NO_THOUSANDS),
    # ... then the new month alone.
    ([_PHONE, "ok whats the monthly then"], "84", without_change(raised_month_asked)),
    ([_GYM, "and per month?"], "49.5", without_change(raised_month_asked)),
    ([_RENT_MO, "the new monthly"], "1,924", without_change(raised_month_asked)),
    ([_LEASE, "what about the new monthly rent"], "3,060", without_change(raised_month_asked)),
    (
        [
            "rent is two thousand one hundred a month and goes up 4% next year, yearly total?",
            "and the new monthly?",
        ],
        "2,184",
        without_change(raised_month_asked),
    ),
]

_SPOTIFY = "spotify is 11.99/mo, how much is that over 2 years"
_NO_PLAN = without_change(yearly_plan_saving)
_CASES += [
    # The saving of a yearly plan: 15.49 x 36 - 150 x 3; 4.99 x 24 - 49.99 x 2; 30 x 12 - 300;
    # 2.99 x 60 - 29.99 x 5; 11.99 x 24 - 119 x 2.
    (
        [
            "netflix costs 15.49 a month, what does it come to over 3 years",
            "the annual plan is 150 a year, how much would i save",
        ],
        "107.64",
        _NO_PLAN,
    ),
    (
        [
            "my app sub is 4.99 per month, total over 24 months?",
            "and with the yearly plan for 49.99, how much do i save",
        ],
        "19.78",
        _NO_PLAN,
    ),
    (
        ["gym 30 a month, how much in 1 year", "what about 300 a year, whats the saving"],
        "60",
        _NO_PLAN,
    ),
    (
        [
            "cloud storage is $2.99/mo, how much over 5 years",
            "switching to $29.99 per year, how much cheaper by",
        ],
        "$29.45",
        _NO_PLAN,
    ),
    ([_SPOTIFY, "ok the yearly plan is 119 a year, what would i save"], "49.76", _NO_PLAN),
]

_EGGS = "a dozen eggs is 3.60, how much for 30 eggs if singles cost the same rate"
_PENS = "5 pens for 4.50, how much would 8 pens be"
_BOOKS = "3 notebooks are 5.97, how much for 7 notebooks"
_NO_SAME_RATE = off(calculator, "same_rate_count", never)
_NO_WHOLE = without_change(same_rate.whole_packs_asked)
_CASES += [
    # A count at the same rate: 4.50 / 5 x 8; 7.50 / 6 x 10; 24 / 12 x 18; 5.97 / 3 x 7; 6 / 4 x 9.
    ([_PENS], "$7.20", _NO_SAME_RATE),
    (["6 bagels cost $7.50. how much for 10 bagels at that price"], "$12.50", _NO_SAME_RATE),
    (["a dozen roses are 24.00, how much for 18 roses"], "36", _NO_SAME_RATE),
    ([_BOOKS], "$13.93", _NO_SAME_RATE),
    (["4 muffins go for 6.00, how much to buy 9 muffins"], "13.5", _NO_SAME_RATE),
    # ... then whole packs only: 3 x 3.60; 2 x 4.50; 3 x 5.97.
    ([_EGGS, "only whole dozens?"], "$10.80", _NO_WHOLE),
    ([_PENS, "but they only sell by the pack"], "$9.00", _NO_WHOLE),
    ([_BOOKS, "ok and if i have to buy full packs"], "$17.91", _NO_WHOLE),
    ([_BOOKS, "what if they only come in packs"], "$17.91", _NO_WHOLE),
    ([_EGGS, "in dozens only"], "$10.80", _NO_WHOLE),
]

test_each_variant_is_read_only_by_its_rule = _read_only(_CASES)


@pytest.mark.parametrize(
    "turns",
    [
        # A span not asked alone, or no span's direction.
        ["today = 2029-12-28. 3 weeks from today i fly, how many days"],
        ["today = 2029-12-28. 3 weeks?"],
        # No am/pm (either half of the day), or the span said every weekday.
        ["shift 8:40-5:05 how many hrs is that"],
        ["8:40am-5:05pm every weekday how many hrs a week"],
        # A span the other way, a span in a sum.
        [_TODAY_45, "and 10 days ago?"],
        ["a loan of 5000 over 3 years out at 4%, total?", "and 5 years?"],
        # "with 30 tax" may be on top; a tip on the whole bill.
        ["bill is 210 with 30 tax. i tip 18% of the pre-tax amount, whats the total"],
        ["bill is 210 incl 30 tax. i tip 18% of the whole amount, whats the total"],
        # A tip with no part said; a count beside the price.
        [_HAIRCUT, "plus a 20% tip"],
        ["whats 8% tax on 2 shirts at 20, total?", "plus a 20% tip on the pre-tax price"],
        # Two counted things; none.
        ["3 pizzas at 12.50 each and 2 sodas at 1.99, total?", "one less"],
        ["whats 15% of 80", "one more"],
        # A coupon said before the percent with no order said; a saving asked; a count.
        ["jacket is $120, i have a $15 voucher and the store takes 25% off, what do i pay"],
        ["sneakers were $85, 40% off then a $10 coupon, how much do i save"],
        ["sneakers were $85 for 2 pairs, 40% off then a $10 coupon, final price?"],
        # (A new coupon's value, "what if the coupon was 15", is read since calc60 by
        # tools.followup_calc_60k.charge_named_anew: $36.00, tested in test_calc_60k.)
        # A tax taken off, weeks off: other questions.
        ["i make 62k a year, 40 hrs a week 52 weeks, with 20% tax whats my hourly"],
        ["i make 62k a year, 40 hrs a week, 2 weeks off, whats my hourly"],
        [_SALARY, "and per week?"],
        # A span not of whole years; a span other than the first turn's; no saving asked.
        [
            "spotify is 11.99/mo, how much is that over 18 months",
            "yearly plan at 119 a year how much do i save",
        ],
        [_SPOTIFY, "if i switch to the yearly plan at 119 a year how much do i save over 3 years"],
        [_SPOTIFY, "the yearly plan is 119 a year, how much is it"],
        # Another thing asked; whole packs said in the first turn; two prices; a new count.
        ["a dozen eggs is 3.60, how much for 30 apples"],
        ["a dozen eggs is 3.60, how much for 30 eggs if i can only buy full dozens"],
        ["12 eggs is 3.60 and 6 eggs is 2.00, how much for 30 eggs"],
        # The rise alone asked; another figure (a count of rooms).
        [
            "rent is two thousand four hundred a month and goes up 3.5% next year, how much "
            "more a year"
        ],
        ["rent is 2400 a month for 2 rooms and goes up 3.5%, new yearly total"],
    ],
)
def test_near_misses_stay_unread(turns: list[str]) -> None:
    assert answer_to(turns) is None


def test_a_percent_then_a_coupon_by_slots_stays_one_step(monkeypatch: pytest.MonkeyPatch) -> None:
    # Split at ", then", step 1 gave the 40% alone and a model called it the final price.
    assert len(planner.split_steps(_SNEAKERS)) == 1
    monkeypatch.setattr(planner, "coupon_order_en_slots", never)
    assert len(planner.split_steps(_SNEAKERS)) == 2
