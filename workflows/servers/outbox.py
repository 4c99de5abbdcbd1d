"""A small outbox MCP server for the ``support_triage`` sample (stdio).

``send`` appends a message to a JSON-lines file (``OUTBOX_PATH``, default
``.switchyard/outbox.jsonl``) instead of e-mailing anyone, so the sample and its
tests can see exactly what was sent and how often. ``list_sent`` reads it back.

Add it to ``mcp_servers.json``::

    "outbox": {"command": ".venv/bin/python", "args": ["workflows/servers/outbox.py"],
               "privacy": "local"}
"""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

from mcp.server.mcpserver import MCPServer
from mcp.types import ToolAnnotations

server = MCPServer("outbox")


def _path() -> Path:
    return Path(os.environ.get("OUTBOX_PATH", ".switchyard/outbox.jsonl"))


@server.tool(
    annotations=ToolAnnotations(read_only_hint=False, destructive_hint=False, open_world_hint=False)
)
def send(body: str, to: str = "customer") -> str:
    """Send a reply to the customer (appended to the local outbox file)."""
    path = _path()
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("a", encoding="utf-8") as out:
        out.write(json.dumps({"to": to, "body": body, "at": time.time()}, ensure_ascii=False))
        out.write("\n")
    return f"queued for {to}"


@server.tool(annotations=ToolAnnotations(read_only_hint=True, open_world_hint=False))
def list_sent() -> str:
    """Every message in the outbox, one JSON object per line."""
    path = _path()
    return path.read_text(encoding="utf-8") if path.is_file() else ""


if __name__ == "__main__":
    server.run("stdio")
