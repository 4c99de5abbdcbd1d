"""Wrong calculations found on main 7ae16bdf (calc64), fixed by the role of each figure.

- tools.calculator_rate_included: an amount said to hold its rate's charge beside another
  charge with no figure ("108 including shipping and 8% tax") is declined whenever the rate
  is used: the parts are not separable (8.64, 8, 3,000원 were given).
- tools.rate_charged_separately: a tax said outside the price anywhere ("부가세 별도 11만원인데
  세율 10%면 얼마", "80 + VAT, VAT is 20%") puts its rate on top: the price to pay (11,000원,
  the tax alone, was given); the tax alone stays when it is asked by name.
- tools.calculator_charges_outside_60q: "108 excluding 8% tax" (the rate between) asks the
  price without the tax or gives it, never 8% of the amount (8.64 was given).
- tools.handler_references / tools.korean_numbers: a chained share is carried exact ("per
  year then?" after 19.99 over 6 was 39.9800000004, after 22.99 over 3 was 7.66 x 12 = 91.92).
"""

from __future__ import annotations

import pytest

import tools.calculator_charges_outside_60q as outside
import tools.calculator_rate_included as included
import tools.followup_chain as chain
import tools.handler_references as references
import tools.rate_charged_separately as separately
from tests.tools.rule_switch import (
    SwitchOff,
    both,
    narrowed,
    off,
    read_only_by_its_rule,
    workload_answer,
)

_OTHER_INSIDE = off(included, "USE_OTHER_CHARGE_INSIDE", False)
_SEPARATE = off(separately, "USE_TAX_SAID_SEPARATE", False)
_RATE_BETWEEN = narrowed(outside, "_ASKS_WITHOUT", f"(?:{outside._RATE_BETWEEN})?")
_EXACT = off(references, "USE_EXACT_CARRY", False)
_FIRST_ROUNDING = off(chain, "USE_FIRST_ROUNDING", False)
_HEADPHONES = "headphones are 89.99 and sales tax here is 7.5%, so out the door its"
_NOT_INCLUDING = narrowed(outside, "_ASKS_WITHOUT", r"|not\s+including")


