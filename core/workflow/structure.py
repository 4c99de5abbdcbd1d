"""Problems of a workflow file's shape: a step without exactly one kind, schema violations.

Pydantic reports where a value is wrong as a path through the parsed models; these
helpers turn it back into the path as written in the file (so ``LineMap`` finds the
line) and name the step it belongs to.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from pydantic import ValidationError

from core.workflow.schema import STEP_KINDS
from core.workflow.source import LineMap, Problem

Loc = tuple[str | int, ...]


def _raw_steps(data: Any, loc: Loc) -> Iterator[tuple[Loc, dict[str, Any]]]:
    steps = data.get("steps") if isinstance(data, dict) else None
    if not isinstance(steps, list):
        return
    for index, step in enumerate(steps):
        if isinstance(step, dict):
            yield (*loc, "steps", index), step
            if "map" in step:
                yield from _raw_steps(step, (*loc, "steps", index))


def kind_problems(data: dict[str, Any], file: str, lines: LineMap) -> Iterator[Problem]:
    # Checked before pydantic so an unknown kind gets one clear message, not nine
    # "field required" errors from each candidate model.
    for loc, step in _raw_steps(data, ()):
        step_id = str(step.get("id", "")) or None
        kinds = [k for k in STEP_KINDS if k in step]
        if not kinds:
            extra = [k for k in step if k not in ("id", "when", "description")]
            field_ = extra[0] if extra else "id"
            shown = f" {extra[0]!r}" if extra else ""
            yield Problem(
                file,
                lines.line((*loc, field_)),
                step_id,
                field_,
                f"unknown step kind{shown}; expected one of: {', '.join(STEP_KINDS)}",
                "unknown_kind",
            )
        elif len(kinds) > 1:
            yield Problem(
                file,
                lines.line((*loc, kinds[1])),
                step_id,
                kinds[1],
                f"a step has exactly one kind; this one has {', '.join(kinds)}",
                "unknown_kind",
            )


def schema_problems(
    exc: ValidationError, data: dict[str, Any], file: str, lines: LineMap
) -> Iterator[Problem]:
    for error in exc.errors():
        loc = _data_loc(error["loc"], data)
        step_id, field_ = _step_of(loc, data)
        yield Problem(file, lines.line(loc), step_id, field_, error["msg"], "schema")


def _data_loc(loc: Sequence[str | int], data: Any) -> Loc:
    """Drop the union tags pydantic inserts, keeping the path as written in the file."""
    path: list[str | int] = []
    node = data
    for i, part in enumerate(loc):
        if i >= 2 and loc[i - 2] == "steps" and isinstance(loc[i - 1], int) and part in STEP_KINDS:
            continue  # the tag pydantic puts after a step's index, not a field of the file
        key: str | int = "else" if part == "else_" else part
        if _has(node, key):
            node = _child(node, key)
            path.append(key)
        elif isinstance(node, dict) and isinstance(key, str) and key not in STEP_KINDS:
            path.append(key)  # a missing field: its parent's line is the place to add it
            node = None
    return tuple(path)


def _step_of(loc: Loc, data: Any) -> tuple[str | None, str]:
    """The innermost step a path is in, and the field path inside it."""
    step_id: str | None = None
    rest: Loc = loc
    node = data
    for i, part in enumerate(loc):
        node = _child(node, part) if _has(node, part) else None
        if i >= 1 and loc[i - 1] == "steps" and isinstance(node, dict):
            step_id = str(node.get("id")) if node.get("id") is not None else f"#{part}"
            rest = loc[i + 1 :]
    return step_id, ".".join(str(p) for p in rest)


def _has(node: Any, part: str | int) -> bool:
    if isinstance(node, dict):
        return part in node
    return isinstance(node, list) and isinstance(part, int) and part < len(node)


def _child(node: Any, part: str | int) -> Any:
    if isinstance(node, list) and isinstance(part, int):
        return node[part]
    return node[part] if isinstance(node, dict) else None
