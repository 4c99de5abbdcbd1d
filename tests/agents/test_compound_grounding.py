"""A model's figure is not grounded by a passage that holds the question's compound by stem only.

Our own examples (a city's parks and its car park), not a held-out set's: "parks" meets
"parking" at the stem, yet a park's price is no parking ticket's.
"""

from __future__ import annotations

import pytest

import agents.per_rates_62x as per_rates
from agents.answer_grounding import ungrounded
from agents.compound_grounding import figure_from_a_stem_reading

_PARKS = "Barbecues in the city parks need a permit. A permit costs $30 a day."
_CAR_PARK = "A lost parking ticket costs $12 at the gate."
_CAR_PARK_KO = "주차권을 잃어버리면 정문에서 12,000원을 냅니다."
_PARKING_QUESTION = "how much is a lost parking ticket?"


def test_a_parks_price_does_not_ground_a_parking_ticket_answer(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    answer = "A lost parking ticket costs $30 [1]."
    # The other checks compare passages with each other: alone, the parks passage passes
    # (but for its "a day", which the answer drops: agents.per_rates_62x, off here).
    monkeypatch.setattr(per_rates, "use_per_rates", False)
    assert ungrounded(answer, _PARKING_QUESTION, [_PARKS]) is None
    assert figure_from_a_stem_reading(answer, _PARKING_QUESTION, [_PARKS]) == "$30"


def test_a_figure_in_another_currency_elsewhere_does_not_ground_it() -> None:
    # "30,000원" of a car park is no "$30": the parks passage alone states "$30".
    car_park = "주차권을 잃어버리면 정문에서 30,000원을 냅니다. 30분은 무료입니다."
    assert figure_from_a_stem_reading("It is $30.", _PARKING_QUESTION, [_PARKS, car_park])
    assert (
        figure_from_a_stem_reading("It is 30 minutes.", _PARKING_QUESTION, [_PARKS, car_park])
        is None
    )


def test_a_passage_writing_the_compound_as_asked_or_translated_grounds_it() -> None:
    assert figure_from_a_stem_reading("It costs $12 [1].", _PARKING_QUESTION, [_CAR_PARK]) is None
    answer = "It costs 12,000 won [1]."
    assert figure_from_a_stem_reading(answer, _PARKING_QUESTION, [_CAR_PARK_KO]) is None


def test_a_question_without_a_compound_is_left_to_the_other_checks() -> None:
    # "can i park ..." writes the bare word, as the parks passage does: no stem misreading.
    assert figure_from_a_stem_reading("$30 a day [1].", "how much to park a day", [_PARKS]) is None
    assert figure_from_a_stem_reading("$30 [1].", "how much is a barbecue permit", [_PARKS]) is None
