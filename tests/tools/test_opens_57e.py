"""Open markers of set 48's English turns closed in code (opens57e), pinned with inputs of
their own (none is a case file's wording), Korean ones where the same reader takes them
(the clock-hands puzzle; the Korean coupon order is opens57k's, beside its reader).

Readers: one share a stated amount more than each other share; a tip on the pre-tax bill
with both totals said; a percent off then a coupon (and a coupon then a percent) in the
order said; packs bought at a price a pack, one piece asked; a first thing at one price and
each extra at another; a rate stated between any two currency codes or names. Follow-ups:
the coupon's order swapped; a third pack's total; the named amount counted. Routing: a
sentence's own am/pm span asked "how long is that"; a clock-hands puzzle to a model.
Every case is answered with its rule on, and otherwise with it switched off.
"""

from __future__ import annotations

import pytest

import tools.calculator as calculator
import tools.calculator_readers_57e as readers_57e
import tools.calculator_split_one_pays_more as uneven
import tools.calculator_tip_on_pretax as tip
import tools.currency_named_rate_43 as named_rate
import tools.followup_changes_42 as changes_42
import tools.planner as planner
import tools.puzzle_forms_56e as puzzles
import tools.references as references
from tests.tools.rule_switch import NEVER, SwitchOff, answer_to, never, off, without_change
from tests.tools.rule_switch import turns_read_only_by_their_rule as _read_only
from tools.followup_rules_57e import (
    coupon_order_swapped_en,
    packs_total_with_more,
    stated_pair_amount_counted,
)

_JACKET = "the jacket is 80 and its 20% off, then i apply a $5 coupon, how much do i pay"
_LAMP = "the lamp costs 60, i use a 15 dollar coupon first and then get 10% off. what do i pay"
_SODA = "bought 3 12-packs of soda at 8.99 each, whats that per can"
_MUFFINS = "picked up 4 six-packs of muffins for 10.50 a pack, how much is one muffin"
_BAGS = "the first bag costs 30, each additional bag is 25. we are taking 4 bags, how much"
_TICKETS_KO = "첫 장은 4만5천원이고 추가 한 장당 3만2천원이래 5장 사면 얼마"
_HOTEL = "1 CHF = 1.13 EUR, the hotel is 450 chf a night, whats that in eur"
_SALARY = "1 nzd = 0.55 gbp, my paycheck is 5000 nzd, in pounds?"

_NO_UNEVEN = off(uneven, "_EN", NEVER)
_NO_COUPON_EN_PATTERNS = off(calculator, "discount_and_coupon_en", never)


def _NO_COUPON_EN(monkeypatch: pytest.MonkeyPatch) -> None:
    # cal58e3's slot reader reads these wordings too: both are switched off.
    _NO_COUPON_EN_PATTERNS(monkeypatch)
    monkeypatch.setattr(calculator, "coupon_expression_en_slots", never)


_NO_PACKS = off(readers_57e, "packs_price_per_piece_en", never)
_NO_FIRST_ITEM = off(readers_57e, "first_item_then_each_extra", never)
_NO_PAIR = off(named_rate, "read_stated_pair_conversion", never)
_NO_OWN_SPAN = off(references, "_ASKS_ITS_OWN_SPAN", NEVER)

