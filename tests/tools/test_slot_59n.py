"""Set 51's unread everyday calculations in English, read by slots (slot59e).

Every form is pinned with at least five wordings of its own (none is the case file's) and
two near misses (the same words, another meaning) that must stay unread. Each variant is
answered with its rule on and no longer so with the rule switched off.

Forms: a figure per period asked per another ("87.60 every quarter … monthly"); monthly
amounts listed and asked per year ("15.49, 9.99 and 6.99 monthly"); a tank filled at a
fuel's bare price ("gas is 4.15"); a percent change between amounts in words ("from eighty
to ninety two dollars"); a clock time and a span ("leaves at 9:50pm … is 7 hours 45
minutes"); a count at the same rate as a priced count ("paid 7.80 for 6 avocados, so 10
would cost", "a 12-pack of pens is 5.40, whats one pen cost").
"""

from __future__ import annotations

import tools.calculator as calculator
import tools.calculator_expression as calculator_expression
import tools.calculator_monthly_list_yearly_50b as monthly_list
import tools.calculator_per_period as per_period
import tools.calculator_same_rate_count_58u as same_rate
import tools.calculator_spoken_amounts_en as spoken
import tools.dates_clock as dates_clock
import tools.price_total as price_total
from tests.tools.rule_switch import NEVER, SwitchOff, answers_stay, never, off
from tests.tools.rule_switch import turns_read_only_by_their_rule as _read_only
from tools.calculator_forms import VERB_FORMS

_NO_PERIOD_SLOTS = off(per_period, "_slots", never)
_NO_MONTHLY_LIST = off(monthly_list, "_LIST", NEVER)
_NO_FUEL = off(calculator, "fuel_to_fill_tank", never)
_NO_FROM_TO_WORDS = off(spoken, "_from_to_as_digits", lambda text: text)
# The percent-change row read by slots (the one whose change word may come anywhere after).
_NO_PERCENT_SLOTS = off(
    calculator_expression,
    "VERB_FORMS",
    tuple(f for f in VERB_FORMS if "by\\s+how))" not in f[0].pattern),
)
_NO_CLOCK_SLOTS = off(dates_clock, "_clock_span_slots", never)
_NO_RATE_SLOTS = off(same_rate, "_slots_read", never)
_NO_STAY_ASKS = off(price_total, "stay_closes_schedule", lambda _text: False)

PER_PERIOD = [
    "i get charged 87.60 quarterly for water. what is that per month?",
    "every quarter the water company takes 87.60 - whats that a month",
    "water: 87.60/qtr, how much per mo",
    "quarterly water is 87.60, whats that monthly",
    "the bill is 87.60 for the quarter, how much is that monthly",
]
MONTHLY_LIST = [
    "i have three subs at 12.99, 8.50 & 4.99 monthly, yearly total?",
    "subscriptions cost me 15.49, 9.99, 6.99 per mo. what do i spend per year",
    "my apps: 4.99 plus 2.99 plus 0.99 every month, what's that annually",
    "15.49, 9.99 and 6.99 monthly, how much over a year",
    "10.99 + 17.99 a month, how much a yr",
]
TANK = [
    "petrol @ 1.89, 50 litre tank, what does a full tank cost me",
    "whats it cost to fill my 60L tank if diesel is 1.72",
    "the car's tank fits 14 gal. gas at 4.15. how much to fill it from empty?",
    "gas is 3.89 today, my truck's tank holds 26 gallons - cost of a fill up",
    "fuel costs 1.65 and the tank takes 45 litres, how much to fill it",
]
PERCENT_WORDS = [
    "went from eighty to ninety-two, percent change?",
    "my pay went from sixty to sixty-nine dollars a day, % raise?",
    "it dropped from fifty to forty dollars - by what pct did it drop",
    "rent went from nine hundred to nine hundred and ninety bucks, by what percent did it rise",
    "the ticket jumped from twenty five to thirty dollars, percent increase?",
]
CLOCK = [
    "we take off 9:50pm, 7h45m in the air, when do we land",
    "departure 11:15 am, trip is 95 mins long. what time do i arrive",
    "train departs at 6pm and the ride is 3 hrs 20 min, when does it get in",
    "we head out 8:15pm, drive is 2hrs 50mins, when do we get there",
    "the flight is 7 hours 45 minutes and leaves at 9:50pm, what time do we land",
]
SAME_RATE = [
    "box of 24 crayons for 6.00 - whats 1 crayon cost",
    "a 10-pack of batteries runs 8.90, whats one battery cost",
    "spent $4.50 on 3 mangoes, what would 7 mangoes cost",
    "paid 2.40 for 4 lemons. price of 9?",
    "pack of 10 batteries = 8.90, how much is a single battery",
    "got 5.25 for 3 muffins so 8 muffins would be",
]

_PER_PERIOD_CASES: list[tuple[list[str], str | None, SwitchOff]] = [
    ([q], "29.2", _NO_PERIOD_SLOTS) for q in PER_PERIOD
]
test_per_period = _read_only(
    [
        *_PER_PERIOD_CASES,
        (["insurance runs 1,200 a year, how much is that monthly"], "100", _NO_PERIOD_SLOTS),
    ]
)
test_monthly_list = _read_only(
    [
        ([MONTHLY_LIST[0]], "317.76", _NO_MONTHLY_LIST),
        ([MONTHLY_LIST[1]], "389.64", _NO_MONTHLY_LIST),
        ([MONTHLY_LIST[2]], "107.64", _NO_MONTHLY_LIST),
        ([MONTHLY_LIST[3]], "389.64", _NO_MONTHLY_LIST),
        ([MONTHLY_LIST[4]], "347.76", _NO_MONTHLY_LIST),
    ]
)
test_tank = _read_only(
    [
        ([TANK[0]], "$94.50", _NO_FUEL),
        ([TANK[1]], "$103.20", _NO_FUEL),
        ([TANK[2]], "58.1", _NO_FUEL),
        ([TANK[3]], "$101.14", _NO_FUEL),
        ([TANK[4]], "$74.25", _NO_FUEL),
    ]
)
test_percent_words = _read_only(
    [
        ([PERCENT_WORDS[0]], "15%", _NO_FROM_TO_WORDS),
        ([PERCENT_WORDS[1]], "15%", _NO_FROM_TO_WORDS),
        ([PERCENT_WORDS[2]], "-20%", _NO_FROM_TO_WORDS),
        ([PERCENT_WORDS[3]], "10%", _NO_FROM_TO_WORDS),
        ([PERCENT_WORDS[4]], "20%", _NO_FROM_TO_WORDS),
        (["went from 80 to 92, percent change?"], "15%", _NO_PERCENT_SLOTS),
        (["it dropped from 50 to 40 dollars - by what pct did it drop"], "-20%", _NO_PERCENT_SLOTS),
    ]
)
test_clock = _read_only(
    [
        ([CLOCK[0]], "05:35", _NO_CLOCK_SLOTS),
        ([CLOCK[1]], "12:50", _NO_CLOCK_SLOTS),
        ([CLOCK[2]], "21:20", _NO_CLOCK_SLOTS),
        ([CLOCK[3]], "23:05", _NO_CLOCK_SLOTS),
        ([CLOCK[4]], "05:35", _NO_CLOCK_SLOTS),
    ]
)
test_same_rate = _read_only(
    [
        ([SAME_RATE[0]], "0.25", _NO_RATE_SLOTS),
        ([SAME_RATE[1]], "$0.89", _NO_RATE_SLOTS),
        ([SAME_RATE[2]], "$10.50", _NO_RATE_SLOTS),
        ([SAME_RATE[3]], "$5.40", _NO_RATE_SLOTS),
        ([SAME_RATE[4]], "$0.89", _NO_RATE_SLOTS),
        ([SAME_RATE[5]], "$14.00", _NO_RATE_SLOTS),
    ]
)

