"""Open markers of sets 24 to 44 closed in code (opens53b), pinned with inputs of their own.

Readers: a meal for a party split evenly (tools.calculator_meal_for_group_53b), a price
outright against monthly payments (tools.calculator_outright_or_monthly_53b), a percent of
a salary put in an account (tools.calculator_salary_share_53b), spliced in by
tools.calculator_readers_53b; money priced in cents shown to the cent
(tools.calculator_cents_shown_53b, hooked into tools.handler_calculation); the "it" of a
clock time (tools.references_clock_it_53b, hooked into tools.references). Follow-up rules:
tools.followup_*_53b (the packs compared across two turns hooked into tools.followups).
Every case is answered with its rule on, and otherwise with it switched off.
"""

from __future__ import annotations

from typing import Any

import pytest

import tools.calculator_readers_53b as readers_53b
import tools.followups as followups
import tools.handler_calculation as handler_calculation
import tools.references as references
from graphs.unanswered_rules import unanswered_rule_question
from tests.tools.rule_switch import SwitchOff, answer_to, never, off, without_change
from tests.tools.rule_switch import turns_read_only_by_their_rule as _read_only
from tools.followup_one_off_fee_53b import one_off_fee_added
from tools.followup_other_pack_53b import other_pack_priced
from tools.followup_per_paycheck_53b import yearly_per_paycheck
from tools.followup_sharers_named_53b import sharer_named_leaves
from tools.word_problem_counted_53b import counts_what_it_asks


def _reader_off(name: str) -> SwitchOff:
    return off(readers_53b, name, never)


def _unchanged(text: str) -> str:
    return text


_SALARY = "i earn 60,000 a year and save 10% into my retirement account, how much is that a year"
_VISITS = ["a 5-visit card is 60, how much per visit", "and the 15-visit card is 150"]
_HONEY = "16 oz jar of honey is 7.50, whats that per ounce"

_CASES: list[tuple[list[str], str | None, SwitchOff]] = [
    # A meal for a party, split evenly: 60 x 1.15 / 5; 96 / 4.
    (
        ["pizza for 5 people came to 60 plus 15% tip, split evenly, what is that per person"],
        "13.8",
        _reader_off("meal_for_group_each"),
    ),
    (
        ["lunch for 4 was 96 and we split it equally, how much each"],
        "24",
        _reader_off("meal_for_group_each"),
    ),
    # Outright against monthly: 55 x 24 - 1,200.
    (
        ["laptop is 1,200 upfront or 55 a month for 24 months, whats the difference"],
        "120",
        _reader_off("monthly_over_outright"),
    ),
    # A percent of pay put in an account: 95,000 x 8%; 85,000 x 5% / 12.
    (
        ["i make 95k a year and put 8% in my 403b, how much is that a year"],
        "7,600",
        _reader_off("salary_share_put_in"),
    ),
    (
        ["I earn 85,000 per year and contribute 5 percent to my pension, how much is that a month"],
        "354.1666666667 (≈ 354.17)",
        _reader_off("salary_share_put_in"),
    ),
    # The yearly figure by the paycheck: 6,000 / 24; 6,000 / 26.
    (
        [_SALARY, "how much is that per paycheck if i'm paid twice a month"],
        "250",
        without_change(yearly_per_paycheck),
    ),
    (
        [_SALARY, "i get paid biweekly, whats that per paycheck"],
        "230.7692307692 (≈ 230.77)",
        without_change(yearly_per_paycheck),
    ),
    # Sharers named as flatmates, some moving out: 2,400 / 3.
    (
        ["rent is 2400 split between 5 flatmates", "and if 2 of the flatmates move away?"],
        "800",
        without_change(sharer_named_leaves),
    ),
    # A one-off fee on top of a year: 15.49 x 12 + 20; + 25.
    (
        ["netflix is 15.49 a month, whats that a year", "with a 20 dollar setup fee"],
        "205.88",
        without_change(one_off_fee_added),
    ),
    (
        ["netflix is 15.49 a month, whats that a year", "and including the $25 registration fee"],
        "210.88",
        without_change(one_off_fee_added),
    ),
    # Another pack per the measure asked, in cents: 24 / 32 oz.
    ([_HONEY, "what about a 2 lb jar for 24"], "0.75", without_change(other_pack_priced)),
    # The big pack against small ones, from two turns: 3 x 60 - 150.
    (
        [*_VISITS, "how much do i save with the 15 visit card over three of the smaller ones?"],
        "30",
        off(followups, "packs_compared", never),
    ),
    # Money in cents shown to the cent: 0.4 -> 0.40; a price per measure, whole: 1.00.
    (
        ["2 stamps at 0.20 each, how much"],
        "0.40",
        off(handler_calculation, "cents_shown", never),
    ),
    (
        ["32 oz bag of beans is 32.00, whats that per ounce"],
        "1.00",
        off(handler_calculation, "cents_shown", never),
    ),
]

test_open_markers_closed_by_their_rules = _read_only(_CASES)


