"""A stand-in tool manager with one server, "vault", whose two tools read and destroy.

Shared by the tests of a tool named in prose (its name as the verb, in the possessive):
the tool's name and its server are all these readers look at.
"""

from __future__ import annotations

from agents.mcp.types import McpToolInfo, ServerStatus

_TEXT = {"type": "object", "properties": {"target": {"type": "string"}}, "required": ["target"]}


class VaultServer:
    """The configured servers as the tool readers see them: "vault" with peek and shred."""

    def status(self) -> list[ServerStatus]:
        return [ServerStatus("vault", "running", tools=2)]

    def list_tools(self) -> list[McpToolInfo]:
        return [
            McpToolInfo("vault", "peek", "Look.", _TEXT, permission="read_only"),
            McpToolInfo("vault", "shred", "Destroy.", _TEXT, destructive=True),
        ]

    def known_tools(self) -> list[tuple[str, str, bool]]:
        return [(t.server, t.name, t.enabled) for t in self.list_tools()]
