"""The user-facing side of an elicitation: the question asked and the answer given.

Plain data without the ``mcp`` SDK, so the graph can hold them without importing
it (a CLI ``ask`` that needs no MCP tool never pays for the SDK).
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from typing import Any, Literal

ElicitAction = Literal["accept", "decline", "cancel"]
ACTIONS: tuple[ElicitAction, ...] = ("accept", "decline", "cancel")


def question_key(message: str, schema: dict[str, Any]) -> str:
    """A short fingerprint of one question: an answer is only ever given to the question
    the user saw (a server that asks something else on the retry is asked again)."""
    raw = json.dumps([message, schema], sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(raw.encode()).hexdigest()[:16]


@dataclass(frozen=True)
class ElicitationAnswer:
    """The user's reply to one question: an action and, for ``accept``, the fields."""

    key: str
    action: ElicitAction
    content: dict[str, Any] = field(default_factory=dict)
    # The held call the question came from (``agents.mcp.held_calls``), if any: the
    # answer goes to that waiting call when this process still holds it.
    held: str = ""

    def to_data(self) -> dict[str, Any]:
        """JSON-ready form kept in the graph state."""
        data = {"key": self.key, "action": self.action, "content": dict(self.content)}
        return {**data, "held": self.held} if self.held else data

    @classmethod
    def from_data(cls, data: dict[str, Any]) -> ElicitationAnswer:
        """Inverse of ``to_data``."""
        action = data.get("action", "cancel")
        return cls(
            key=str(data.get("key", "")),
            action=action if action in ACTIONS else "cancel",
            content=dict(data.get("content") or {}),
            held=str(data.get("held") or ""),
        )


@dataclass(frozen=True)
class ElicitationQuestion:
    """What a server asked: its message and the flat schema of the fields it wants."""

    server: str
    tool: str
    message: str
    schema: dict[str, Any]

    @property
    def key(self) -> str:
        """See ``question_key``."""
        return question_key(self.message, self.schema)

    def to_data(self) -> dict[str, Any]:
        """JSON-ready form: the interrupt value and the MCP ``ask`` reply carry it."""
        return {
            "type": "elicitation",
            "server": self.server,
            "tool": f"{self.server}.{self.tool}",
            "message": self.message,
            "requested_schema": self.schema,
            "key": self.key,
        }


def with_defaults(schema: dict[str, Any], content: dict[str, Any]) -> dict[str, Any]:
    """Fill the fields the user left out with the schema's defaults (SEP-1034)."""
    filled = dict(content)
    for name, spec in (schema.get("properties") or {}).items():
        if name not in filled and isinstance(spec, dict) and "default" in spec:
            filled[name] = spec["default"]
    return filled
