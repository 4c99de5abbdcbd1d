"""The shared reader of calculator form tables: order, figures and the as-written check."""

from __future__ import annotations

from core.lazy_regex import LazyPattern
from tools.calculator_form_table import FormRow, first_form_expression

_SAYS_SPLIT = LazyPattern(r"\bsplit\b")
_ROWS: tuple[FormRow, ...] = (
    (LazyPattern(r"^(?P<a>\d+) for (?P<b>\d+)$"), "{a} / {b}", _SAYS_SPLIT),
    (LazyPattern(r"^(?P<a>\d+) (?:for|x) (?P<b>\d+)$"), "{a} * {b}", None),
    (LazyPattern(r"^(?P<a>\d+) x (?P<b>\d+) \+ (?P<c>\d+)$"), "{a} * {b} + {c}", None),
)


def test_a_row_whose_check_fails_gives_way_to_the_next() -> None:
    assert first_form_expression(_ROWS, "120 for 4", "120 for 4 people") == "120 * 4"
    assert first_form_expression(_ROWS, "120 for 4", "120 for 4, split it") == "120 / 4"


def test_the_third_figure_is_placed_and_no_match_is_none() -> None:
    assert first_form_expression(_ROWS, "3 x 5 + 2", "3 x 5 + 2") == "3 * 5 + 2"
    assert first_form_expression(_ROWS, "three for four", "three for four") is None
