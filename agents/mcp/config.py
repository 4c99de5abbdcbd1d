"""Load ``mcp_servers.json``: the desktop-client shape plus Switchyard extras.

Desktop MCP clients use ``{"mcpServers": {"name": {"command", "args", "env"}}}``
for stdio servers and ``{"url", "headers"}`` for HTTP ones; the same file works
here. Extras per server: ``privacy`` (``local`` | ``external``, default
``external``), ``timeout_s``, ``startup_timeout_s``, ``disabled``,
``destructive_tools`` (tool names that must be confirmed whatever their
annotations say) and ``read_resource_links`` (the server is trusted to have the
resources its tool results link to read, and their text added to the result).
``${VAR}`` in ``env`` and ``headers`` values is read from the environment so
tokens need not be written into the file.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from agents.mcp.errors import McpConfigError

Privacy = Literal["local", "external"]

_ENV_REF = re.compile(r"\$\{([A-Za-z_][A-Za-z0-9_]*)\}")
_NAME = re.compile(r"^[A-Za-z0-9_.-]{1,48}$")
_KNOWN_KEYS = {
    "command", "args", "env", "cwd", "url", "headers", "type", "transport",
    "privacy", "timeout_s", "startup_timeout_s", "disabled", "destructive_tools",
    "read_resource_links",
}  # fmt: skip


@dataclass(frozen=True)
class ServerConfig:
    """One configured server.

    Attributes:
        name: Key under ``mcpServers``; also the prefix of its tools' LangChain names.
        transport: ``stdio`` (``command`` set) or ``http`` (``url`` set).
        privacy: ``local`` servers may handle personal data: their results stay local.
        timeout_s: Per-request timeout; ``None`` means the manager's default.
        startup_timeout_s: Start-up timeout; ``None`` means the manager's default.
        read_resource_links: Read the text of resources linked from this server's
            tool results (off by default: a link may point anywhere the server likes).
    """

    name: str
    transport: Literal["stdio", "http"]
    command: str = ""
    args: tuple[str, ...] = ()
    env: dict[str, str] = field(default_factory=dict)
    cwd: str | None = None
    url: str = ""
    headers: dict[str, str] = field(default_factory=dict)
    privacy: Privacy = "external"
    timeout_s: float | None = None
    startup_timeout_s: float | None = None
    disabled: bool = False
    destructive_tools: frozenset[str] = frozenset()
    read_resource_links: bool = False


def _expand(value: str) -> str:
    # An unset variable expands to "" rather than failing: the server then
    # reports its own missing-credential error, which names the variable.
    return _ENV_REF.sub(lambda m: os.environ.get(m.group(1), ""), value)


def _str_map(name: str, key: str, raw: Any) -> dict[str, str]:
    if raw is None:
        return {}
    if not isinstance(raw, dict) or not all(isinstance(v, str) for v in raw.values()):
        raise McpConfigError(name, f"mcp server {name!r}: {key!r} must map names to strings")
    return {str(k): _expand(v) for k, v in raw.items()}


def _positive(name: str, key: str, raw: Any) -> float | None:
    if raw is None:
        return None
    if isinstance(raw, bool) or not isinstance(raw, int | float) or raw <= 0:
        raise McpConfigError(name, f"mcp server {name!r}: {key!r} must be a positive number")
    return float(raw)


def parse_server(name: str, raw: Any) -> ServerConfig:
    """Validate one ``mcpServers`` entry.

    Args:
        name: The entry's key.
        raw: The entry's JSON value.

    Returns:
        The parsed config.

    Raises:
        McpConfigError: The entry is malformed; the message names the key to fix.
    """
    if not _NAME.match(name):
        raise McpConfigError(name, f"mcp server name {name!r} must match {_NAME.pattern}")
    if not isinstance(raw, dict):
        raise McpConfigError(name, f"mcp server {name!r} must be a JSON object")
    unknown = sorted(set(raw) - _KNOWN_KEYS)
    if unknown:
        raise McpConfigError(name, f"mcp server {name!r}: unknown keys {unknown}")
    has_cmd, has_url = "command" in raw, "url" in raw
    if has_cmd == has_url:
        raise McpConfigError(name, f"mcp server {name!r}: set exactly one of 'command' or 'url'")
    privacy = raw.get("privacy", "external")
    if privacy not in ("local", "external"):
        raise McpConfigError(name, f"mcp server {name!r}: 'privacy' must be 'local' or 'external'")
    args = raw.get("args", [])
    if not isinstance(args, list) or not all(isinstance(a, str) for a in args):
        raise McpConfigError(name, f"mcp server {name!r}: 'args' must be a list of strings")
    destructive = raw.get("destructive_tools", [])
    if not isinstance(destructive, list) or not all(isinstance(t, str) for t in destructive):
        raise McpConfigError(name, f"mcp server {name!r}: 'destructive_tools' must list names")
    if has_cmd and (not isinstance(raw["command"], str) or not raw["command"]):
        raise McpConfigError(name, f"mcp server {name!r}: 'command' must be a non-empty string")
    url = raw.get("url", "")
    if has_url and (not isinstance(url, str) or not url.startswith(("http://", "https://"))):
        raise McpConfigError(name, f"mcp server {name!r}: 'url' must be an http(s) URL")
    cwd = raw.get("cwd")
    return ServerConfig(
        name=name,
        transport="stdio" if has_cmd else "http",
        command=raw.get("command", ""),
        args=tuple(_expand(a) for a in args),
        env=_str_map(name, "env", raw.get("env")),
        cwd=cwd if isinstance(cwd, str) else None,
        url=url,
        headers=_str_map(name, "headers", raw.get("headers")),
        privacy=privacy,
        timeout_s=_positive(name, "timeout_s", raw.get("timeout_s")),
        startup_timeout_s=_positive(name, "startup_timeout_s", raw.get("startup_timeout_s")),
        disabled=bool(raw.get("disabled", False)),
        destructive_tools=frozenset(destructive),
        read_resource_links=raw.get("read_resource_links") is True,
    )


def load_config(path: Path) -> list[ServerConfig]:
    """Read ``mcp_servers.json``; a missing file means no external servers.

    Raises:
        McpConfigError: The file is not valid JSON or an entry is malformed.
    """
    if not path.exists():
        return []
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise McpConfigError("*", f"cannot read MCP config {path}: {exc}") from exc
    servers = data.get("mcpServers") if isinstance(data, dict) else None
    if not isinstance(servers, dict):
        raise McpConfigError("*", f"{path}: expected an object with a 'mcpServers' object")
    return [parse_server(str(name), raw) for name, raw in servers.items()]
