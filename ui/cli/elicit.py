"""``switchyard ask`` and an MCP server's question: prompt on a terminal, else say how to answer.

A question (``AskResult.pending`` item of type ``elicitation``) carries the server's
message and a flat JSON schema (string, number, integer, boolean, enums, lists of
enum values). On a terminal each field is asked in turn; elsewhere the command prints
the question and the ``--answer``/``--decline``/``--cancel`` forms that resume it.
"""

from __future__ import annotations

import json
from typing import Any

import typer

from core.errors import ConfigError


def reply_from_options(
    answer: str | None, decline: bool, cancel: bool, approve: bool = False
) -> dict[str, Any] | None:
    """The resume value ``--answer JSON``/``--decline``/``--cancel``/``--approve`` ask for.

    ``--approve`` says yes to a tool that waits for confirmation; ``--decline`` says
    no to it as well as to a server's question.

    Raises:
        ConfigError: More than one was given, or ``--answer`` is not a JSON object.
    """
    if sum((answer is not None, decline, cancel, approve)) > 1:
        raise ConfigError("give one of --answer, --decline, --cancel, --approve")
    if approve:
        return {"approve": True}
    if decline:
        return {"action": "decline"}
    if cancel:
        return {"action": "cancel"}
    if answer is None:
        return None
    try:
        content = json.loads(answer)
    except json.JSONDecodeError as exc:
        raise ConfigError(f"--answer must be a JSON object of the form's fields: {exc}") from exc
    if not isinstance(content, dict):
        raise ConfigError("--answer must be a JSON object of the form's fields")
    return {"action": "accept", "content": content}


def waiting_of(pending: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The first thing a result waits on: a tool confirmation or a server's question."""
    return pending[0] if pending else None


def prompt_pending(item: dict[str, Any]) -> dict[str, Any]:
    """Ask on the terminal: yes/no for a confirmation, the form for a question."""
    if item.get("type") == "elicitation":
        return prompt_reply(item)
    typer.echo(f"{item.get('tool')} waits for confirmation: {item.get('reason', '')}")
    typer.echo(f"arguments: {json.dumps(item.get('args', {}), ensure_ascii=False)}")
    return {"approve": typer.confirm("run it?", default=False)}


def how_to_answer(question: dict[str, Any], thread: str) -> str:
    """The lines printed when there is no terminal to prompt on."""
    if question.get("type") != "elicitation":
        return (
            f"{question.get('tool')} waits for confirmation: {question.get('reason', '')}\n"
            f"run it: switchyard ask --thread {thread} --approve\n"
            f"or not: switchyard ask --thread {thread} --decline"
        )
    fields = question.get("requested_schema", {}).get("properties", {})
    example = {name: _example(spec) for name, spec in fields.items()}
    return (
        f"{question.get('tool')} asks: {question.get('message')}\n"
        f"fields: {json.dumps(fields, ensure_ascii=False)}\n"
        f"answer: switchyard ask --thread {thread} --answer "
        f"'{json.dumps(example, ensure_ascii=False)}'\n"
        f"or:     switchyard ask --thread {thread} --decline   (or --cancel)"
    )


def prompt_reply(question: dict[str, Any]) -> dict[str, Any]:
    """Ask the question on the terminal, field by field (empty = the server's default)."""
    typer.echo(f"{question.get('tool')} asks: {question.get('message')}")
    action = typer.prompt("accept, decline or cancel", default="accept")
    if action in ("decline", "cancel"):
        return {"action": action}
    schema = question.get("requested_schema", {})
    required = set(schema.get("required", []))
    content: dict[str, Any] = {}
    for name, spec in schema.get("properties", {}).items():
        value = _prompt_field(name, spec, name in required)
        if value is not None:
            content[name] = value
    return {"action": "accept", "content": content}


def _choices(spec: dict[str, Any]) -> list[str]:
    items = spec.get("items", {}) if spec.get("type") == "array" else spec
    if "enum" in items:
        return [str(v) for v in items["enum"]]
    return [str(o["const"]) for o in items.get("oneOf", items.get("anyOf", [])) if "const" in o]


def _prompt_field(name: str, spec: dict[str, Any], required: bool) -> Any:
    label = f"{spec.get('title') or name} ({spec.get('description', name)})"
    kind = spec.get("type", "string")
    choices = _choices(spec)
    if choices:
        label += f" [{', '.join(choices)}]"
    if kind == "boolean":
        return typer.confirm(label, default=bool(spec.get("default", False)))
    text = str(typer.prompt(label, default="" if not required else None, show_default=False))
    if not text:
        return None
    if kind == "array":
        return [part.strip() for part in text.split(",") if part.strip()]
    if kind == "integer":
        return int(text)
    if kind == "number":
        return float(text)
    return text


def _example(spec: dict[str, Any]) -> Any:
    if "default" in spec:
        return spec["default"]
    return {"boolean": True, "integer": 1, "number": 1.0, "array": []}.get(
        spec.get("type", "string"), "..."
    )
