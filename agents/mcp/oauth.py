"""OAuth 2.1 for HTTP MCP servers (``"auth": "oauth"`` in ``mcp_servers.json``).

The protocol is the mcp SDK's ``OAuthClientProvider``: protected resource metadata
(RFC 9728), authorization server metadata (RFC 8414), dynamic client registration
where offered, authorization code with PKCE (S256), refresh, scope step-up. This
module gives it three things the SDK leaves to the application:

- the token file (``oauth_store.FileTokenStorage``, 0600 under the data dir);
- the browser step: a loopback listener on 127.0.0.1 receives the redirect with the
  code; a ``Browser`` takes the user to the authorization URL. ``switchyard mcp
  login`` installs one that prints/opens the URL (``use_browser``);
- the non-interactive case: an ``ask`` never opens a browser. With no grant stored
  it fails at once, and when a grant can no longer be refreshed it fails when the
  SDK would start a new authorization, both saying to run ``switchyard mcp login``.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncGenerator, Awaitable, Callable, Iterator
from contextlib import AsyncExitStack
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import httpx2
from mcp.client.auth import OAuthClientProvider
from mcp.shared.auth import AuthorizationCodeResult, OAuthClientInformationFull, OAuthClientMetadata
from pydantic import AnyUrl

from agents.mcp.config import ServerConfig
from agents.mcp.errors import McpServerUnavailableError
from agents.mcp.oauth_legacy import normalise_legacy_metadata
from agents.mcp.oauth_machine import client_credentials_provider
from agents.mcp.oauth_store import FileTokenStorage, token_path

# Takes the user (or, in the conformance client, an auto-approving HTTP client) to
# the authorization URL; the authorization server then redirects to our listener.
Browser = Callable[[str], Awaitable[None]]

CALLBACK_PATH = "/callback"
_CLIENT_NAME = "Switchyard"
_MAX_REQUEST_BYTES = 16_384
# Set by ``use_browser`` for the process (the CLI login, the conformance client);
# a module global, not a context variable: connections run on the MCP manager's
# own thread and loop, which a context variable set by the caller does not reach.
_browser: Browser | None = None


class McpLoginRequiredError(McpServerUnavailableError):
    """The server needs an OAuth login this process cannot do without a person."""

    def __init__(self, server: str, why: str) -> None:
        super().__init__(
            server, f"{why}: run `switchyard mcp login {server}` to authorize Switchyard"
        )


@contextlib.contextmanager
def use_browser(browser: Browser) -> Iterator[None]:
    """Let connections opened meanwhile run the authorization step with ``browser``."""
    global _browser
    previous, _browser = _browser, browser
    try:
        yield
    finally:
        _browser = previous


def storage_for(config: ServerConfig, data_dir: Path) -> FileTokenStorage:
    """The grant file of one configured server (with its configured client, if any)."""
    preregistered = None
    if config.oauth_client_id:
        preregistered = OAuthClientInformationFull(
            client_id=config.oauth_client_id,
            client_secret=config.oauth_client_secret,
            # RFC 6749 2.3.1: a server must support HTTP Basic for a client with a secret.
            token_endpoint_auth_method="client_secret_basic"
            if config.oauth_client_secret
            else "none",
            scope=" ".join(config.oauth_scopes) or None,
        )
    return FileTokenStorage(token_path(data_dir, config.name), config.url, preregistered)


class LoopbackCallback:
    """A one-shot listener on 127.0.0.1 for the authorization server's redirect.

    Args:
        server: The server being authorized (named in a refusal).
        port: The port a stored registration names (its redirect URI must match);
            0 picks a free one.
    """

    def __init__(self, server: str, port: int = 0) -> None:
        self.server = server
        self._wanted_port = port
        self._server: asyncio.Server | None = None
        self._result: asyncio.Future[AuthorizationCodeResult] | None = None

    @property
    def port(self) -> int:
        """The bound port (after ``start``)."""
        assert self._server is not None
        return int(self._server.sockets[0].getsockname()[1])

    @property
    def redirect_uri(self) -> str:
        """``http://127.0.0.1:PORT/callback`` (RFC 8252 loopback redirect)."""
        return f"http://127.0.0.1:{self.port}{CALLBACK_PATH}"

    async def start(self) -> None:
        """Bind the port.

        Raises:
            OSError: The port is taken (only when a stored registration names one).
        """
        self._result = asyncio.get_running_loop().create_future()
        self._server = await asyncio.start_server(self._handle, "127.0.0.1", self._wanted_port)

    async def close(self) -> None:
        """Stop listening."""
        if self._server is not None:
            self._server.close()
            await self._server.wait_closed()

    async def wait(self) -> AuthorizationCodeResult:
        """The code and state of the redirect (the SDK checks the state)."""
        assert self._result is not None
        result = await self._result
        self._result = asyncio.get_running_loop().create_future()  # a step-up logs in again
        return result

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        # The query holds the authorization code: it is parsed here and never logged.
        try:
            head = await reader.readuntil(b"\r\n\r\n")
        except (asyncio.IncompleteReadError, asyncio.LimitOverrunError):
            writer.close()
            return
        request_line = head[:_MAX_REQUEST_BYTES].split(b"\r\n", 1)[0].decode("latin-1")
        parts = request_line.split(" ")
        target = urlsplit(parts[1]) if len(parts) == 3 else None
        query = parse_qs(target.query) if target and target.path == CALLBACK_PATH else {}
        code, error = query.get("code", [""])[0], query.get("error", [""])[0]
        done = self._result is not None and not self._result.done()
        if target is None or target.path != CALLBACK_PATH or not (code or error):
            status, text = "404 Not Found", "Not the Switchyard authorization callback."
        elif error:
            status, text = "400 Bad Request", f"Authorization was refused ({error})."
            if done and self._result is not None:
                self._result.set_exception(
                    McpLoginRequiredError(self.server, f"authorization refused ({error})")
                )
        else:
            status, text = "200 OK", "Switchyard is authorized. You can close this window."
            if done and self._result is not None:
                self._result.set_result(
                    AuthorizationCodeResult(
                        code=code,
                        state=query.get("state", [None])[0],
                        iss=query.get("iss", [None])[0],
                    )
                )
        body = text.encode("utf-8")
        writer.write(
            f"HTTP/1.1 {status}\r\nContent-Type: text/plain; charset=utf-8\r\n"
            f"Content-Length: {len(body)}\r\nConnection: close\r\n\r\n".encode("latin-1")
            + body
        )
        with contextlib.suppress(OSError):
            await writer.drain()
        writer.close()


