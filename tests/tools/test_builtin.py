"""The registered built-in tools: names, schema-friendly signatures, outputs."""

from __future__ import annotations

import inspect
import typing

import pytest

from core.errors import ToolInputError
from tools.builtin import (
    builtin_tools,
    calculator,
    convert_currency,
    convert_units,
    date_calculate,
    faq_lookup,
    format_krw,
)


def test_registry_contents() -> None:
    registry = builtin_tools()
    assert registry.names() == [
        "calculator",
        "convert_units",
        "date_calculate",
        "format_krw",
        "convert_currency",
        "faq_lookup",
    ]
    for spec in registry:
        assert spec.permission == "read_only"
        assert spec.description and "\n" not in spec.description


def test_signatures_are_json_schema_friendly() -> None:
    for spec in builtin_tools():
        hints = typing.get_type_hints(spec.func)
        assert hints.pop("return") is str
        params = inspect.signature(spec.func).parameters
        assert set(hints) == set(params)
        assert all(h in (str, int, float, bool) for h in hints.values()), spec.name


def test_calculator_tool() -> None:
    assert calculator("3만 5천원의 15%") == "5,250원 (35000 * 15 / 100)"
    with pytest.raises(ToolInputError, match="division by zero"):
        calculator("1/0")


def test_other_tools() -> None:
    assert convert_units(100, "km", "mi") == "100 km = 62.1371 mi"
    assert format_krw(5250) == "5,250원"
    assert format_krw(120_000_000, korean_units=True) == "1억 2,000만원"
    assert convert_currency(250, "USD", "KRW", 1350) == "337,500원 (337,500 KRW)"
    assert date_calculate("2025-01-31", months=1) == (
        "2025-02-28 (Friday, February 28, 2025; 2025년 2월 28일 (금))"
    )
    assert "09:00–18:00" in faq_lookup("진료 시간이 어떻게 되나요?")
    assert faq_lookup("Explain quantum entanglement").startswith("No curated FAQ answer")


def test_date_calculate_today_runs() -> None:
    assert date_calculate(days=1)[:4].isdigit()
    with pytest.raises(ToolInputError):
        date_calculate("not a date")