@pytest.mark.parametrize(
    ("turns", "expected", "switch"),
    [
        # The coordinator's wrongs.
        (["108 including shipping and 8% tax, how much"], None, _OTHER_INSIDE),
        (["total was 108 incl. 8% tax and shipping, what was the tax"], None, _OTHER_INSIDE),
        (["부가세 별도 11만원인데 세율 10%면 얼마"], "121,000원", _SEPARATE),
        (
            [
                "spotify family is 19.99 and theres 6 of us on it, per person per month?",
                "per year then?",
            ],
            "39.98",
            _EXACT,
        ),
        # Another charge inside beside the rate: other amounts, orders, both languages.
        (["paid 64.80 including delivery and 8% sales tax, whats the tax"], None, _OTHER_INSIDE),
        (
            ["the order came to 220 incl. shipping and 10% gst. how much gst did i pay"],
            None,
            _OTHER_INSIDE,
        ),
        (["the bill was 230 including 15% tip and tax, how much was the tip"], None, _OTHER_INSIDE),
        (["부가세 10%랑 배송비 포함 33000원이면 부가세 얼마"], None, _OTHER_INSIDE),
        (["배송비랑 부가세 10% 포함해서 55000원인데 부가세는?"], None, _OTHER_INSIDE),
        (
            ["118 with 18% service charge and tax included, how much service charge"],
            None,
            _OTHER_INSIDE,
        ),
        # The tax said outside the price, a plain rate given apart: the price to pay.
        (["부가세 별도로 25만원이고 세율 10%면 결제금액은"], "275,000원", _SEPARATE),
        (["견적 부가세 별도 340만원, 부가세율 10%, 총액은?"], "3,740,000원", _SEPARATE),
        (["부가세 따로 8만원, 10%면 얼마 내야돼"], "88,000원", _SEPARATE),
        (["price is 80 plus tax, tax rate 8%, how much"], "86.4", _SEPARATE),
        (["80 + VAT, VAT is 20%, how much do i pay"], "96", _SEPARATE),
        (["tax not included, 45 and tax is 8%, how much will i pay"], "48.6", _SEPARATE),
        (["the quote is 1,200 ex gst, gst 10%, total?"], "1,320", _SEPARATE),
        # The price said before the tax in so many words (60 / 1.08 and 4.8 were given).
        (["the price before tax is 60, tax 8%, what's the total"], "64.8", _SEPARATE),
        (["pre-tax price was 45, sales tax 7%, how much do i pay"], "48.15", _SEPARATE),
        (["the subtotal before tax is 120 and tax is 6%, total?"], "127.2", _SEPARATE),
        (["it costs 60 not including 8% tax, how much will i pay"], "64.8", _SEPARATE),
        (["what is 60 not including 8% tax"], None, _NOT_INCLUDING),
        # "excluding N% tax": never N% of the amount.
        (["what is 108 excluding 8% tax"], None, _RATE_BETWEEN),
        (["80 excluding 20% vat, how much"], None, _RATE_BETWEEN),
        # A chained share carried exact, not as shown to the cent.
        (
            ["netflix is 22.99 a month split 3 ways, how much each", "and per year?"],
            "91.96",
            _EXACT,
        ),
        (["hulu 17.99 a month split 4 ways, how much each", "per year then?"], "53.97", _EXACT),
        (["the bill was 85.50 for 4 people, each?", "and with a 20% tip?"], "25.65", _EXACT),
        (
            [
                "youtube premium is 22.99 and there are 6 of us on it, per person per month?",
                "per year then?",
            ],
            "45.98",
            _EXACT,
        ),
        (["100 divided by 3", "times 3"], "100", _EXACT),
        # Carried exact, shown as the first turn was: to the cent.
        ([_HEADPHONES, "and for two pairs"], "193.48", _FIRST_ROUNDING),
        (
            ["netflix is 15.49 a month split 5 ways, how much each", "and per year?"],
            "37.18",
            _FIRST_ROUNDING,
        ),
        (
            ["max is 16.99 a month split 7 ways, how much each", "and per year?"],
            "29.13",
            _FIRST_ROUNDING,
        ),
    ],
)
def test_read_by_its_role(
    turns: list[str], expected: str | None, switch: SwitchOff, monkeypatch: pytest.MonkeyPatch
) -> None:
    read_only_by_its_rule(lambda: workload_answer(turns), expected, switch, monkeypatch)


@pytest.mark.parametrize(
    ("turns", "expected"),
    [
        # The one charge inside, its share or the price before it: still read.
        (["108 including 8% tax, how much was the tax"], "8"),
        (["33000원 부가세 10% 포함이면 부가세 얼마"], "3,000원"),
        (["the shoes were 86.40 including 8% tax, what were they before tax"], "80"),
        (["i paid 115 which includes 15% gst, how much gst"], "15"),
        # The tax asked by name stays the tax.
        (["부가세 별도 11만원인데 세율 10%면 부가세는 얼마"], "11,000원"),
        (["50만원 부가세 10% 별도면 부가세 얼마"], "50,000원"),
        (["45 plus 8% tax, how much is the tax"], "3.6"),
        (["50만원 부가세 10% 별도면 얼마"], "550,000원"),
        (["64.80 with 8% tax, what was the price before tax"], "60"),
        (["the bike is 300 but doesnt include 7% tax, total"], "321"),
        (["45 plus 8% tax, price before tax"], None),
        # A share not shown rounded carries as it was.
        (["10 divided by 4", "times 4"], "10"),
    ],
)
def test_near_misses_still_answer(turns: list[str], expected: str | None) -> None:
    assert workload_answer(turns) == expected


def test_every_switch_is_needed(monkeypatch: pytest.MonkeyPatch) -> None:
    """The three switched off at once: the coordinator's 별도 wording reads as on main."""
    both(_OTHER_INSIDE, _SEPARATE, _EXACT)(monkeypatch)
    assert workload_answer(["부가세 별도 11만원인데 세율 10%면 얼마"]) == "11,000원"
