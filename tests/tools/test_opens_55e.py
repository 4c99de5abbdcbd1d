"""Open markers of set 46's English turns closed in code (opens55e), pinned with inputs of
their own (none is a case file's wording), Korean ones where the form is said in Korean.

Readers: a recipe scaled by the count it makes and a nutrient per 100 g (beside the Korean
form in tools.calculator_scaled_by_count_54k); "N an hour full time" per year; an amount
saved each paycheck over a year; mpg and l/100km of miles and gallons; a price with fees
split by heads said bare; a percent off against an amount off; "buy 2 get the 3rd half
off"; a weekday supposed of a day counted from another; an age in weeks between dates.
Follow-ups: another count of the scaled thing; the trip in the other measure; a split said
as a ratio; a new figure said as a remark; the margin of a markup; more of the thing
priced added before a conversion. Every case is answered with its rule on, and otherwise
with it switched off.
"""

from __future__ import annotations

import re
from typing import Any

import pytest

import tools.calculator_hourly_to_yearly_en as hourly
import tools.calculator_nth_free as nth_free
import tools.calculator_readers_50a as readers_50a
import tools.calculator_readers_50b as readers_50b
import tools.calculator_readers_54e as readers_54e
import tools.calculator_readers_54k as readers_54k
import tools.dates as dates
import tools.dates_weekday_if_54e as weekday_if
import tools.followup_said_plainly_49a as said_plainly
import tools.unit_price_cheaper as cheaper
from tests.tools.rule_switch import NEVER, SwitchOff, answer_to, never, off, without_change
from tests.tools.rule_switch import turns_read_only_by_their_rule as _read_only
from tools.calculator_fuel_use_50a import fuel_use_unit_asked_anew
from tools.followup_added_before_conversion_55e import added_before_conversion
from tools.followup_counts_54k import count_of_scaled_thing_en
from tools.followup_margin_of_markup_55e import margin_of_markup
from tools.followup_share_restated import share_said_as_ratio


def _same(text: str, *_args: Any) -> str:
    return text


def _shift_ignored(m: re.Match[str], key: str) -> int:
    return weekday_if._EN_OFFSET[" ".join(m.group(key).split())]


def _only_free(match: re.Match[str]) -> str | None:
    return "0" if match["free"] else None


_MUFFINS = "a batch makes 12 muffins using 1.5 cups of sugar, how much sugar for 30 muffins"
_OATS = "oats have 13g protein per 100g, i had 60g, how much protein"
_TRIP = "we drove 410 miles on 13.2 gallons, what's our mpg"
_VILLA = "the villa is 3,150 for the week + 200 cleaning + 50 linen, there are 5 of us. per person?"
_LOAN = "borrowing 8000 at 5% simple interest for 2 years, how much do i pay back total"
_COFFEE = "a mug costs me 6 to make and i mark it up 50%, what do i sell it for"
_FLAT = "the rate is 1 gbp = 1.27 usd, the flat is 900 pounds, how much in dollars"
_DINNER_KO = "저녁값 12만원 중에 내가 30% 내면 얼마"

