"""Wrong answers para58's blind paraphrase probe found, pinned with wordings of our own.

Each form has five or more wordings unlike the probe's (other verbs, orders, figures in
words, both languages where they fit), each answered with its rule on and otherwise with it
switched off, and near misses (the same words, another meaning) that stay unread.

- "buy one get one free, 3.25 a slice, i want 7 slices": a price said "a <noun>" is the
  deal's price, and the deal is read before the count-and-price forms (never 3.25 * 7);
  a deal said in English words with no money word, or "get one free", is a cue a reading
  must use, else the calculator declines.
- "what if the fee was a flat 5000 won instead" after a 2% fee: a follow-up naming a
  charge changes that charge's figure only; a figure of another kind declines (never the
  rate's 890 won).
"""

from __future__ import annotations

import pytest

import tools.calculator as calculator
import tools.calculator_bundle_free as bundle
import tools.calculator_readers_57e as readers_57e
import tools.calculator_unread_cues_53x as cues
import tools.followup_edits as edits
import tools.followup_slot_figures as slot_figures
import tools.followup_slots as slots
from tests.tools.rule_switch import (
    NEVER,
    SwitchOff,
    answers_stay,
    never,
    off,
    without_change,
)
from tests.tools.rule_switch import turns_read_only_by_their_rule as _read_only
from tools.followup_fee_kind_58s import percent_fee_now_flat

_OLD_PRICE_EN = bundle._ONE_PRICE_EN


def _no_bogo_words(mp: pytest.MonkeyPatch) -> None:
    """The English deal read early off, and a price 'a <noun>' narrowed back."""
    mp.setattr(calculator, "bundle_free_en_expression", never)
    mp.setattr(
        bundle,
        "_ONE_PRICE_EN",
        __import__("re").compile(
            r"(?:\b(?:is|are|'re|costs?|at|for)\s+)?\$?(?P<p>\d+(?:\.\d+)?)\s*(?:dollars?|bucks)?\s*"
            r"(?:each|apiece|a\s+piece|per\s+[a-z]+|an?\s+(?:bottle|pack|pair|box|bag|can|jar|one"
            r"|item|piece|tube|bar|bunch))\b"
            r"|\$(?P<p2>\d+(?:\.\d+)?)(?!\s*(?:off|total|in\s+total|for\s+all))\b",
            __import__("re").I,
        ),
    )


_NO_PACKS = off(readers_57e, "packs_for_count_en", never)
_NO_DEAL_CUE = off(cues, "_DEAL_WORDS_EN", NEVER)


def _NO_CHARGE(mp: pytest.MonkeyPatch) -> None:
    """The charge's own figure off, in the quantity edits and in the slot edits (and the
    won side of a rate kept from a figure of no rate's size, calc63: a second net)."""
    mp.setattr(edits, "charge_figure", never)
    mp.setattr(slots, "charge_figure_elsewhere", lambda *_args: False)
    mp.setattr(slot_figures, "USE_FX_SIDE", False)


