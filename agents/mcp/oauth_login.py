"""``switchyard mcp login NAME``: authorize Switchyard with an OAuth-protected HTTP server.

Login is a connection like any other (``ServerConnection``: initialize, list tools)
opened with a browser installed and the old tokens dropped, so the server's 401
starts the SDK's authorization flow and the new grant lands in the token file.
"""

from __future__ import annotations

import os
import sys
import webbrowser
from pathlib import Path

from agents.mcp.config import ServerConfig
from agents.mcp.connection import ServerConnection
from agents.mcp.errors import McpConfigError, McpServerUnavailableError
from agents.mcp.oauth import Browser, is_login_required, storage_for, use_browser


def system_browser(show: Browser | None = None) -> Browser:
    """Print the authorization URL and open it in a browser when there is one.

    Args:
        show: Where the URL is printed (default: stderr, so it is seen in a pipe too).
    """

    async def open_in_browser(url: str) -> None:
        if show is not None:
            await show(url)
        else:
            print(f"Open this URL to authorize Switchyard:\n  {url}", file=sys.stderr)
        # Only where a graphical browser can appear: on a bare terminal webbrowser
        # would start a text browser (lynx, w3m) over the prompt. The URL is printed anyway.
        if (
            sys.platform in ("darwin", "win32")
            or os.environ.get("DISPLAY")
            or os.environ.get("WAYLAND_DISPLAY")
        ):
            webbrowser.open(url)

    return open_in_browser


async def login(
    config: ServerConfig, data_dir: Path, browser: Browser, timeout_s: float = 300.0
) -> int:
    """Run the authorization code flow with ``config``'s server and store the grant.

    Args:
        config: An HTTP server entry with ``"auth": "oauth"``.
        data_dir: Where the grant file goes.
        browser: Takes the user to the authorization URL.
        timeout_s: How long the person has to approve.

    Returns:
        How many tools the server lists with the new grant.

    Raises:
        McpConfigError: The server is not configured for OAuth.
        McpServerUnavailableError: The flow failed or the server did not ask for it.
    """
    if config.auth != "oauth":
        raise McpConfigError(
            config.name, f'mcp server {config.name!r} has no "auth": "oauth" in its config'
        )
    storage = storage_for(config, data_dir)
    storage.forget_tokens()  # a login starts over, whatever was stored
    conn = ServerConnection(
        config,
        startup_timeout_s=timeout_s,
        data_dir=data_dir,
        on_lost=lambda reason: None,
    )
    with use_browser(browser):
        try:
            await conn.start()
        except McpServerUnavailableError as exc:
            refused = is_login_required(exc)
            raise refused or exc from None
        finally:
            await conn.close()
    if not storage.has_tokens():
        raise McpServerUnavailableError(
            config.name, f"MCP server {config.name!r} answered without asking for authorization"
        )
    return len(conn.tools)