_CASES: list[tuple[list[str], str | None, SwitchOff]] = [
    # A recipe scaled by what it makes: 1.5 x 30 / 12; a nutrient per 100 g: 13 x 60 / 100.
    ([_MUFFINS], "3.75 cups", off(readers_54k, "amount_scaled_by_count_en", never)),
    ([_OATS], "7.8 g", off(readers_54k, "amount_scaled_by_count_en", never)),
    # ... and another count said alone: 1.5 x 18 / 12; 13 x 150 / 100.
    ([_MUFFINS, "nvm only 18"], "2.25 cups", without_change(count_of_scaled_thing_en)),
    ([_OATS, "what if i had 150g"], "19.5 g", without_change(count_of_scaled_thing_en)),
    # "full time" as 40 hours a week: 31.50 x 40 x 52; 22 x 40 x 50.
    (
        ["i make 31.50 an hour working full-time, whats that annually"],
        "65,520",
        off(hourly, "_FULL_TIME", NEVER),
    ),
    (
        ["22 an hour full time, how much a year at 50 weeks"],
        "44,000",
        off(hourly, "_FULL_TIME", NEVER),
    ),
    # An amount each paycheck over years: 180 x 26; 400 x 2 x 12 x 2.
    (
        ["if i put away 180 from each paycheck and i get paid every two weeks, how much in a year"],
        "4,680",
        off(readers_54e, "paycheck_amount_over_years", never),
    ),
    (
        ["i set aside 400 every paycheck, paid twice a month, how much do i have in 2 years"],
        "19,200",
        off(readers_54e, "paycheck_amount_over_years", never),
    ),
    # mpg of miles and gallons: 410 / 13.2; in l/100km: 13.2 x 3.785 / (410 x 1.609) x 100.
    ([_TRIP], "31.0606060606 (≈ 31.06)", off(readers_50a, "fuel_use_in_miles", never)),
    (
        ["drove 250 miles using 8 gallons, how many l/100km"],
        "7.5268666667 (≈ 7.53)",
        off(readers_50a, "fuel_use_in_miles", never),
    ),
    (
        [_TRIP, "and in l/100 km?"],
        "7.5727621951 (≈ 7.57)",
        without_change(fuel_use_unit_asked_anew),
    ),
    # A price with fees split by the heads said bare: 3,400 / 5; 720 / 8.
    ([_VILLA], "680", off(readers_50b, "amounts_split_by_heads", never)),
    (
        ["boat rental is 640 for the day + 80 fuel, 8 of us, how much each"],
        "90",
        off(readers_50b, "amounts_split_by_heads", never),
    ),
    # A percent off against an amount off.
    (
        ["tv is $800, 10% off or $75 off, which is the better deal"],
        "10% off: 720.00; 75 off: 725.00. 10% off saves more, by 5.00.",
        off(cheaper, "percent_or_amount_off", never),
    ),
    (
        ["운동화 59000원인데 10% 할인 쿠폰이랑 5000원 할인쿠폰 중에 뭐가 더 이득이야"],
        "10% 할인: 53,100원, 5,000원 쿠폰: 54,000원. 10% 할인이 900원 더 아낍니다.",
        off(cheaper, "percent_or_amount_off", never),
    ),
    # The last of a cycle discounted: 6 x 6 + 6 x 2 / 2; 12.50 x 3 + 12.50 / 2.
    (
        ["socks are 6 each, buy 3 get the 4th 50% off, i need 8, total?"],
        "42",
        off(nth_free, "last_one_paid", _only_free),
    ),
    (
        ["candles are 12.50 each, buy 2 get the 3rd half price. getting 4, how much?"],
        "43.75",
        off(nth_free, "last_one_paid", _only_free),
    ),
    # A weekday supposed of a day counted from another.
    (
        ["if 3 days after today is a monday, what day is tomorrow"],
        "Saturday",
        off(weekday_if, "_en_offset", _shift_ignored),
    ),
    (
        ["if 10 days from yesterday is a sunday what day is today"],
        "Friday",
        off(weekday_if, "_en_offset", _shift_ignored),
    ),
    (
        ["내일부터 3일 뒤가 금요일이면 오늘은 무슨 요일이야"],
        "월요일",
        off(weekday_if, "_ko_offset", lambda m: weekday_if._KO_OFFSET[m["said"]]),
    ),
    # An age in weeks or days between a birth date and another date.
    (
        ["how many weeks old is he on march 1 2030 if he was born dec 12 2029"],
        "11 weeks 2 days (79 days)",
        off(dates, "age_asked_as_span", _same),
    ),
    (
        ["my son was born on 2030-02-10, how many days old is he on 2030-05-01"],
        "80 days",
        off(dates, "age_asked_as_span", _same),
    ),
    # A split said as a ratio after one share by a percent (the larger part stays larger).
    (
        ["dinner was 120 and i cover 30% since i ate less, how much do i pay", "how about 25/75"],
        "30",
        without_change(share_said_as_ratio),
    ),
    ([_DINNER_KO, "4:6으로 하면?"], "48,000원", without_change(share_said_as_ratio)),
    # A new figure said as a remark: 8,000 x (1 + 0.07 x 2); 13 x 3.59.
    (
        [_LOAN, "turns out its 7% tho"],
        "9,120",
        off(said_plainly, "remark_as_what_if", _same),
    ),
    (
        [
            "gas is 3.99 a gallon and i need 13 gallons, how much is that",
            "oh its 3.59 at costco",
        ],
        "46.67",
        off(said_plainly, "remark_as_what_if", _same),
    ),
    # The margin of a markup: 50 / 150; 25 / 125.
    (
        [_COFFEE, "what is the margin then"],
        "33.3333333333 (≈ 33.33)",
        without_change(margin_of_markup),
    ),
    (
        ["원가 8000원에 25% 붙여서 팔면 얼마", "마진율은 몇 퍼센트야"],
        "20",
        without_change(margin_of_markup),
    ),
    # More of the thing priced in the source currency, then the conversion: 1,230 x 1.27.
    (
        [_FLAT, "what if we book 3 more nights at 110 pounds each, whats the new total"],
        "$1,562.10",
        without_change(added_before_conversion),
    ),
]

