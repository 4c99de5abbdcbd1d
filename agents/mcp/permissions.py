"""An MCP tool's permission, from its annotations with the spec's fail-safe defaults.

The MCP spec makes every hint advisory and picks defaults that assume the worst:
``readOnlyHint`` defaults to false (the tool may change its environment) and
``destructiveHint`` to true (a change may be destructive). So only a tool that
says ``readOnlyHint: true`` reads; a writing tool is destructive unless it says
``destructiveHint: false``; a non-destructive writer that says
``openWorldHint: true`` reaches the outside world. An admin may override any of
this per tool in config (``[mcp.tools."git.git_log"] permission = "read"``).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal

from tools.registry import Permission

ConfigPermission = Literal["read", "write", "destructive", "external"]

# The config words (short, for admins) and the registry's words for the same levels.
FROM_CONFIG: dict[ConfigPermission, Permission] = {
    "read": "read_only",
    "write": "writes",
    "destructive": "destructive",
    "external": "external_network",
}


def permission_from_annotations(
    annotations: Mapping[str, Any], *, listed_destructive: bool = False
) -> Permission:
    """The permission level the gate enforces for an MCP tool.

    Args:
        annotations: The tool's ``ToolAnnotations`` as a dict (absent hints absent).
        listed_destructive: The server's config lists the tool in ``destructive_tools``.
    """
    if listed_destructive:
        return "destructive"
    if annotations.get("readOnlyHint") is True:
        return "read_only"
    if annotations.get("destructiveHint") is not False:
        return "destructive"
    if annotations.get("openWorldHint") is True:
        return "external_network"
    return "writes"
