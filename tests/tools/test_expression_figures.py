"""The figures a calculator reading uses, compared by value (tools.expression_figures)."""

from __future__ import annotations

from decimal import Decimal

from tools.expression_figures import figure_value, figures_used


def test_figures_are_compared_by_value() -> None:
    assert figures_used("(12.50 + 3) * 4") == {Decimal("12.5"), Decimal(3), Decimal(4)}
    assert Decimal("8900") in figures_used("8900 * 6 / 100")
    assert figures_used("두 사람") == set()


def test_a_figure_value_or_none() -> None:
    assert figure_value("17.50") == Decimal("17.5")
    assert figure_value("1,200") is None
