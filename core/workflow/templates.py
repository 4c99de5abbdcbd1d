"""``{{ expression }}`` templates: text with holes filled by the expression language.

One syntax for every reference in a workflow file. A hole holds an expression of
``core.workflow.expressions`` (dotted names, literals, ``or``/``and``...), never
code. A template that is exactly one hole keeps the value's type (a list stays a
list, so ``map: "{{ steps.find.passages }}"`` iterates); otherwise values are
turned into text.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from core.workflow.expressions import Expr, ExpressionError, evaluate, parse, refs

_HOLE = re.compile(r"\{\{(.*?)\}\}", re.DOTALL)


@dataclass(frozen=True)
class Template:
    """A parsed template: literal text and expressions, in order."""

    source: str
    parts: tuple[str | Expr, ...]

    @property
    def expressions(self) -> tuple[Expr, ...]:
        """The holes' expressions."""
        return tuple(p for p in self.parts if not isinstance(p, str))

    def render(self, scope: Mapping[str, Any]) -> Any:
        """Fill the holes from ``scope``; a single-hole template returns the raw value."""
        if len(self.parts) == 1 and not isinstance(self.parts[0], str):
            return evaluate(self.parts[0], scope)
        return "".join(
            part if isinstance(part, str) else as_text(evaluate(part, scope)) for part in self.parts
        )


def as_text(value: object) -> str:
    """How a value reads inside text: empty for null, JSON for lists and objects."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def parse_template(source: str) -> Template:
    """Parse ``source``.

    Raises:
        ExpressionError: a hole holds no valid expression, or ``{{`` is never closed;
            ``column`` is counted from the start of ``source``.
    """
    parts: list[str | Expr] = []
    last = 0
    for match in _HOLE.finditer(source):
        if match.start() > last:
            parts.append(source[last : match.start()])
        try:
            parts.append(parse(match.group(1)))
        except ExpressionError as exc:
            raise ExpressionError(
                f"in {match.group(0)!r}: {exc}", match.start(1) + exc.column
            ) from exc
        last = match.end()
    rest = source[last:]
    if "{{" in rest:
        raise ExpressionError("'{{' is never closed with '}}'", last + rest.index("{{"))
    if rest or not parts:
        parts.append(rest)
    return Template(source, tuple(parts))


def template_refs(source: str) -> Iterator[tuple[str, ...]]:
    """The dotted paths a template reads (for validation)."""
    for expr in parse_template(source).expressions:
        for ref in refs(expr):
            yield ref.path


def render(source: str, scope: Mapping[str, Any]) -> Any:
    """Parse and render ``source`` in one call."""
    return parse_template(source).render(scope)


def render_text(source: str, scope: Mapping[str, Any]) -> str:
    """Render ``source`` and always return text."""
    return as_text(render(source, scope))