@pytest.mark.parametrize(
    ("question", "time_there"),
    [
        # Zones without summer time, so the hour is the same on any day the test runs.
        ("if its 3pm in tokyo what time is it in singapore", "14:00 (Asia/Singapore, "),
        ("if its 9am in bangkok what time is it in tokyo", "11:00 (Asia/Tokyo, "),
    ],
)
def test_a_clock_times_it_is_no_reference(
    question: str, time_there: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert (answer_to([question]) or "").startswith(time_there)
    monkeypatch.setattr(references, "without_clock_it", _unchanged)
    assert answer_to([question]) is None


@pytest.mark.parametrize(
    "turns",
    [
        # A pay period unsaid: how many paychecks a year is unknown.
        [_SALARY, "how much per paycheck"],
        # Two accounts: which percent is asked is unsaid.
        ["i make 72k a year and put 6% in my 401k and 2% in my ira, how much is that a year"],
        # A fee paid every month is no one-off.
        ["netflix is 15.49 a month, whats that a year", "and with the 10 dollar monthly fee"],
        # Small packs that do not make up the big one: 2 x 5 is not 15.
        [*_VISITS, "how much do i save with the 15 visit card over two of the smaller ones?"],
        # The plan costs less than the price: "how much more" reads nothing.
        ["tv is 900 outright or 30 a month for 24 months, how much more on the monthly plan"],
    ],
)
def test_the_rules_leave_what_they_cannot_place(turns: list[str]) -> None:
    assert answer_to(turns) is None


@pytest.mark.parametrize(
    ("question", "expected"),
    [
        # A bare "what time is it" keeps its reading (the time tool's).
        ("what time is it in seoul", None),
        # Money past the cent is still rounded by the older rule; an amount of one or more
        # with one decimal, and a price per measure past the cent, keep their readings.
        ("3 shirts at 19.99 each plus 8.25% sales tax, how much", "64.92"),
        ("2 coffees at 4.55 each, how much", "9.1"),
        ("12 oz bag of coffee is 14.99, whats that per ounce", "1.2491666667 (≈ 1.25)"),
        # A split with its count said keeps the older reading.
        (
            "dinner came to 248, add 18% tip and split 6 ways, how much each",
            "48.7733333333 (≈ 48.77)",
        ),
    ],
)
def test_readings_around_the_readers_stay(question: str, expected: str | None) -> None:
    assert answer_to([question]) == expected


def test_a_counted_word_problem_is_no_question_to_the_organisation(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """ "you have 5 candies and eat 2, how many candies do you have left" reaches a model."""
    import graphs.unanswered_rules as unanswered_rules
    from agents.documents import DocPlan

    searched = DocPlan(kind="generate", reasons=["documents: no confident match (0.12)"])
    question = "you have 5 candies and eat 2, how many candies do you have left"
    engine: Any = None  # not read on this path
    assert not unanswered_rule_question(engine, searched, question, "default")
    monkeypatch.setattr(unanswered_rules, "counts_what_it_asks", lambda _text: False)
    assert unanswered_rule_question(engine, searched, question, "default")
    # Nothing counted: still a question to the organisation.
    assert counts_what_it_asks("we are 3 people for 2 nights, how many rooms do you have") is False


@pytest.mark.parametrize(
    ("question", "previous_answer"),
    [
        ("is it too expensive for sneakers", "$139.36"),
        ("그거 비싼 거야?", "139,360원"),
    ],
)
def test_a_bare_previous_figure_answers_no_opinion(
    question: str, previous_answer: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The previous figure alone, to a judgement asked of it, is a repeat (the guard's)."""
    import agents.repeated_bare_figure as repeated

    previous = "jacket is 64 dollars and sales tax here is 8.875%, how much for two"
    reply = previous_answer
    assert repeated.repeats_bare_figure(reply, question, previous, previous_answer)
    monkeypatch.setattr(repeated, "asks_an_opinion", lambda _question: False)
    assert not repeated.repeats_bare_figure(reply, question, previous, previous_answer)


@pytest.mark.parametrize(
    ("question", "grams"),
    [
        ("3 cups of flour in grams", "about 360 g (3 cups x 120 g,"),
        ("what is half a cup of butter in grams", "about 113.5 g (0.5 cups x 227 g,"),
        ("how many grams is 1 and a half cups of sugar", "about 300 g (1.5 cups x 200 g,"),
    ],
)
def test_cups_at_a_standard_weight_said_so(
    question: str, grams: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    import tools.handlers as handlers

    assert (answer_to([question]) or "").startswith(grams)
    monkeypatch.setattr(handlers, "cups_in_grams", never)
    assert answer_to([question]) is None


def test_cups_of_what_has_no_standard_weight_stay_unread() -> None:
    assert answer_to(["how many grams is 2 cups of rice"]) is None
    # A weight the asker gives is the other reader's, and wins.
    assert answer_to(["2 cups of flour in grams if a cup weighs 125g"]) == "250 g"
