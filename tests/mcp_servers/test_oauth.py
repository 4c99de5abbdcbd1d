"""OAuth 2.1 for HTTP MCP servers, against a real protected server on 127.0.0.1.

The server is the mcp SDK's own ``MCPServer`` with its authorization-server routes
(metadata, registration, authorize, token) over an in-memory provider that
approves every authorization at once; the protected ``/mcp`` endpoint answers 401
without a valid bearer token. What runs on our side is the product path: config
entry, ``login`` (as ``switchyard mcp login``), ``ServerConnection`` and the
``switchyard`` CLI.
"""

from __future__ import annotations

import asyncio
import json
import os
import secrets
import stat
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx2
import pytest
import uvicorn
from mcp.server.auth.provider import (
    AccessToken,
    AuthorizationCode,
    AuthorizationParams,
    IdentityAssertionParams,
    RefreshToken,
    TokenError,
    construct_redirect_uri,
)
from mcp.server.auth.settings import AuthSettings, ClientRegistrationOptions
from mcp.server.mcpserver import MCPServer
from mcp.shared.auth import OAuthClientInformationFull, OAuthToken

from agents.mcp.config import ServerConfig, parse_server
from agents.mcp.connection import ServerConnection
from agents.mcp.errors import McpConfigError, McpServerUnavailableError
from agents.mcp.oauth_login import login
from agents.mcp.oauth_store import FileTokenStorage, token_path
from tests.mcp_servers.procs import free_port
from tests.mcp_servers.third_party import REPO


class ApprovingAuthServer:
    """An in-memory authorization server that approves every request (the SDK's provider API)."""

    def __init__(self) -> None:
        self.clients: dict[str, OAuthClientInformationFull] = {}
        self.codes: dict[str, AuthorizationCode] = {}
        self.access: dict[str, AccessToken] = {}
        self.refresh: dict[str, RefreshToken] = {}
        self.grants: list[str] = []  # grant types the token endpoint served, in order

    async def get_client(self, client_id: str) -> OAuthClientInformationFull | None:
        return self.clients.get(client_id)

    async def register_client(self, client_info: OAuthClientInformationFull) -> None:
        assert client_info.client_id is not None
        self.clients[client_info.client_id] = client_info

    async def authorize(
        self, client: OAuthClientInformationFull, params: AuthorizationParams
    ) -> str:
        code = secrets.token_urlsafe(16)
        self.codes[code] = AuthorizationCode(
            code=code, scopes=params.scopes or [], expires_at=time.time() + 300,
            client_id=client.client_id, code_challenge=params.code_challenge,
            redirect_uri=params.redirect_uri,
            redirect_uri_provided_explicitly=params.redirect_uri_provided_explicitly,
            resource=params.resource,
        )  # fmt: skip
        return construct_redirect_uri(str(params.redirect_uri), code=code, state=params.state)

    async def load_authorization_code(
        self, client: OAuthClientInformationFull, authorization_code: str
    ) -> AuthorizationCode | None:
        return self.codes.get(authorization_code)

    async def exchange_authorization_code(
        self, client: OAuthClientInformationFull, authorization_code: AuthorizationCode
    ) -> OAuthToken:
        self.codes.pop(authorization_code.code, None)
        self.grants.append("authorization_code")
        return self._issue(client.client_id, authorization_code.scopes, authorization_code.resource)

    async def load_refresh_token(
        self, client: OAuthClientInformationFull, refresh_token: str
    ) -> RefreshToken | None:
        return self.refresh.get(refresh_token)

    async def exchange_refresh_token(
        self, client: OAuthClientInformationFull, refresh_token: RefreshToken, scopes: list[str]
    ) -> OAuthToken:
        self.refresh.pop(refresh_token.token, None)
        self.grants.append("refresh_token")
        return self._issue(client.client_id, scopes or refresh_token.scopes, refresh_token.resource)

    async def load_access_token(self, token: str) -> AccessToken | None:
        return self.access.get(token)

    async def revoke_token(self, token: AccessToken | RefreshToken) -> None:
        self.access.pop(token.token, None)

    async def exchange_identity_assertion(
        self, client: OAuthClientInformationFull, params: IdentityAssertionParams
    ) -> OAuthToken:
        raise TokenError("unsupported_grant_type", "no enterprise identity assertions here")

    def revoke_all(self) -> None:
        """The user withdrew the grant at the authorization server."""
        self.access.clear()
        self.refresh.clear()

    def _issue(self, client_id: str | None, scopes: list[str], resource: str | None) -> OAuthToken:
        assert client_id is not None
        access, refresh = secrets.token_urlsafe(24), secrets.token_urlsafe(24)
        self.access[access] = AccessToken(
            token=access, client_id=client_id, scopes=scopes, resource=resource
        )
        self.refresh[refresh] = RefreshToken(
            token=refresh, client_id=client_id, scopes=scopes, resource=resource
        )
        return OAuthToken(access_token=access, expires_in=3600, refresh_token=refresh)