_CASES: list[tuple[list[str], str | None, SwitchOff]] = [
    # One share a stated amount more (less) than each other share: (960 - 60) / 4 + 60.
    (
        [
            "the cabin is 960 split 4 ways, i get the master so i pay 60 more than each of the "
            "others. my share?"
        ],
        "the others pay 225 each and the one paying more pays 285",
        _NO_UNEVEN,
    ),
    (
        ["bill was 200 split between 3 of us and i paid 20 less than each of the other two"],
        "the others pay 73.33 each and the one paying less pays 53.33",
        _NO_UNEVEN,
    ),
    # A tip on the pre-tax bill, both totals said: 51.35 + 47.10 x 20%; the tip alone.
    (
        [
            "the check was 47.10 before tax and 51.35 after tax, we tip 20% on the pre-tax "
            "amount. total?"
        ],
        "60.77",
        off(tip, "_BOTH_SAID", NEVER),
    ),
    (
        [
            "our total came to 88 including tax, 80 without tax, i want to tip 18% on the pre tax "
            "amount how much is the tip"
        ],
        "14.4",
        off(tip, "_BOTH_SAID", NEVER),
    ),
    # A percent off then a coupon, in the order said: 80 x 0.8 - 5; (60 - 15) x 0.9 (in the
    # dollars the coupon is named in, opens58e).
    ([_JACKET], "$59.00", _NO_COUPON_EN),
    ([_LAMP], "$40.50", _NO_COUPON_EN),
    # ... the other order asked: (80 - 5) x 0.8; 60 x 0.9 - 15.
    ([_JACKET, "coupon first?"], "60", without_change(coupon_order_swapped_en)),
    ([_LAMP, "what about the other way around"], "39", without_change(coupon_order_swapped_en)),
    (
        [_JACKET, "what if the discount comes after the coupon"],
        "60",
        without_change(coupon_order_swapped_en),
    ),
    # Packs at a price a pack, one piece asked: 3 x 8.99 / 36; 4 x 10.50 / 24.
    ([_SODA], "0.75", _NO_PACKS),
    ([_MUFFINS], "1.75", _NO_PACKS),
    # ... and the packs' total with more of them: 4 x 8.99; 5 x 10.50.
    (
        [_SODA, "and with one more pack, what do i pay"],
        "35.96",
        without_change(packs_total_with_more),
    ),
    ([_MUFFINS, "5 packs total?"], "52.5", without_change(packs_total_with_more)),
    (
        [_SODA, "how much in all if i get a fifth pack"],
        "44.95",
        without_change(packs_total_with_more),
    ),
    # A first thing at one price and each extra at another: 30 + 25 x 3; 40 + 15 x 2; 50 + 35 x 2.
    ([_BAGS], "105", _NO_FIRST_ITEM),
    (["40 for the first shirt and 15 for each extra one, i want 3"], "70", _NO_FIRST_ITEM),
    (["the first kayak is 50 and each additional one is 35, for 3 of us?"], "120", _NO_FIRST_ITEM),
    # ... in Korean, by the counter: 45,000 + 32,000 x 4 (it was 45,000 + 32,000 x 5); 3장만.
    ([_TICKETS_KO], "173,000원", _NO_FIRST_ITEM),
    (
        ["첫 번째 그릇은 9000원, 추가는 그릇당 6000원인데 4그릇 시키면 얼마야"],
        "27,000원",
        _NO_FIRST_ITEM,
    ),
    ([_TICKETS_KO, "3장만 사면?"], "109,000원", _NO_FIRST_ITEM),
    # A rate stated between any two codes or names: 450 x 1.13; 300 / 0.61; 2000 x 0.55.
    (["1 CHF = 1.13 EUR, the hotel is 450 chf, whats that in eur"], "€508.50", _NO_PAIR),
    (["1 aud is 0.61 chf, i have 300 chf how many aud"], "491.8 AUD", _NO_PAIR),
    (["1 nzd = 0.55 gbp, rent is 2000 nzd, in pounds?"], "£1,100.00", _NO_PAIR),
    # ... and the named amount counted: 4 nights of 450 chf; 2 paychecks of 5000 nzd.
    ([_HOTEL, "what about 4 nights?"], "€2,034.00", without_change(stated_pair_amount_counted)),
    ([_SALARY, "for 2 paychecks?"], "£5,500.00", without_change(stated_pair_amount_counted)),
    # A price a night is no count of nights: "what about 4 nights?" is left unread (it was
    # made "4 eur a night": $4.32, wrong).
    (
        ["the hotel is 450 eur a night, whats that in usd at 1.08", "what about 4 nights?"],
        None,
        off(changes_42, "_priced_per", lambda *_args: False),
    ),
    # A sentence's own am/pm span, asked "how long is that": not a previous turn's.
    (["class 1:15pm-2:50pm how long is it"], "1 hour 35 minutes (1.58333 h)", _NO_OWN_SPAN),
    (["standup 8:50am to 9:35am how long was that"], "0 hours 45 minutes (0.75 h)", _NO_OWN_SPAN),
]

test_open_markers_closed_by_their_rules = _read_only(_CASES)


@pytest.mark.parametrize(
    "turns",
    [
        # Another figure besides the uneven split's three (a deposit).
        ["rent is 1800 split 3 ways plus a 300 deposit, i pay 100 more than each of the others"],
        # The pre-tax figure above the taxed one: not a pre-tax bill.
        ["bill is 58.90 with tax, 64.20 before tax. i tip 15% on the pre-tax part, total?"],
        # A count besides the price, the percent and the coupon.
        ["shirts are 40 with 25% off, then i use a 5 dollar coupon, 2 shirts?"],
        # The order said again as it was, or both orders at once: nothing to change.
        [_JACKET, "what if the discount is applied first"],
        # No piece asked of the packs; a pack count not above the first turn's.
        ["got 2 six-packs of rolls at 4.99 a pack"],
        [_SODA, "2 packs in all?"],
        # A first block of time or measure, not a thing (left to their readers), another item.
        ["first hour is 45 and every extra hour is 20. i need 5"],
        ["postage is 3 for the first ounce and 0.6 for each extra ounce, i need 4"],
        ["first ticket is 45 and every extra one is 32. i need 5 and 2 hot dogs at 6"],
        # A unit of measure is no currency code; a count of another thing than the amount's.
        ["1 cup = 240 ml, how many ml in 3 cups"],
        [_SALARY, "and 3 weeks"],
    ],
)
def test_the_rules_leave_what_they_cannot_place(turns: list[str]) -> None:
    assert answer_to(turns) is None


def test_a_coupon_after_a_percent_stays_one_step(monkeypatch: pytest.MonkeyPatch) -> None:
    # Split at "then", the coupon was a step of its own with no price (set 48).
    said = ["sneakers cost 90 with 10% off, then we use a 20 dollar coupon. total?", _LAMP]
    assert [len(planner.split_steps(s)) for s in said] == [1, 1]
    monkeypatch.setattr(planner, "_THEN_ANOTHER_DISCOUNT", NEVER)
    monkeypatch.setattr(planner, "_COUPON_THEN_DISCOUNT", NEVER)
    monkeypatch.setattr(planner, "coupon_order_en_slots", never)  # cal58e3 keeps it whole too
    assert [len(planner.split_steps(s)) for s in said] == [2, 2]


@pytest.mark.parametrize(
    ("question", "form"),
    [
        ("how many times do the hour and minute hands overlap in a day", "a clock-hands puzzle"),
        ("how often do a clocks hands meet between noon and midnight", "a clock-hands puzzle"),
        ("시침과 분침이 12시간 동안 몇 번 겹쳐", "a clock-hands puzzle"),
        # A clock named without its hands meeting: no puzzle.
        ("the minute hand on my watch is bent, where do i get it fixed", None),
    ],
)
def test_clock_hands_puzzle(
    question: str, form: str | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert puzzles.asks_a_puzzle(question) == form
    if form is not None:
        monkeypatch.setattr(puzzles, "_CLOCK_HANDS", NEVER)
        assert puzzles.asks_a_puzzle(question) is None
