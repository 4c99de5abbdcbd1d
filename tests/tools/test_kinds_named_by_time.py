"""A time word that names a kind of thing ("3 day passes", "two 7 day passes") is no measure,
and a spelled count before a figure is not that figure (tools.calculator_units,
tools.price_total; both found by turns34 beside its set)."""

from __future__ import annotations

import pytest

from tests.tools.rule_switch import NEVER
from tools import calculator_units, price_total
from tools.handlers import match_deterministic


def _answer(question: str) -> str | None:
    found = match_deterministic(question)
    return None if found is None else found.answer


def test_a_day_pass_count_carries_no_unit(monkeypatch: pytest.MonkeyPatch) -> None:
    assert _answer("3 day passes at 129 each, total?") == "387"
    assert _answer("we need 4 hour tickets at 60 each, total") == "240"
    monkeypatch.setattr(calculator_units, "_names_a_kind", lambda *_: False)
    assert _answer("3 day passes at 129 each, total?") == "387 d"


@pytest.mark.parametrize(
    "question", ["1.5 hours times 3", "2 days plus 3 days", "what is 3 hours times 4"]
)
def test_a_span_of_time_is_still_the_results_unit(question: str) -> None:
    answer = _answer(question)
    assert answer is not None and answer.endswith((" h", " d"))


def test_a_spelled_count_before_a_figure_is_the_count(monkeypatch: pytest.MonkeyPatch) -> None:
    # Two 7-day passes at 45 each are 90; the figure 7 was read as the count (315), and
    # then declined; now the figure naming the kind is dropped (tools.priced_kind_figure).
    assert _answer("two 7 day passes at 45 each, how much") == "90"
    assert _answer("three 2 litre bottles at 1.80 each, total?") == "5.4"
    assert _answer("two pizzas at 12 each, total?") == "24"
    # A figure that names no kind after the count still declines.
    assert _answer("two 5 star hotels at 120 each, how much") is None
    monkeypatch.setattr(price_total, "kind_figure_dropped", lambda _text: None)
    assert _answer("two 7 day passes at 45 each, how much") is None
    monkeypatch.setattr(price_total, "_COUNT_BEFORE_FIGURE", NEVER)
    assert _answer("two 7 day passes at 45 each, how much") == "315"
