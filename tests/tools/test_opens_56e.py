"""Open markers of set 47's English turns closed in code (opens56e), pinned with inputs of
their own (none is a case file's wording), Korean ones where the form is said in Korean.

Readers: a yearly salary by the check ("paid monthly … each check before taxes"); a priced
list with the heads then "each?"; things bought less some returned; the share of income an
expense named takes; a fraction of a ride's fare; an amount per batch times batches; a
shift's pay less an unpaid break; a part paid toward a tipped total, the rest split; the
arrangements of n in a row (n!). Follow-ups: another pay period; the expense moved; another
count of batches; the whole total to the dollar after a tip asked alone; a fee on an
exchange said as a remark; "swap to" a new weight; a percent on a result priced in cents.
Every case is answered with its rule on, and otherwise with it switched off.
"""

from __future__ import annotations

import re
from typing import Any

import pytest

import tools.calculator as calculator
import tools.calculator_chipped_share_50b as chipped
import tools.calculator_fees_shared_each as fees_each
import tools.calculator_rate_over_clock_span as clock_span
import tools.calculator_readers_51a as readers_51a
import tools.calculator_readers_55t as readers_55t
import tools.calculator_recipe_scaled as recipe
import tools.calculator_salary_paycheck_54e as salary
import tools.calculator_share_out_of as share_out_of
import tools.calculator_split_closing as split_closing
import tools.followup_slot_kinds as slot_kinds
import tools.followup_slots as slots
import tools.followups as followups
from tests.tools.rule_switch import NEVER, SwitchOff, answer_to, never, off, without_change
from tests.tools.rule_switch import turns_read_only_by_their_rule as _read_only
from tools.followup_changes import total_to_the_dollar
from tools.followup_counts_54k import batches_said_anew
from tools.followup_currency_swap import exchange_fee_remarked
from tools.followup_per_paycheck_53b import another_pay_period
from tools.followup_share_part import expense_of_income_changed


def _same_result(_first: str, result: Any) -> Any:
    return result


_SALARY = "my salary is 52,800 and im paid monthly, how much is each check before tax"
_PIZZA = "taco night - 3 trays at 24.50 and 4 drinks at 3.25, theres 5 of us. each?"
_RENT = (
    "car payment is 450 and i bring home 5200 a month, "
    "what percent of my pay goes to the car payment"
)
_BATCH = "each loaf needs 2/3 cup of oil per batch"  # no count made: declined (below)
_COOKIES = "i need 2/3 cup butter per batch and im baking 4 batches, how many cups"
_TIP = "dinner came to 64.80 and we tip 20%, how much is the tip"
_FX = "1 eur is 1.08 usd, how many dollars do i get for 250 eur"
_BEEF = "1.8 lbs of beef at 8.49/lb and 2 onions at 0.75 each, total?"

_NO_SWAP = off(slots, "FRAME_WORDS", slot_kinds.FRAME_WORDS - {"swap", "switch"})

