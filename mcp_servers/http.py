"""Streamable HTTP hosting with a bearer token and an Origin check.

Loopback by default. Binding anywhere else requires a token (refused
otherwise), because an MCP server runs tools on this machine. Browsers send
``Origin`` on cross-site requests; only localhost origins (plus configured
ones) are accepted, so a web page cannot drive a local server (DNS rebinding,
CSRF). Errors never carry stack traces: Starlette runs with ``debug=False``
and tool failures are converted in ``adapt.guarded``.
"""

from __future__ import annotations

import hmac
import ipaddress
import json
import os
from collections.abc import Iterable
from urllib.parse import urlsplit

import uvicorn
from mcp.server.mcpserver import MCPServer
from mcp.server.transport_security import TransportSecuritySettings
from starlette.datastructures import Headers
from starlette.types import ASGIApp, Receive, Scope, Send

from core.errors import ConfigError

TOKEN_ENV = "SWITCHYARD_MCP_TOKEN"
_LOOPBACK_NAMES = {"localhost", "127.0.0.1", "::1"}
_MIN_TOKEN_LEN = 16


def is_loopback(host: str) -> bool:
    """Whether binding ``host`` keeps the server reachable from this machine only."""
    if host.strip("[]") in _LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def origin_allowed(origin: str, extra: frozenset[str]) -> bool:
    """Localhost origins on any port, plus exact matches from config."""
    if origin in extra:
        return True
    parts = urlsplit(origin)
    return parts.scheme in ("http", "https") and (parts.hostname or "") in _LOOPBACK_NAMES


class HttpGuard:
    """ASGI middleware: Origin check, then bearer token (constant-time compare)."""

    def __init__(self, app: ASGIApp, *, token: str | None, allowed_origins: Iterable[str]) -> None:
        self.app = app
        self.token = token.encode() if token else None
        self.allowed_origins = frozenset(allowed_origins)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = Headers(scope=scope)
        origin = headers.get("origin")
        if origin is not None and not origin_allowed(origin, self.allowed_origins):
            await _deny(send, 403, "origin not allowed")
            return
        if self.token is not None:
            scheme, _, credential = headers.get("authorization", "").partition(" ")
            if scheme.lower() != "bearer" or not hmac.compare_digest(
                credential.strip().encode(), self.token
            ):
                await _deny(send, 401, "missing or invalid bearer token", bearer=True)
                return
        await self.app(scope, receive, send)


async def _deny(send: Send, status: int, message: str, *, bearer: bool = False) -> None:
    body = json.dumps({"error": message}).encode()
    headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
    if bearer:
        headers.append((b"www-authenticate", b'Bearer realm="switchyard-mcp"'))
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})


def resolve_token(host: str, token: str | None) -> str | None:
    """The token to require: the argument, else ``SWITCHYARD_MCP_TOKEN``.

    Raises:
        ConfigError: Non-loopback bind without a token, or a token too short to be secret.
    """
    token = token or os.environ.get(TOKEN_ENV) or None
    if token is None and not is_loopback(host):
        raise ConfigError(
            f"refusing to serve MCP over HTTP on {host} without a bearer token: set "
            f"{TOKEN_ENV} (or pass token=...) or bind 127.0.0.1"
        )
    if token is not None and len(token) < _MIN_TOKEN_LEN:
        raise ConfigError(f"{TOKEN_ENV} must be at least {_MIN_TOKEN_LEN} characters long")
    return token


def http_app(
    server: MCPServer,
    *,
    host: str,
    token: str | None,
    allowed_origins: Iterable[str] = (),
    stateless: bool = False,
) -> ASGIApp:
    """The guarded ASGI app for ``server`` (exposed for tests and embedding).

    ``stateless`` keeps no session in this process, so replicas behind a load
    balancer can serve any request of a client (the current spec's model); it
    gives up the standalone GET stream that session-era clients use for
    server-initiated messages, so a single server keeps sessions by default.
    """
    origins = list(allowed_origins)
    if is_loopback(host):
        # Keep the SDK's Host-header check (DNS rebinding) for loopback binds;
        # it must also know the extra origins or it would reject them itself.
        security = TransportSecuritySettings(
            enable_dns_rebinding_protection=True,
            allowed_hosts=["127.0.0.1:*", "localhost:*", "[::1]:*"],
            allowed_origins=[
                "http://127.0.0.1:*",
                "http://localhost:*",
                "http://[::1]:*",
                *origins,
            ],
        )
    else:
        # Any Host may reach a public bind; the bearer token is the gate.
        security = TransportSecuritySettings(enable_dns_rebinding_protection=False)
    app = server.streamable_http_app(
        transport_security=security, host=host, stateless_http=stateless
    )
    return HttpGuard(app, token=token, allowed_origins=origins)


def run_http(
    server: MCPServer,
    *,
    host: str = "127.0.0.1",
    port: int = 8765,
    token: str | None = None,
    allowed_origins: Iterable[str] = (),
    stateless: bool = False,
) -> None:
    """Serve ``server`` over streamable HTTP at ``http://HOST:PORT/mcp`` until interrupted."""
    token = resolve_token(host, token)
    app = http_app(
        server, host=host, token=token, allowed_origins=allowed_origins, stateless=stateless
    )
    config = uvicorn.Config(app, host=host, port=port, log_level="warning", server_header=False)
    uvicorn.Server(config).run()
