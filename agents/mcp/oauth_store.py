"""Where an HTTP MCP server's OAuth grant lives: one 0600 JSON file per server.

The SDK's ``OAuthClientProvider`` does the protocol (discovery, registration,
PKCE, refresh); it asks a ``TokenStorage`` for what to remember. This is ours:
``DATA_DIR/mcp_oauth/NAME.json`` holding the server URL the grant is for, the
tokens, the registered client and the loopback port its redirect URI names.

The file is created 0600 (never world-readable, not even for an instant) and
replaced atomically, so a crash mid-write leaves the previous grant. Nothing
here logs a token, and ``repr`` shows the path only.
"""

from __future__ import annotations

import json
import os
import time
from pathlib import Path
from typing import Any

from mcp.shared.auth import OAuthClientInformationFull, OAuthToken
from pydantic import ValidationError

TOKEN_DIR = "mcp_oauth"


def token_path(data_dir: Path, server: str) -> Path:
    """The grant file of ``server`` (a validated config name, so safe as a file name)."""
    return data_dir / TOKEN_DIR / f"{server}.json"


class FileTokenStorage:
    """The SDK's ``TokenStorage`` on a private JSON file.

    Args:
        path: The grant file (see ``token_path``).
        server_url: The server the grant is for; a file written for another URL is
            ignored (a re-pointed config must not send one server's token to another).
        preregistered: A client registered out of band (``client_id`` in the config);
            it replaces dynamic registration and is never written to the file.
    """

    def __init__(
        self,
        path: Path,
        server_url: str,
        preregistered: OAuthClientInformationFull | None = None,
    ) -> None:
        self.path = path
        self.server_url = server_url
        self._preregistered = preregistered

    def __repr__(self) -> str:
        return f"FileTokenStorage(path={str(self.path)!r})"

    # -- the SDK's TokenStorage protocol ------------------------------------

    async def get_tokens(self) -> OAuthToken | None:
        """The stored tokens, or ``None`` (none yet, unreadable, or for another URL)."""
        raw = self._read().get("tokens")
        try:
            return OAuthToken.model_validate(raw) if raw else None
        except ValidationError:
            return None

    async def set_tokens(self, tokens: OAuthToken) -> None:
        """Remember new tokens (after a login or a refresh) and when the access token expires."""
        expires_at = time.time() + tokens.expires_in if tokens.expires_in is not None else None
        self._update(
            tokens=tokens.model_dump(mode="json", exclude_none=True), expires_at=expires_at
        )

    async def get_client_info(self) -> OAuthClientInformationFull | None:
        """The configured client, else the one dynamic registration stored."""
        if self._preregistered is not None:
            return self._preregistered
        raw = self._read().get("client")
        try:
            return OAuthClientInformationFull.model_validate(raw) if raw else None
        except ValidationError:
            return None

    async def set_client_info(self, client_info: OAuthClientInformationFull) -> None:
        """Remember a dynamically registered client (a configured one is not stored)."""
        if self._preregistered is None:
            self._update(client=client_info.model_dump(mode="json", exclude_none=True))

    # -- ours ------------------------------------------------------------------

    def has_tokens(self) -> bool:
        """Whether a login stored tokens for this server's URL."""
        return bool(self._read().get("tokens"))

    def expires_at(self) -> float | None:
        """When the stored access token expires (epoch seconds), if the server said."""
        value = self._read().get("expires_at")
        return float(value) if isinstance(value, int | float) else None

    def redirect_port(self) -> int | None:
        """The loopback port the stored registration's redirect URI names, if any."""
        port = self._read().get("redirect_port")
        return port if isinstance(port, int) and self._read().get("client") else None

    def set_redirect_port(self, port: int) -> None:
        """Record the loopback port a (new) registration is made for."""
        self._update(redirect_port=port)

    def forget_tokens(self) -> None:
        """Drop the tokens, keeping the registered client (``mcp login`` starts over)."""
        data = self._read()
        data.pop("expires_at", None)
        if data.pop("tokens", None) is not None:
            self._write(data)

    def forget_client(self) -> None:
        """Drop the registered client (its redirect port is no longer available)."""
        data = self._read()
        data.pop("client", None)
        data.pop("redirect_port", None)
        self._write(data)

    def _read(self) -> dict[str, Any]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        if not isinstance(data, dict) or data.get("server_url") != self.server_url:
            return {}
        return data

    def _update(self, **changes: Any) -> None:
        data = self._read()
        data.update(changes)
        self._write(data)

    def _write(self, data: dict[str, Any]) -> None:
        data["server_url"] = self.server_url
        self.path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        tmp = self.path.with_name(f".{self.path.name}.{os.getpid()}.tmp")
        tmp.unlink(missing_ok=True)  # a stale one from a crashed write
        # O_CREAT with mode 0600: the file never exists with wider permissions
        # (a umask can only narrow it); O_EXCL refuses a planted file or symlink.
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                json.dump(data, fh)
            os.replace(tmp, self.path)
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise
