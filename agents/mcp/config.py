"""Load ``mcp_servers.json``: the desktop-client shape plus Switchyard extras.

Desktop MCP clients use ``{"mcpServers": {"name": {"command", "args", "env"}}}``
for stdio servers and ``{"url", "headers"}`` for HTTP ones; the same file works
here. Extras per server: ``privacy`` (``local`` | ``external``, default
``external``), ``timeout_s``, ``startup_timeout_s``, ``disabled``,
``destructive_tools`` (tool names that must be confirmed whatever their
annotations say) and ``read_resource_links`` (the server is trusted to have the
resources its tool results link to read, and their text added to the result).
HTTP servers may add ``auth: "oauth"`` (OAuth 2.1, log in once with
``switchyard mcp login NAME``) with optional ``client_id``/``client_secret`` of
a client registered out of band, ``client_metadata_url`` and ``scopes``, or
``auth: "client_credentials"`` (no person involved: the OAuth client credentials
grant, SEP-1046) with ``client_id`` and either ``client_secret`` (HTTP Basic) or
``private_key`` (a PEM, ``private_key_jwt``; ``signing_algorithm`` defaults to
RS256), optionally ``issuer`` (the authorization server the client belongs to;
credentials are then sent nowhere else). A secret or key not in the file is read
from ``DATA_DIR/mcp_oauth/NAME.client_secret`` or ``NAME.private_key.pem``
(``agents.mcp.oauth_machine``), which must be 0600.
``${VAR}`` in ``env``, ``headers``, ``client_secret`` and ``private_key`` values is read
from the environment so tokens need not be written into the file.
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
Auth = Literal["none", "oauth", "client_credentials"]
_SIGNING_ALGORITHMS = ("RS256", "RS384", "RS512", "ES256", "ES384", "ES512", "PS256", "EdDSA")

_ENV_REF = re.compile(r"\$\{([A-Za-z_][A-Za-z0-9_]*)\}")
_NAME = re.compile(r"^[A-Za-z0-9_.-]{1,48}$")
_KNOWN_KEYS = {
    "command", "args", "env", "cwd", "url", "headers", "type", "transport",
    "privacy", "timeout_s", "startup_timeout_s", "disabled", "destructive_tools",
    "read_resource_links", "auth", "client_id", "client_secret", "client_metadata_url", "scopes",
    "private_key", "signing_algorithm", "issuer",
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
        auth: ``oauth``: the HTTP server is reached with an OAuth 2.1 access token
            (``agents.mcp.oauth``); ``none``: only the configured ``headers``.
        oauth_client_id: A client registered with the authorization server out of
            band; ``None`` registers dynamically where the server offers it.
        oauth_client_secret: That client's secret, if it has one (never in ``repr``).
        oauth_client_metadata_url: An HTTPS URL where Switchyard's client metadata
            document is published: used as the client id by authorization servers
            that support client ID metadata documents, instead of registering.
        oauth_scopes: Scopes to register the client for; the server's challenge decides
            what each authorization asks for.
        oauth_private_key: ``client_credentials`` with ``private_key_jwt``: the PEM
            that signs the client's assertions (never in ``repr``).
        oauth_signing_algorithm: The JWS algorithm of those assertions.
        oauth_issuer: The authorization server the client credentials belong to.
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
    auth: Auth = "none"
    oauth_client_id: str | None = None
    oauth_client_secret: str | None = field(default=None, repr=False)
    oauth_client_metadata_url: str | None = None
    oauth_scopes: tuple[str, ...] = ()
    oauth_private_key: str | None = field(default=None, repr=False)
    oauth_signing_algorithm: str = "RS256"
    oauth_issuer: str | None = None


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
    auth, client_id, client_secret, scopes = _oauth_keys(name, raw, has_url)
    metadata_url = raw.get("client_metadata_url")
    if metadata_url is not None and (
        not isinstance(metadata_url, str) or not metadata_url.startswith("https://")
    ):
        raise McpConfigError(name, f"mcp server {name!r}: 'client_metadata_url' must be https")
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
        auth=auth,
        oauth_client_id=client_id,
        oauth_client_secret=client_secret,
        oauth_client_metadata_url=metadata_url,
        oauth_scopes=scopes,
        **_machine_keys(name, raw, auth),
    )


def _machine_keys(name: str, raw: dict[str, Any], auth: Auth) -> dict[str, Any]:
    """``private_key``, ``signing_algorithm`` and ``issuer`` of a ``client_credentials`` entry."""
    machine_only = sorted({"private_key", "signing_algorithm", "issuer"} & set(raw))
    if auth != "client_credentials":
        if machine_only:
            raise McpConfigError(
                name, f'mcp server {name!r}: {machine_only} need "auth": "client_credentials"'
            )
        return {}
    if "client_metadata_url" in raw:
        raise McpConfigError(
            name, f'mcp server {name!r}: \'client_metadata_url\' needs "auth": "oauth"'
        )
    if "client_id" not in raw:
        raise McpConfigError(name, f"mcp server {name!r}: client_credentials needs 'client_id'")
    if "client_secret" in raw and "private_key" in raw:
        raise McpConfigError(
            name, f"mcp server {name!r}: set 'client_secret' or 'private_key', not both"
        )
    key, algorithm, issuer = raw.get("private_key"), raw.get("signing_algorithm"), raw.get("issuer")
    if key is not None and (not isinstance(key, str) or not key):
        raise McpConfigError(name, f"mcp server {name!r}: 'private_key' must be a PEM string")
    if algorithm is not None and algorithm not in _SIGNING_ALGORITHMS:
        raise McpConfigError(
            name, f"mcp server {name!r}: 'signing_algorithm' must be one of {_SIGNING_ALGORITHMS}"
        )
    if issuer is not None and (
        not isinstance(issuer, str) or not issuer.startswith(("http://", "https://"))
    ):
        raise McpConfigError(name, f"mcp server {name!r}: 'issuer' must be an http(s) URL")
    return {
        "oauth_private_key": _expand(key) if isinstance(key, str) else None,
        "oauth_signing_algorithm": algorithm or "RS256",
        "oauth_issuer": issuer,
    }


def _oauth_keys(
    name: str, raw: dict[str, Any], has_url: bool
) -> tuple[Auth, str | None, str | None, tuple[str, ...]]:
    """``auth``, ``client_id``, ``client_secret`` and ``scopes``, validated together."""
    auth = raw.get("auth", "none")
    if auth not in ("none", "oauth", "client_credentials"):
        raise McpConfigError(
            name, f"mcp server {name!r}: 'auth' must be 'oauth', 'client_credentials' or 'none'"
        )
    oauth_only = sorted({"client_id", "client_secret", "client_metadata_url", "scopes"} & set(raw))
    if auth == "none" and oauth_only:
        raise McpConfigError(name, f'mcp server {name!r}: {oauth_only} need "auth": "oauth"')
    if auth != "none" and not has_url:
        raise McpConfigError(name, f"mcp server {name!r}: 'auth' applies to HTTP servers ('url')")
    for key in ("client_id", "client_secret"):
        if key in raw and (not isinstance(raw[key], str) or not raw[key]):
            raise McpConfigError(name, f"mcp server {name!r}: {key!r} must be a non-empty string")
    if "client_secret" in raw and "client_id" not in raw:
        raise McpConfigError(name, f"mcp server {name!r}: 'client_secret' needs 'client_id'")
    scopes = raw.get("scopes", [])
    if isinstance(scopes, str):
        scopes = scopes.split()
    if not isinstance(scopes, list) or not all(isinstance(s, str) and s for s in scopes):
        raise McpConfigError(name, f"mcp server {name!r}: 'scopes' must list scope names")
    secret = raw.get("client_secret")
    return (
        auth,
        raw.get("client_id"),
        _expand(secret) if isinstance(secret, str) else None,
        tuple(scopes),
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
