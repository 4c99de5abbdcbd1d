"""A local model's document answer keeps the rate a price is stated per (docx62, set 52).

"how much to lift the boat out" was answered "£18." from "Lift-out and relaunch | £18 per
metre", and "how much is a visitor swinging mooring per night" "£1.20", the difference of
the visitor table's £3.60 and £2.40, which the question's "per" let pass as computed
(agents.per_rates_62x). Inputs are our own, with near misses; each rule is switched off once.
"""

from __future__ import annotations

import pytest

import agents.per_rates_62x as per_rates
from agents.answer_grounding import ungrounded
from tests.tools.rule_switch import off, read_only_by_its_rule

_KAYAKS = (
    "Kayak hire is £9 per hour. A guided paddle costs £25 each trip. "
    "Lockers cost £2 a day. The launch fee is £6."
)
_STORAGE = "보관료는 상자당 5,000원입니다. 포장재는 3,000원입니다."
_HALL = "| Room | Price |\n|---|---|\n| Main hall | £40 per hour |\n| Kitchen | £15 per session |"
_POOL = "Swimming costs £4.50 a visit for adults and £2.20 a visit for children."


@pytest.mark.parametrize(
    ("question", "answer", "passage"),
    [
        ("how much is kayak hire", "Kayak hire costs £9.", _KAYAKS),
        ("whats a guided paddle", "A guided paddle is £25 [1].", _KAYAKS),
        ("짐 맡기면 얼마예요?", "보관료는 5,000원입니다.", _STORAGE),
        ("how much to rent the main hall", "The main hall is £40 in total.", _HALL),
        ("what does the kitchen cost", "It costs £15 per hour.", _HALL),  # another rate
        ("how much is a swim for kids", "Children swim for £2.20.", _POOL),
    ],
)
def test_a_price_stated_per_something_said_flat_is_ungrounded(
    question: str, answer: str, passage: str
) -> None:
    why = ungrounded(answer, question, [passage])
    assert why is not None and "only as a rate" in why, why


@pytest.mark.parametrize(
    ("question", "answer", "passage"),
    [
        ("how much is kayak hire", "Kayak hire costs £9 per hour [1].", _KAYAKS),
        ("whats the launch fee", "The launch fee is £6.", _KAYAKS),  # stated flat
        ("상자 보관하면 얼마예요?", "상자당 5,000원입니다 [1].", _STORAGE),
        ("how much to rent the main hall", "£40 for each hour.", _HALL),
        ("how much is a swim for kids", "Children pay £2.20 per visit.", _POOL),
    ],
)
def test_the_rate_said_or_a_flat_price_is_left_alone(
    question: str, answer: str, passage: str
) -> None:
    assert ungrounded(answer, question, [passage]) is None


_MOORINGS = "| Stay | Summer | Winter |\n|---|---|---|\n| Per night, per metre | £3.60 | £2.40 |"
_PARKING = "Parking costs £2 per hour and £12 per day."


@pytest.mark.parametrize(
    ("question", "answer", "passage"),
    [
        ("how much is a mooring per night", "A mooring is £1.20 per night.", _MOORINGS),
        ("what does parking cost per day", "Parking is £10 per day.", _PARKING),
        ("whats the price a night in winter", "£6.00 a night.", _MOORINGS),
    ],
)
def test_a_rate_the_passages_state_is_looked_up_not_computed(
    question: str, answer: str, passage: str
) -> None:
    why = ungrounded(answer, question, [passage])
    assert why is not None and "in no passage" in why, why


@pytest.mark.parametrize(
    ("question", "answer", "passage"),
    [
        # A rate the passages never state per that unit may still be computed.
        ("how much is the annual fee per month", "About £35 a month.", "The fee is £420 a year."),
        ("what do 3 hours of parking cost", "£6 for 3 hours.", _PARKING),
    ],
)
def test_a_rate_the_passages_do_not_state_may_be_computed(
    question: str, answer: str, passage: str
) -> None:
    assert ungrounded(answer, question, [passage + " Twelve months: 12 instalments."]) is None


def test_the_rate_kept_is_the_rule(monkeypatch: pytest.MonkeyPatch) -> None:
    read_only_by_its_rule(
        lambda: ungrounded("Kayak hire costs £9.", "how much is kayak hire", [_KAYAKS]) is None,
        False,
        off(per_rates, "use_per_rates", False),
        monkeypatch,
    )


def test_the_stated_rate_asked_is_the_rule(monkeypatch: pytest.MonkeyPatch) -> None:
    read_only_by_its_rule(
        lambda: (
            ungrounded("Parking is £10 per day.", "what does parking cost per day", [_PARKING])
            is None
        ),
        False,
        off(per_rates, "use_per_rates", False),
        monkeypatch,
    )