_CASES: list[tuple[list[str], str | None, SwitchOff]] = [
    # A yearly salary by the check, before tax: 52,800 / 12; 39,000 / 26.
    ([_SALARY], "4,400", off(salary, "_GROSS", NEVER)),
    (
        ["salary of 39,000, paid biweekly. what is each check pre-tax"],
        "1,500",
        off(salary, "_GROSS", NEVER),
    ),
    # ... and another pay period said alone: 52,800 / 24; / 52.
    ([_SALARY, "twice a month instead?"], "2,200", without_change(another_pay_period)),
    (
        [_SALARY, "what if im paid weekly"],
        "1,015.3846153846 (≈ 1,015.38)",
        without_change(another_pay_period),
    ),
    # A priced list, the heads, then "each?": (3 x 24.50 + 4 x 3.25) / 5.
    ([_PIZZA], "17.3", off(split_closing, "_CLOSING_SPLIT", NEVER)),
    (
        ["2 buckets at 18 and 3 sides at 4, 4 of us, how much each"],
        "12",
        off(fees_each, "_HOW_MUCH_EACH", NEVER),
    ),
    # Things bought less some returned: (4 - 1) x 18.50; (5 - 2) x 12.
    (
        ["i bought 4 candles at 18.50 and returned 1, what did i spend"],
        "55.5",
        off(calculator, "bought_less_returned", never),
    ),
    (
        ["we got 5 tickets for 12 each but returned 2 of them, how much did we pay"],
        "36",
        off(calculator, "bought_less_returned", never),
    ),
    # ... and a percent on the result priced in cents, to the cent: 55.50 x 1.0725.
    (
        ["i bought 4 candles at 18.50 and returned 1, what did i spend", "add 7.25% tax"],
        "59.52",
        off(followups, "percent_on_cents", _same_result),
    ),
    # The share of income an expense named takes: 450 / 5,200; 1,200 / 4,000.
    ([_RENT], "8.65%", off(share_out_of, "_ASKS_SHARE_OF_INCOME", NEVER)),
    (
        ["groceries are 600 and i make 4,000 a month, what % of my income goes to groceries"],
        "15%",
        off(share_out_of, "_ASKS_SHARE_OF_INCOME", NEVER),
    ),
    # ... and the expense moved: 520 / 5,200.
    ([_RENT, "what if they bump it to 520"], "10%", without_change(expense_of_income_changed)),
    # A fraction of a ride's fare: 42 x 1/2; 30 x 1/3.
    (
        ["the taxi was 42 and i rode for half the trip, how much should i pay"],
        "21",
        off(chipped, "_PART_RIDDEN", NEVER),
    ),
    (
        ["cab fare was 30, i was only in it for 1/3 of the way. what do i owe"],
        "10",
        off(chipped, "_PART_RIDDEN", NEVER),
    ),
    # An amount per batch times the batches: 2/3 x 4 cups; (1 + 1/2) x 4 tbsp.
    ([_COOKIES], "2.6667 cup", off(recipe, "_PER_BATCH", NEVER)),
    (
        ["recipe needs 1 1/2 tbsp butter per batch and i want to make 4 batches, how many tbsp"],
        "6 tbsp",
        off(recipe, "_PER_BATCH", NEVER),
    ),
    # ... and another count of batches said with a half: 2/3 x 1.5; 2/3 x 3.5.
    ([_COOKIES, "ok 1 and a half batches then"], "1 cup", without_change(batches_said_anew)),
    (
        [_COOKIES, "what about three and a half batches"],
        "2.3333 cup",
        without_change(batches_said_anew),
    ),
    # A shift less an unpaid break: 25 x (510 - 30) / 60; 18 x (480 - 45) / 60.
    (
        ["from 8:30am to 5pm with a 30 min lunch break thats unpaid, 25 an hour. pay?"],
        "200",
        off(clock_span, "_UNPAID_BREAK", NEVER),
    ),
    (
        ["worked 6:30 to 2:30 with a 45 minute unpaid break at 18 an hour, how much"],
        "130.5",
        off(clock_span, "_UNPAID_BREAK", NEVER),
    ),
    # A clock with a minute's leading zero ("9:00", "6:05pm"), read back from the numerals.
    (
        ["i worked from 9:00 to 5:30 at 19 an hour, how much"],
        "161.5",
        off(clock_span, "_CLOCK_ZEROS", NEVER),
    ),
    (
        ["we rented the hall from 6:05pm to 11:35pm at 80 an hour, total?"],
        "440",
        off(clock_span, "_CLOCK_ZEROS", NEVER),
    ),
    # A part paid toward a tipped total, the rest split: (180 x 1.18 - 30) / 4.
    (
        [
            "dinner was 180 plus 18% tip, 5 of us, i cover 30 and the other 4 split the rest. "
            "how much each"
        ],
        "45.6",
        off(readers_55t, "_ON_TOP", NEVER),
    ),
    (
        ["the bill is 90 with a 10% tax, my brother paid 20 and the remaining 2 split it, each?"],
        "39.5",
        off(readers_55t, "_ON_TOP", NEVER),
    ),
    # Arrangements in a row: 6!; 4!.
    (
        ["how many ways can 6 people line up for a photo"],
        "720",
        off(readers_51a, "arrangements_in_a_row", never),
    ),
    (
        ["4명이 일렬로 앉는 경우의 수는 몇 개야"],
        "24",
        off(readers_51a, "arrangements_in_a_row", never),
    ),
    # The whole total to the dollar after the tip alone: ceil(64.80 x 1.2); the bill, floor.
    (
        [_TIP, "round the whole bill up to the next dollar"],
        "78",
        without_change(total_to_the_dollar),
    ),
    (
        ["the check was 41.30, what's a 15% tip", "round the total down to the dollar"],
        "47",
        without_change(total_to_the_dollar),
    ),
    # A fee on the exchange said as a remark: 270 x 0.97; 355.50 x 0.985.
    (
        [_FX, "the kiosk charges a 3% commission tho"],
        "$261.90",
        without_change(exchange_fee_remarked),
    ),
    (
        [
            "1 usd is 0.79 gbp today, how many pounds do i get for 450 usd",
            "my bank takes a 1.5% cut",
        ],
        "350.17",
        without_change(exchange_fee_remarked),
    ),
    # A new weight for a weighed item, said "swap to" / "switch to".
    ([_BEEF, "swap to 2.5 lbs of beef"], "22.73", _NO_SWAP),
    ([_BEEF, "switch to 1.2 lbs of beef"], "11.69", _NO_SWAP),
]

test_open_markers_closed_by_their_rules = _read_only(_CASES)


@pytest.mark.parametrize(
    "turns",
    [
        # A salary with a deduction said: not gross pay.
        ["salary is 60,000, paid monthly. whats each check after 20% tax"],
        # Heads said, but the price is one each: no list to compose.
        ["tickets are 12.50 each, theres 6 of us. each?"],
        # Everything returned.
        ["bought 2 lamps at 40 and returned 2 of them, what did i spend"],
        # The share of income of a thing the question does not name.
        ["rent is 2100 and i take home 6800 a month, what % of my income goes to food"],
        # The income moved, never read as the expense.
        [_RENT, "if my pay goes up to 6000"],
        # Another figure besides the fare and the fraction (a tip).
        ["uber came to 38 plus a 5 tip and i was in it for 2/3 of the ride, what should i chip in"],
        # Per loaf, then batches: another thing counted.
        ["need 2/3 cup oil per loaf and im making 3 batches, how many cups"],
        # A break that is not said unpaid.
        ["worked 7:45 to 4:15 with a 30 min lunch, i make 22 an hour. how much today"],
        # A party that is not the payer and the rest.
        [
            "bar tab 132 plus 20% tip, 6 of us but i throw in 10 and the other 3 split the "
            "rest. what do they each pay"
        ],
        # A part chosen, or a condition on who stands where: another count.
        ["5명 중에서 3명이 한줄로 서는 방법 몇가지야"],
        ["how many ways can 4 kids line up if the twins stand together"],
        # "round it up" after the tip alone: the tip or the bill is unsaid.
        [_TIP, "round it up to the next dollar"],
        # A fee beside a conversion of a price (paid, not received): whether it adds is unsaid.
        ["what is 900 pounds in dollars at 1.27", "the bank takes a 2% fee tho"],
        # Another item swapped in: not a weight of the one priced.
        [_BEEF, "swap the beef for 2 lbs of chicken"],
    ],
)
def test_the_rules_leave_what_they_cannot_place(turns: list[str]) -> None:
    assert answer_to(turns) is None


def test_batches_counted_only_with_the_count_made() -> None:
    assert recipe.per_batch_expression(_BATCH) is None


@pytest.mark.parametrize(
    ("question", "form"),
    [
        ("next number: 3, 9, 27, 81, ?", "a number sequence's next term"),
        ("다음에 올 숫자는? 1, 4, 9, 16, 25", "a number sequence's next term"),
        ("how many different ways can 7 books be arranged on a shelf", "arrangements in a row"),
        ("3명이 한줄로 서는 방법 몇가지야", "arrangements in a row"),
        ("a girl has twice as many sisters as brothers", "a siblings puzzle"),
        # Not puzzles: a list of figures with no next term asked, a lookup.
        ("add 2, 6, 12 and 20", None),
        ("how many sick days do i get a year", None),
    ],
)
def test_puzzle_forms(question: str, form: str | None) -> None:
    from tools.puzzle_forms_56e import asks_a_puzzle

    assert asks_a_puzzle(question) == form


class _NoDocs:
    """A document store that must never be searched for a puzzle."""

    def search(self, *_args: Any, **_kwargs: Any) -> list[Any]:
        raise AssertionError("a puzzle searched the documents")

    def __getattr__(self, name: str) -> Any:
        raise AssertionError(f"a puzzle used the document store ({name})")


@pytest.mark.parametrize(
    "question",
    [
        "next number: 1, 3, 6, 10, 15, ?",
        "a boy has twice as many sisters as brothers, how many kids",
    ],
)
def test_a_puzzle_goes_to_a_model_not_the_documents(
    question: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    import agents.documents as documents

    # The planner itself (its wrapper reads the store's learned translations first).
    plan_step = documents.plan_document_step.__wrapped__  # type: ignore[attr-defined]
    plan = plan_step(_NoDocs(), question, collection="c", pinned=False)
    assert plan.kind == "generate" and "puzzle" in plan.reasons[0]
    monkeypatch.setattr(documents, "asks_a_puzzle", lambda _text: None)
    with pytest.raises(AssertionError):
        plan_step(_NoDocs(), question, collection="c", pinned=False)


@pytest.mark.parametrize(
    ("tier", "pinned", "kind", "flagged"),
    [
        ("local", False, "generate", True),
        ("cloud", False, "generate", False),
        ("local", True, "generate", False),
        ("local", False, "grounded", False),
    ],
)
def test_a_local_answer_to_a_puzzle_is_flagged(
    tier: str, pinned: bool, kind: str, flagged: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    import agents.puzzle_answer_check_56e as check

    question = "next number: 2, 4, 8, 16, ?"
    failure = check.unchecked_puzzle_answer(question, kind, tier, pinned)
    assert (failure is not None) == flagged
    if flagged:
        assert failure is not None and failure.kind == "unchecked_puzzle"
        monkeypatch.setattr(check, "asks_a_puzzle", lambda _text: None)
        assert check.unchecked_puzzle_answer(question, kind, tier, pinned) is None


def test_a_break_is_no_figure_of_the_span_reader_alone() -> None:
    # The older reader still declines a break (its "30 min" would make the answer minutes).
    shift = "worked 7:45 to 4:15 with a 30 min unpaid lunch at 22 an hour"
    assert clock_span.rate_over_clock_span(shift) is None
    read = clock_span.wage_less_unpaid_break(shift)
    assert read is not None and re.search(r"\(510 - 30\)", read[0])
