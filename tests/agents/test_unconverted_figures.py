"""A conversion answered with the question's own figure in the asked unit is no answer."""

from __future__ import annotations

import pytest

from agents.output_guard import check_output
from agents.unconverted_figures import unconverted_figure

CARRIED_OVER = [
    (
        "how many grams is 3 and a half cups of sugar",
        "3 and a half cups of sugar is about 3.5 grams.",
    ),
    ("how many km is 13 miles", "13 miles is 13 km."),
    ("2 gallons to liters?", "That would be 2 liters."),
    ("버터 2컵은 몇 그램이야?", "버터 2컵은 약 2그램입니다."),
    ("5파운드를 킬로그램으로 바꿔줘", "5파운드는 5킬로그램이에요."),
]
CONVERTED = [
    ("how many grams is 3 and a half cups of sugar", "About 700 grams (200 g a cup)."),
    ("how many km is 13 miles", "13 miles is about 20.9 km."),
    ("버터 2컵은 몇 그램이야?", "버터 1컵은 약 227그램이라 2컵은 454그램쯤입니다."),
    # The one figure a conversion leaves as it was.
    ("what is -40 °C in °F", "-40 °C is -40 °F."),
    # A span of time is read from clock times, never as a conversion.
    ("오전 9시 5분부터 오후 2시 5분까지 몇 시간?", "5시간입니다."),
    # No conversion asked.
    ("I bake with 2 cups of flour, any tips?", "Use 2 cups and sift it first."),
]


@pytest.mark.parametrize(("question", "reply"), CARRIED_OVER)
def test_the_questions_figure_in_the_asked_unit_is_no_answer(question: str, reply: str) -> None:
    assert unconverted_figure(reply, question) is not None
    failure = check_output(reply, question=question)
    assert failure is not None and failure.kind == "unconverted_figure"


@pytest.mark.parametrize(("question", "reply"), CONVERTED)
def test_a_converted_figure_stands(question: str, reply: str) -> None:
    assert unconverted_figure(reply, question) is None


def test_switched_off_the_carried_over_figure_passes(monkeypatch: pytest.MonkeyPatch) -> None:
    import agents.output_guard as output_guard

    question, reply = CARRIED_OVER[0]
    monkeypatch.setattr(output_guard, "unconverted_figure", lambda *args: None)
    assert check_output(reply, question=question) is None