class ProtectedServer:
    """The SDK's MCP server with auth routes, served by uvicorn on a thread."""

    def __init__(self) -> None:
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.url = f"{self.base}/mcp"
        self.auth = ApprovingAuthServer()
        server = MCPServer(
            "protected",
            auth_server_provider=self.auth,
            auth=AuthSettings(
                issuer_url=self.base,
                resource_server_url=self.url,
                client_registration_options=ClientRegistrationOptions(enabled=True),
                # Tokens must name this server (RFC 8707): our client sends the resource.
                validate_token_resource=True,
            ),
        )

        @server.tool()
        def whoami() -> str:
            """Say who answers."""
            return "the protected server"

        config = uvicorn.Config(
            server.streamable_http_app(), host="127.0.0.1", port=self.port, log_level="warning"
        )
        self._uvicorn = uvicorn.Server(config)
        self._thread = threading.Thread(target=self._uvicorn.run, daemon=True)

    def __enter__(self) -> ProtectedServer:
        self._thread.start()
        deadline = time.monotonic() + 30
        while not self._uvicorn.started:
            assert time.monotonic() < deadline, "the protected server did not start"
            time.sleep(0.05)
        return self

    def __exit__(self, *exc: object) -> None:
        self._uvicorn.should_exit = True
        self._thread.join(timeout=10)


@pytest.fixture()
def protected() -> Iterator[ProtectedServer]:
    with ProtectedServer() as server:
        yield server


async def approve_at_once(url: str) -> None:
    """The person's browser: visit the URL and follow the redirect to our listener."""
    async with httpx2.AsyncClient(follow_redirects=True, timeout=30.0) as client:
        await client.get(url)


def oauth_entry(url: str, **extra: Any) -> ServerConfig:
    return parse_server("secure", {"url": url, "auth": "oauth", **extra})


async def connect(config: ServerConfig, data_dir: Path) -> list[str]:
    """Open the connection an ``ask`` would (no browser), list the tools, close."""
    conn = ServerConnection(
        config, startup_timeout_s=20, data_dir=data_dir, on_lost=lambda reason: None
    )
    try:
        await conn.start()
        return [tool.name for tool in conn.tools]
    finally:
        await conn.close()