async def open_oauth(
    config: ServerConfig, data_dir: Path, stack: AsyncExitStack
) -> httpx2.Auth | None:
    """The ``auth`` for an HTTP server's client, or ``None`` when it has none.

    ``client_credentials`` servers get the machine grant (``oauth_machine``): no
    browser, no login, so it is the same in every process.

    Args:
        config: The server's entry.
        data_dir: Where its grant file lives.
        stack: Owns the loopback listener (when a browser is installed) for the
            connection's lifetime: a scope step-up authorizes again mid-session.

    Raises:
        McpLoginRequiredError: No grant is stored and no browser is installed.
    """
    if config.auth == "client_credentials":
        return client_credentials_provider(config, data_dir)
    if config.auth != "oauth":
        return None
    storage = storage_for(config, data_dir)
    browser = _browser
    if browser is None:
        if not storage.has_tokens():
            raise McpLoginRequiredError(config.name, "no OAuth grant is stored")
        return _provider(config, storage, "http://127.0.0.1/callback", _refuse(config.name), None)
    callback = LoopbackCallback(config.name, storage.redirect_port() or 0)
    try:
        await callback.start()
    except OSError:
        # The registered redirect port is taken now: register again on a free one.
        storage.forget_client()
        callback = LoopbackCallback(config.name)
        await callback.start()
    stack.push_async_callback(callback.close)
    if config.oauth_client_id is None and storage.redirect_port() != callback.port:
        storage.forget_client()
        storage.set_redirect_port(callback.port)
    return _provider(config, storage, callback.redirect_uri, browser, callback.wait)


class _StoredExpiryProvider(OAuthClientProvider):
    """The SDK's provider, told when a token loaded from the file expires.

    The SDK keeps a token's expiry in memory only: a token loaded by a new process
    would look valid forever, and when the server finally answered 401 the SDK would
    start a new authorization (a login) instead of using the stored refresh token.
    """

    def __init__(
        self,
        server_url: str,
        client_metadata: OAuthClientMetadata,
        storage: FileTokenStorage,
        **handlers: Any,
    ) -> None:
        super().__init__(server_url, client_metadata, storage, **handlers)
        self._file = storage

    async def _initialize(self) -> None:
        await super()._initialize()
        if self.context.current_tokens is not None:
            self.context.token_expiry_time = self._file.expires_at()

    async def _auth_flow(
        self, request: httpx2.Request
    ) -> AsyncGenerator[httpx2.Request, httpx2.Response]:
        # The SDK's flow, with a 2025-03-26 server's same-origin metadata accepted as
        # the origin's (``oauth_legacy``): only while no protected resource metadata
        # named an authorization server, so current-spec servers keep the SDK's check.
        flow = super()._auth_flow(request)
        try:
            outgoing = await flow.__anext__()
            while True:
                response = yield outgoing
                if outgoing is not request and self.context.auth_server_url is None:
                    response = await normalise_legacy_metadata(
                        outgoing, response, self.context.server_url
                    )
                outgoing = await flow.asend(response)
        except StopAsyncIteration:
            return
        finally:
            await flow.aclose()


def _provider(
    config: ServerConfig,
    storage: FileTokenStorage,
    redirect_uri: str,
    redirect_handler: Browser,
    callback_handler: Callable[[], Awaitable[AuthorizationCodeResult]] | None,
) -> OAuthClientProvider:
    metadata = OAuthClientMetadata(
        client_name=_CLIENT_NAME,
        redirect_uris=[AnyUrl(redirect_uri)],
        grant_types=["authorization_code", "refresh_token"],
        response_types=["code"],
        token_endpoint_auth_method="none",
        scope=" ".join(config.oauth_scopes) or None,
    )
    return _StoredExpiryProvider(
        config.url,
        metadata,
        storage,
        redirect_handler=redirect_handler,
        callback_handler=callback_handler or _never,
        client_metadata_url=config.oauth_client_metadata_url,
    )


def _refuse(server: str) -> Browser:
    async def refuse(url: str) -> None:
        raise McpLoginRequiredError(
            server, "the server refused the stored OAuth grant (expired or withdrawn)"
        )

    return refuse


async def _never() -> AuthorizationCodeResult:  # pragma: no cover - _refuse raised first
    raise AssertionError("no authorization without a browser")


def is_login_required(exc: BaseException) -> McpLoginRequiredError | None:
    """The ``McpLoginRequiredError`` inside an SDK/anyio exception (group), if any."""
    pending: list[BaseException] = [exc]
    visited: set[int] = set()
    while pending:
        current = pending.pop()
        if id(current) in visited:
            continue  # a __context__ chain may loop
        visited.add(id(current))
        if isinstance(current, McpLoginRequiredError):
            return current
        if isinstance(current, BaseExceptionGroup):
            pending.extend(current.exceptions)
        pending.extend(e for e in (current.__cause__, current.__context__) if e is not None)
    return None
