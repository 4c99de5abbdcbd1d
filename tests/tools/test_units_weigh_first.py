"""A measure said with "I weigh"/"we measure" before the unit asked (own examples)."""

from __future__ import annotations

import pytest

from tools.handlers import match_deterministic


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("I weigh 61 kg, how many pounds is that", "134.48"),
        ("we measure 2.5 m, how many feet is that", "8.2021 ft"),
    ],
)
def test_a_measure_after_weigh_is_converted(text: str, answer: str) -> None:
    result = match_deterministic(text)
    assert result is not None and result.handler == "units", text
    assert answer in result.answer, result


def test_a_weight_without_a_unit_asked_is_no_conversion() -> None:
    assert match_deterministic("I weigh 61 kg") is None