def stored(data_dir: Path) -> dict[str, Any]:
    data = json.loads(token_path(data_dir, "secure").read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def test_login_stores_a_private_grant_that_later_connections_use_and_refresh(
    protected: ProtectedServer, tmp_path: Path
) -> None:
    config = oauth_entry(protected.url)
    assert asyncio.run(login(config, tmp_path, approve_at_once, timeout_s=20)) == 1
    assert protected.auth.grants == ["authorization_code"]
    path = token_path(tmp_path, "secure")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    first = stored(tmp_path)["tokens"]["access_token"]
    assert first in protected.auth.access

    # A later process (no browser): the stored token is sent as it is.
    assert asyncio.run(connect(config, tmp_path)) == ["whoami"]
    assert protected.auth.grants == ["authorization_code"]

    # Once it has expired, the stored refresh token gets a new one, without a login.
    data = stored(tmp_path)
    data["expires_at"] = time.time() - 60
    path.write_text(json.dumps(data), encoding="utf-8")
    assert asyncio.run(connect(config, tmp_path)) == ["whoami"]
    assert protected.auth.grants == ["authorization_code", "refresh_token"]
    renewed = stored(tmp_path)["tokens"]["access_token"]
    assert renewed != first and renewed in protected.auth.access
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_no_grant_is_a_clear_error_before_anything_is_sent(
    protected: ProtectedServer, tmp_path: Path
) -> None:
    with pytest.raises(McpServerUnavailableError, match="run `switchyard mcp login secure`"):
        asyncio.run(connect(oauth_entry(protected.url), tmp_path))
    # Failing before the request: no client was registered behind the user's back.
    assert protected.auth.clients == {} and protected.auth.grants == []


def test_a_withdrawn_grant_asks_for_a_login_instead_of_opening_a_browser(
    protected: ProtectedServer, tmp_path: Path
) -> None:
    config = oauth_entry(protected.url)
    asyncio.run(login(config, tmp_path, approve_at_once, timeout_s=20))
    protected.auth.revoke_all()
    with pytest.raises(McpServerUnavailableError, match="switchyard mcp login secure"):
        asyncio.run(connect(config, tmp_path))
    assert protected.auth.grants == ["authorization_code"]


def test_login_command_prints_the_url_and_takes_the_redirect_on_loopback(
    protected: ProtectedServer, tmp_path: Path
) -> None:
    config_path = tmp_path / "mcp_servers.json"
    config_path.write_text(
        json.dumps({"mcpServers": {"secure": {"url": protected.url, "auth": "oauth"}}}),
        encoding="utf-8",
    )
    env = {
        **os.environ,
        "SWITCHYARD_DATA_DIR": str(tmp_path / "data"),
        "SWITCHYARD_MCP__CONFIG_PATH": str(config_path),
        "COLUMNS": "400",
    }
    env.pop("DISPLAY", None)
    env.pop("WAYLAND_DISPLAY", None)
    proc = subprocess.Popen(
        [sys.executable, "-m", "ui.cli", "mcp", "login", "secure", "--timeout", "60"],
        cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )  # fmt: skip
    assert proc.stdout is not None
    seen: list[str] = []
    for line in proc.stdout:
        seen.append(line)
        if line.startswith(f"{protected.base}/authorize?"):
            asyncio.run(approve_at_once(line.strip()))
            break
    rest, _ = proc.communicate(timeout=60)
    output = "".join(seen) + rest
    assert proc.returncode == 0, output
    assert "logged in to secure" in output
    grant = stored(tmp_path / "data")
    # The token is in the 0600 file and nowhere in what the command printed.
    assert grant["tokens"]["access_token"] not in output
    assert protected.auth.grants == ["authorization_code"]


def test_token_file_is_created_private_and_bound_to_the_server_url(tmp_path: Path) -> None:
    path = token_path(tmp_path, "secure")
    token = OAuthToken(access_token="secret-access", refresh_token="secret-refresh")
    old_umask = os.umask(0)  # even a permissive umask must not widen the file
    try:
        asyncio.run(FileTokenStorage(path, "https://a.example/mcp").set_tokens(token))
    finally:
        os.umask(old_umask)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    storage = FileTokenStorage(path, "https://a.example/mcp")
    assert "secret" not in repr(storage)
    loaded = asyncio.run(storage.get_tokens())
    assert loaded is not None and loaded.access_token == "secret-access"
    # A config re-pointed at another server does not get this server's token.
    assert asyncio.run(FileTokenStorage(path, "https://b.example/mcp").get_tokens()) is None
    storage.forget_tokens()
    assert asyncio.run(storage.get_tokens()) is None and not storage.has_tokens()


def test_config_auth_keys(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SECURE_SECRET", "s3cret")
    config = oauth_entry(
        "https://a.example/mcp", client_id="switchyard", client_secret="${SECURE_SECRET}",
        scopes="read write",
    )  # fmt: skip
    assert (config.auth, config.oauth_client_id, config.oauth_scopes) == (
        "oauth", "switchyard", ("read", "write"),
    )  # fmt: skip
    assert config.oauth_client_secret == "s3cret" and "s3cret" not in repr(config)
    assert parse_server("plain", {"url": "https://a.example/mcp"}).auth == "none"
    with pytest.raises(McpConfigError, match="HTTP servers"):
        parse_server("local", {"command": "server", "auth": "oauth"})
    with pytest.raises(McpConfigError, match="need"):
        parse_server("plain", {"url": "https://a.example/mcp", "client_id": "x"})
    with pytest.raises(McpConfigError, match="'auth' must be"):
        parse_server("plain", {"url": "https://a.example/mcp", "auth": "basic"})
    with pytest.raises(McpConfigError, match="https"):
        oauth_entry("https://a.example/mcp", client_metadata_url="http://a.example/c.json")
