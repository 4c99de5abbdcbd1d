"""The expression language and templates: what they compute, and what they refuse."""

from __future__ import annotations

import json
from typing import Any

import pytest

from core.workflow.expressions import ExpressionError, evaluate, parse, refs
from core.workflow.schema import SCHEMA_FILE, schema_text
from core.workflow.templates import parse_template, render, render_text

SCOPE: dict[str, Any] = {
    "inputs": {"message": "주차는 몇 시간 무료인가요?", "amount": 12},
    "steps": {
        "kind": {"label": "faq"},
        "approve": {"approved": False},
        "find": {"passages": [{"source": "a.md"}, {"source": "b.md"}]},
    },
}


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("steps.kind.label == 'faq'", True),
        ("steps.kind.label in ['faq', 'document']", True),
        ("steps.kind.label not in ['faq', 'document']", False),
        ("not steps.approve.approved", True),
        ("steps.approve.approved or steps.kind.label == 'other'", False),
        ("inputs.amount >= 10 and inputs.amount < 13", True),
        ("'주차' in inputs.message", True),
        ("steps.missing.output", None),
        ("steps.missing.output > 3", False),
        ("steps.find.passages.1.source", "b.md"),
        ("(1 == 2) or null", None),
        ('"a\\"b"', 'a"b'),
    ],
)
def test_evaluates(source: str, expected: object) -> None:
    assert evaluate(parse(source), SCOPE) == expected


@pytest.mark.parametrize(
    ("source", "column"),
    [
        ("__import__('os').system('ls')", 10),
        ("steps.kind.label ==", 19),
        ("a = 1", 2),
        ("steps.kind.label == 'faq' and", 29),
        ("[1, 2", 5),
        ("x; y", 1),
    ],
)
def test_refuses_what_is_not_the_language(source: str, column: int) -> None:
    with pytest.raises(ExpressionError) as info:
        parse(source)
    assert info.value.column == column


def test_refs_lists_every_dotted_name() -> None:
    expr = parse("steps.kind.label in ['faq'] and not inputs.flag or item.title")
    assert [r.path for r in refs(expr)] == [
        ("steps", "kind", "label"),
        ("inputs", "flag"),
        ("item", "title"),
    ]


def test_templates_fill_holes_and_keep_a_single_value_typed() -> None:
    assert render_text("Q: {{ inputs.message }} ({{ steps.kind.label }})", SCOPE) == (
        "Q: 주차는 몇 시간 무료인가요? (faq)"
    )
    assert render("{{ steps.find.passages }}", SCOPE) == SCOPE["steps"]["find"]["passages"]
    assert render_text("{{ steps.none.output or 'fallback' }}", SCOPE) == "fallback"
    assert render_text("no holes", SCOPE) == "no holes"
    assert render_text("{{ steps.approve.approved }}", SCOPE) == "false"


def test_template_errors_point_into_the_whole_text() -> None:
    with pytest.raises(ExpressionError) as info:
        parse_template("Hello {{ inputs.name( }}")
    assert info.value.column == len("Hello {{ inputs.name")
    with pytest.raises(ExpressionError, match="never closed"):
        parse_template("Hello {{ inputs.name")


def test_committed_json_schema_is_current() -> None:
    # Regenerate with: python -m core.workflow.schema_export
    assert SCHEMA_FILE.read_text(encoding="utf-8") == schema_text()
    schema = json.loads(schema_text())
    assert set(schema["properties"]) >= {"name", "version", "inputs", "outputs", "steps", "cases"}
