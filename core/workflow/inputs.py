"""A run's inputs checked against the workflow's typed ``inputs`` (and coerced from text)."""

from __future__ import annotations

import json
from typing import Any

from core.errors import ConfigError
from core.workflow.schema import InputSpec, Workflow


def coerce_inputs(workflow: Workflow, given: dict[str, Any]) -> dict[str, Any]:
    """The run's inputs: defaults filled in, text turned into the declared types.

    Command lines and forms give text (``--input count=3``); a value that already has
    the right type is kept as is.

    Raises:
        ConfigError: an input is missing, unknown, or not of its declared type
            (every such problem is listed).
    """
    problems: list[str] = []
    result: dict[str, Any] = {}
    for name in given:
        if name not in workflow.inputs:
            known = ", ".join(workflow.inputs) or "none"
            problems.append(f"unknown input {name!r} (inputs: {known})")
    for name, spec in workflow.inputs.items():
        if name not in given or given[name] is None:
            if spec.default is not None or not spec.required:
                result[name] = spec.default
            else:
                problems.append(f"input {name!r} is required ({spec.type})")
            continue
        try:
            result[name] = _coerce(spec, given[name])
        except ValueError as exc:
            problems.append(f"input {name!r}: {exc}")
    if problems:
        raise ConfigError(f"workflow {workflow.name!r}: " + "; ".join(problems))
    return result


def _coerce(spec: InputSpec, value: Any) -> Any:
    kind = spec.type
    if kind == "string":
        return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    if isinstance(value, str):
        text = value.strip()
        if kind == "boolean":
            if text.lower() in ("true", "yes", "1"):
                return True
            if text.lower() in ("false", "no", "0"):
                return False
            raise ValueError(f"{value!r} is not a boolean")
        try:
            value = json.loads(text)
        except json.JSONDecodeError as exc:
            raise ValueError(f"{value!r} is not {kind}") from exc
    checks: dict[str, tuple[type, ...]] = {
        "number": (int, float),
        "integer": (int,),
        "boolean": (bool,),
        "array": (list,),
        "object": (dict,),
    }
    wanted = checks[kind]
    if not isinstance(value, wanted) or (kind in ("number", "integer") and isinstance(value, bool)):
        raise ValueError(f"{value!r} is not {kind}")
    return value