_CASES: list[tuple[list[str], str | None, SwitchOff]] = [
    # Whole packs for a count, the container by any name and the thing said before it:
    # ceil(10 / 4) x 5.20; ceil(14 / 3) x 4.50; ceil(50 / 24) x 6.99; ceil(20 / 6) x 9;
    # ceil(20 / 8) x 5.50.
    (
        ["batteries are sold in packs of 4 for 5.20, i need 10 batteries. total cost?"],
        "$15.60",
        _NO_PACKS,
    ),
    (
        ["tennis balls come in tubes of 3 at 4.50 a tube, we need 14 balls, how much"],
        "$22.50",
        _NO_PACKS,
    ),
    (
        ["water comes in cases of 24 for 6.99, i need 50 bottles, what do i pay"],
        "$20.97",
        _NO_PACKS,
    ),
    (["muffins are sold in boxes of 6 at 9.00 a box. need 20 muffins. cost?"], "36", _NO_PACKS),
    (
        ["soda comes in cartons of 8 for 5.50, i need 20 cans, how much"],
        "$16.50",
        _NO_PACKS,
    ),
    # A deal in English words at a price "a <noun>": 2.75 x 3; 8.50 x 6; 1.80 x 8; 4.20 x 2.
    (["tacos are bogo, 2.75 a taco, we're getting 5. total?"], "$8.25", _no_bogo_words),
    (
        ["buy two get one free on candles, 8.50 a candle, buying 9 of them. cost"],
        "$51.00",
        _no_bogo_words,
    ),
    (["donuts buy 3 get 1 free at 1.80 a donut, i need 10, how much"], "$14.40", _no_bogo_words),
    (
        ["buy one get one free on lattes, 4.20 a cup, ordering 3. how much do i pay"],
        "$8.40",
        _no_bogo_words,
    ),
    (
        ["bagels are buy 4 get 2 free, 1.25 a bagel, need 12, what will it cost"],
        "$10.00",
        _no_bogo_words,
    ),
    # "get one free" beside a count and a price: declined, never the count times the price.
    (
        ["pizza is 3.25 a slice, i want 7 slices and get one free with a coupon. how much"],
        None,
        _NO_DEAL_CUE,
    ),
    # A charge changed in kind: its own figure changes (never the rate's or the price's).
    # (Declined until opens62's percent_fee_now_flat read a percent fee said anew as a flat
    # won fee: the converted amount plus that fee.)
    (
        [
            "need 80,000 yen for my trip. bank says 100 yen = 890 won and charges a 2% fee. "
            "total in won?",
            "what if the fee was a flat 5000 won instead",
        ],
        "717,000원",
        without_change(percent_fee_now_flat),
    ),
    (
        [
            "need 60,000 yen. bank says 100 yen = 910 won and charges a 1% fee. total in won?",
            "what if the fee was a flat 3000 won",
        ],
        "549,000원",
        without_change(percent_fee_now_flat),
    ),
    (
        [
            "going to japan, need 40,000 yen, 100 yen = 905 won and they charge a 1.5% fee, "
            "total in won?",
            "and with a flat 2000 won fee instead?",
        ],
        "364,000원",
        without_change(percent_fee_now_flat),
    ),
    (
        [
            "need 80,000 yen for my trip. bank says 100 yen = 890 won and charges a 2% fee. "
            "total in won?",
            "fee of 5000 won instead?",
        ],
        None,
        _NO_CHARGE,
    ),
    (
        [
            "need 80,000 yen for my trip. bank says 100 yen = 890 won and charges a 2% fee. "
            "total in won?",
            "and if they charge a 3000 won fee",
        ],
        None,
        _NO_CHARGE,
    ),
]

test_read_only_by_their_rule = _read_only(_CASES)


def test_a_charge_named_changes_only_its_own_figure() -> None:
    """'the coupon was 20 dollars' after a 15 dollar coupon: 15 -> 20, never the 140."""
    steps = ["jacket 140 dollars, 25% off then a 15 dollar coupon"]
    found = edits._replace_quantity("what if the coupon was 20 dollars", steps)
    assert found is not None
    assert found[0] == ["jacket 140 dollars, 25% off then a 20 dollar coupon"]
    assert edits._replace_quantity("what if the coupon was 10%", steps) is None
    fee = ["달러 500불 환전 1달러당 1,380원에 수수료 1%면 총액"]
    assert edits._replace_quantity("수수료가 5천원이면?", fee) is None


test_near_misses_stay_as_they_were = answers_stay(
    [
        # A count of another thing, or a count had (not needed): no packs read.
        (["eggs come in cartons of 12 at 3.60 a carton. i need 40 cupcakes, how much"], None),
        (
            [
                "eggs come in cartons of 12 at 3.60 a carton and i have 40 eggs, how much did "
                "they cost"
            ],
            None,
        ),
        # No deal: the count times the price, as before.
        (["3.25 a slice, i want 7 slices, how much"], "22.75"),
        # A deal said to be over: not counted (declined, never the deal's 13.00).
        (["the bogo deal ended, now it's 3.25 a slice, i want 7 slices. how much"], None),
        # A free thing of another kind is no deal on the things counted.
        (["im buying 6 mugs at 9 dollars each and i get 1 free, total?"], None),
        (["i bought 3 shirts at $20 each and got a free hat, total"], "$60.00"),
        # The rate and the fee's own percent still change as before, said either way.
        (
            [
                "need 80,000 yen for my trip. bank says 100 yen = 890 won and charges a 2% fee. "
                "total in won?",
                "fee of 3% instead?",
            ],
            "733,360원",
        ),
        (
            [
                "need 80,000 yen for my trip. bank says 100 yen = 890 won and charges a 2% fee. "
                "total in won?",
                "what if the fee was 3%",
            ],
            "733,360원",
        ),
        (
            [
                "need 80,000 yen for my trip. bank says 100 yen = 890 won and charges a 2% fee. "
                "total in won?",
                "what if the rate was 900 won",
            ],
            "734,400원",
        ),
    ]
)
