"""The form for an MCP server's question (elicitation), shown where tool approvals are.

The server sends a flat JSON schema: strings (optionally an enum, or ``oneOf`` with
titles), numbers, integers, booleans and lists of enum values. Each becomes one widget;
the three buttons send the spec's actions (accept with the fields, decline, cancel).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import streamlit as st

from ui.session import lang

# Literal labels (ko, en): the question's own text comes from the server.
_LABELS = {
    "asks": ("{tool}의 질문", "{tool} asks"),
    "accept": ("보내기", "Send"),
    "decline": ("거절", "Decline"),
    "cancel": ("취소", "Cancel"),
}


@dataclass(frozen=True)
class FormField:
    """One widget of the form: the field's name, label, kind, choices and default."""

    name: str
    label: str
    kind: str  # "text", "number", "integer", "boolean", "choice", "choices"
    required: bool
    choices: tuple[tuple[str, str], ...] = ()  # (value, shown title)
    default: Any = None


def _label(key: str, **values: str) -> str:
    ko, en = _LABELS[key]
    return (ko if lang() == "ko" else en).format(**values)


def _choices(spec: dict[str, Any]) -> tuple[tuple[str, str], ...]:
    if "enum" in spec:
        names = spec.get("enumNames") or spec["enum"]
        return tuple((str(v), str(n)) for v, n in zip(spec["enum"], names, strict=False))
    options = spec.get("oneOf") or spec.get("anyOf") or []
    return tuple(
        (str(o["const"]), str(o.get("title", o["const"]))) for o in options if "const" in o
    )


def form_fields(schema: dict[str, Any]) -> list[FormField]:
    """The widgets for a requested schema, in the server's order."""
    required = set(schema.get("required") or [])
    fields: list[FormField] = []
    for name, spec in (schema.get("properties") or {}).items():
        kind = str(spec.get("type", "string"))
        choices = _choices(spec.get("items", {}) if kind == "array" else spec)
        shown = {"string": "text", "array": "choices"}.get(kind, kind)
        if kind == "string" and choices:
            shown = "choice"
        title = str(spec.get("title") or name)
        label = f"{title} — {spec['description']}" if spec.get("description") else title
        fields.append(FormField(name, label, shown, name in required, choices, spec.get("default")))
    return fields


def _widget(field: FormField, key: str) -> Any:
    label = f"{field.label} *" if field.required else field.label
    titles = dict(field.choices)
    values = list(titles)
    if field.kind == "boolean":
        return st.checkbox(label, value=bool(field.default), key=key)

    def title(value: str) -> str:
        return titles.get(value, value)

    if field.kind == "choice":
        # Index 0 when the server gave no default: a select box always shows one value.
        index = values.index(field.default) if field.default in values else 0
        return st.selectbox(label, values, index=index, format_func=title, key=key)
    if field.kind == "choices":
        default = [v for v in field.default or [] if v in values]
        return st.multiselect(label, values, default=default, format_func=title, key=key)
    if field.kind in ("number", "integer"):
        cast = int if field.kind == "integer" else float
        value = cast(field.default) if field.default is not None else None
        return st.number_input(label, value=value, step=cast(1), key=key)
    return st.text_input(label, value=str(field.default or ""), key=key)


def render_elicitation(question: dict[str, Any], key: str) -> dict[str, Any] | None:
    """Show the question as a form; the reply once a button was pressed, else ``None``."""
    st.info(f"{_label('asks', tool=str(question.get('tool')))}: {question.get('message', '')}")
    fields = form_fields(question.get("requested_schema") or {})
    with st.form(key):
        values = {f.name: _widget(f, f"{key}-{f.name}") for f in fields}
        left, middle, right = st.columns(3)
        accept = left.form_submit_button(_label("accept"), type="primary")
        decline = middle.form_submit_button(_label("decline"))
        cancel = right.form_submit_button(_label("cancel"))
    if decline:
        return {"action": "decline"}
    if cancel:
        return {"action": "cancel"}
    if not accept:
        return None
    # Empty optional fields are left out: the server's defaults apply (SEP-1034).
    content = {name: v for name, v in values.items() if v not in (None, "", [])}
    return {"action": "accept", "content": content}