test_open_markers_closed_by_their_rules = _read_only(_CASES)


@pytest.mark.parametrize(
    "turns",
    [
        # Another ingredient asked than the one said; another thing counted.
        ["recipe makes 24 cookies with 2 cups of flour, how much sugar for 36 cookies"],
        [_MUFFINS, "and 6 eggs?"],
        # A percent said alongside the paycheck amount.
        ["if i save 250 every paycheck at 4% interest, paid twice a month, how much after a year"],
        # A figure the heads split leaves out.
        ["house is 2380 for the week + 175 cleaning, 7 of us for 3 nights. per person?"],
        # An even split moved to a ratio: who takes the larger part is unsaid.
        ["rent is 2000 and i pay 50%, whats my part", "what if we do 60/40 instead"],
        # A ratio not of a hundred, in Korean (only tens are read as a ratio: 6:4).
        [_DINNER_KO, "3:5로 하면?"],
        # A remark with a figure of another kind ("20 more").
        [
            "gas is 3.89 a gallon and my tank holds 14 gallons, how much",
            "its 20 more at the station",
        ],
        # A margin after a markup beside a tax.
        ["costs 18, 40% markup plus 8% tax, what price", "so whats my margin"],
        # More nights added in the currency converted to: no conversion to re-run.
        [
            "1 eur = 1.09 usd rn, the hotel is 640 euros. in dollars?",
            "we might add 2 more nights at 160 dollars each, new total in usd",
        ],
        # A birth date with no figure.
        ["puppy was born yesterday, how many weeks old is it on june 1 2030"],
    ],
)
def test_the_rules_leave_what_they_cannot_place(turns: list[str]) -> None:
    assert answer_to(turns) is None


# The part paid oneself over a cap an earlier document answer stated (a step of the graph).
_CAPS = (
    "Hotel stays are reimbursed up to 120,000 won per night in Seoul and 90,000 won per "
    "night elsewhere. [1]"
)


def _over_cap(first: str, turn: str) -> str | None:
    from langchain_core.messages import AIMessage, HumanMessage

    from graphs.step_follow_ups import follow_up_of
    from tools.followup_chain import FollowUp

    state: Any = {
        "messages": [HumanMessage(first), AIMessage(_CAPS), HumanMessage(turn)],
        "step_index": 0,
        "plan": [turn],
    }
    found = follow_up_of(state, turn, None)
    return found.result.answer if isinstance(found, FollowUp) and found.result else None


@pytest.mark.parametrize(
    ("first", "turn", "expected"),
    [
        # A city the answer does not name is "elsewhere": (130,000 - 90,000) x 2.
        (
            "what's the hotel limit per night for a trip to busan",
            "we stayed 2 nights at 130,000 a night, how much do i pay myself",
            "80,000 won ((130,000 won - 90,000 won cap per night) × 2 nights, "
            "at the cap an earlier answer gave)",
        ),
        # The city the answer names: (150,000 - 120,000) x 4.
        (
            "hotel cap in seoul per night?",
            "i was there 4 nights at 150,000 won per night, how much comes out of pocket",
            "120,000 won ((150,000 won - 120,000 won cap per night) × 4 nights, "
            "at the cap an earlier answer gave)",
        ),
    ],
)
def test_the_part_over_an_answered_cap(
    first: str, turn: str, expected: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    import graphs.step_follow_ups as step_follow_ups
    import tools.followup_rate_qualifier as qualifier

    assert _over_cap(first, turn) == expected
    with monkeypatch.context() as mp:
        mp.setattr(step_follow_ups, "own_part_over_answer_cap", never)
        assert _over_cap(first, turn) != expected
    if "busan" in first:
        monkeypatch.setattr(qualifier, "names_another_city", lambda *_a: False)
        assert _over_cap(first, turn) is None  # which cap is unsaid without the city


def test_no_cap_picked_when_no_place_is_asked() -> None:
    assert (
        _over_cap(
            "whats the hotel cap",
            "i stayed 3 nights at 110,000 a night, how much comes out of my own pocket",
        )
        is None
    )