FIRST_BLOCK_STAY = [
    "lot wants 6 for the first hour and 3 per extra hour, we were parked 4 hours",
    "bike rental: 15 for the first day then 10 for each additional day. i kept it 3 days",
    "kayak is 20 dollars for the first hour and 12 for every extra hour - we were out 3 hours",
    "the sitter charges 25 for the first night and 18 for each extra night, we'll be away 4 nights",
    "7 dollars for the first hour then 4 for every hour after, im parked there for 6 hours",
]
test_first_block_stay = _read_only(
    [
        ([FIRST_BLOCK_STAY[0]], "15", _NO_STAY_ASKS),
        ([FIRST_BLOCK_STAY[1]], "35", _NO_STAY_ASKS),
        ([FIRST_BLOCK_STAY[2]], "44", _NO_STAY_ASKS),
        ([FIRST_BLOCK_STAY[3]], "79", _NO_STAY_ASKS),
        ([FIRST_BLOCK_STAY[4]], "27", _NO_STAY_ASKS),
    ]
)

# Near misses: the same words, another meaning; none is read.
NEAR_MISSES = [
    "water bill was 87.60 last quarter, how much is that monthly",  # a past bill, no rate
    "water bill is 87.60 every quarter, how much did i pay for 2 months",  # a figure more
    # (blind52m: "… whats that for 2 years" is now read right, 779.28, by the monthly list's
    # whole years: tools.calculator_monthly_list_yearly_50b; a head count stays unread.)
    "paying 15.49, 9.99 and 6.99 monthly for streaming. whats that for 2 people",
    "paid 15.49, 9.99 and 6.99 last month for streaming, whats that per year",
    "my tank takes 14 gallons and gas is 4.15, how much to fill it if its a quarter full",
    "my tank takes 14 gallons and gas is 4.15, how far can i drive",
    "went from eighty to ninety two, how many more is that",  # no percent asked
    "went from 80 to 92 percent, how much did it go up",  # percents, not amounts
    "flight leaves at 9:50pm and the flight is 7 hours 45 minutes, what time do we land if its"
    " 50 min late",
    "flight leaves at 9:50pm local and is 7 hours 45 minutes, what time do we land in tokyo",
    "paid 7.80 for 6 avocados, so 10 limes would cost",  # another thing asked
    "paid 7.80 for 6 avocados and 2 for the bag, so 10 would cost",  # a figure with no role
    "a 12-pack of pens is 5.40, whats one box cost",  # the pack asked, not a pen
    "garage charges 4 dollars for the first hour then 2.50 for every hour after that. i was"
    " there 5 hours and lost my ticket",  # a fee unsaid
    "garage charges 4 dollars for the first hour then 2.50 for every hour after that. i was"
    " there 5 hours 2 days ago",  # a figure with no role
]
test_near_misses_stay_unread = answers_stay([([q], None) for q in NEAR_MISSES])

# Set 51's own turns, read now (the case file's wordings, pinned here as well).
test_set51_turns = answers_stay(
    [
        (["water bill is 87.60 every quarter, hows much is that monthly"], "29.2"),
        (["paying 15.49, 9.99 and 6.99 monthly for streaming. whats that per year"], "389.64"),
        (["my tank takes 14 gallons and gas is 4.15, cost to fill it up from empty"], "$58.10"),
        (
            [
                "price of coffee beans went from eighty to ninety two dollars, by what percent"
                " did it go up"
            ],
            "15%",
        ),
        (
            [
                "flight leaves at 9:50pm and the flight is 7 hours 45 minutes, what time do we land"
                " (same time zone)"
            ],
            "05:35",
        ),
        (["paid 7.80 for 6 avocados, so 10 would cost"], "$13.00"),
        (["a 12-pack of pens is 5.40, whats one pen cost"], "$0.45"),
        (
            [
                "garage charges 4 dollars for the first hour then 2.50 for every hour after"
                " that. i was there 5 hours"
            ],
            "14",
        ),
    ]
)
