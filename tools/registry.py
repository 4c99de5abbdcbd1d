"""The one place built-in tools are registered.

Tools are plain typed functions with a one-line docstring. Each is registered
once here with its permission level and adapted outward by the edges
(LangChain tools in ``agents/``, MCP tools in ``mcp_servers/``).
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any, Literal

Permission = Literal["read_only", "writes", "external_network", "destructive"]


@dataclass(frozen=True)
class ToolSpec:
    """A registered tool: the function plus what it is allowed to touch."""

    name: str
    func: Callable[..., Any]
    permission: Permission = "read_only"
    idempotent: bool = True

    @property
    def description(self) -> str:
        """The function's one-line docstring."""
        doc = inspect.getdoc(self.func) or self.name
        return doc.strip().splitlines()[0]


class ToolRegistry:
    """An ordered, name-unique set of tools."""

    def __init__(self, specs: list[ToolSpec] | None = None) -> None:
        self._specs: dict[str, ToolSpec] = {}
        for spec in specs or []:
            self.add(spec)

    def add(self, spec: ToolSpec) -> None:
        """Register a tool; a duplicate name is a programming error."""
        if spec.name in self._specs:
            raise ValueError(f"tool {spec.name!r} is registered twice")
        self._specs[spec.name] = spec

    def get(self, name: str) -> ToolSpec:
        """Look a tool up by name."""
        return self._specs[name]

    def __contains__(self, name: object) -> bool:
        return name in self._specs

    def __iter__(self) -> Iterator[ToolSpec]:
        return iter(self._specs.values())

    def names(self) -> list[str]:
        """Registered tool names in registration order."""
        return list(self._specs)
