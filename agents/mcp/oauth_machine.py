"""OAuth client credentials for HTTP MCP servers (``"auth": "client_credentials"``).

Machine-to-machine access (the OAuth client credentials extension, SEP-1046): no
person logs in, the client authenticates itself at the token endpoint. The protocol
is the mcp SDK's (2.3) ``ClientCredentialsOAuthProvider`` (``client_secret_basic``)
and ``PrivateKeyJWTOAuthProvider`` (``private_key_jwt``, RFC 7523, assertions signed
here with ``SignedJWTParameters``). This module gives them the credential and the
token file.

The credential comes from the config (``${VAR}`` there reads the environment) or,
when absent, from a file next to the token file: ``DATA_DIR/mcp_oauth/NAME.client_secret``
or ``NAME.private_key.pem``. Such a file must be readable by its owner only (0600),
as ``ssh`` demands of a key: a group- or world-readable secret is refused, not used.
The credential is never logged, put in a repr or an error message.
"""

from __future__ import annotations

import stat
from pathlib import Path

from mcp.client.auth import OAuthClientProvider
from mcp.client.auth.extensions.client_credentials import (
    ClientCredentialsOAuthProvider,
    PrivateKeyJWTOAuthProvider,
    SignedJWTParameters,
)

from agents.mcp.config import ServerConfig
from agents.mcp.errors import McpServerUnavailableError
from agents.mcp.oauth_store import TOKEN_DIR, FileTokenStorage, token_path

SECRET_SUFFIX = ".client_secret"
PRIVATE_KEY_SUFFIX = ".private_key.pem"


def credential_file(data_dir: Path, server: str, suffix: str) -> Path:
    """Where the secret (``SECRET_SUFFIX``) or key (``PRIVATE_KEY_SUFFIX``) of ``server`` lives."""
    return data_dir / TOKEN_DIR / f"{server}{suffix}"


def _read_private_file(path: Path, server: str) -> str | None:
    """The stripped text of ``path`` when it exists and only its owner may read it."""
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        return None
    if mode & (stat.S_IRWXG | stat.S_IRWXO):
        raise McpServerUnavailableError(
            server, f"{path} is readable by others: `chmod 600 {path}` to use it"
        )
    return path.read_text(encoding="utf-8").strip() or None


def client_credentials_provider(config: ServerConfig, data_dir: Path) -> OAuthClientProvider:
    """The SDK provider for a ``client_credentials`` server entry.

    Args:
        config: The entry (``auth`` is ``client_credentials``, ``client_id`` set).
        data_dir: Where its token file and, if not configured, its credential file live.

    Raises:
        McpServerUnavailableError: No secret or key is configured or stored, or the
            stored one is readable by others.
    """
    assert config.oauth_client_id is not None  # parse_server requires it
    storage = FileTokenStorage(token_path(data_dir, config.name), config.url, None)
    scope = " ".join(config.oauth_scopes) or None
    key = config.oauth_private_key
    secret = config.oauth_client_secret
    if key is None and secret is None:
        secret = _read_private_file(
            credential_file(data_dir, config.name, SECRET_SUFFIX), config.name
        )
        if secret is None:
            key = _read_private_file(
                credential_file(data_dir, config.name, PRIVATE_KEY_SUFFIX), config.name
            )
    if key is not None:
        assertions = SignedJWTParameters(
            issuer=config.oauth_client_id,
            subject=config.oauth_client_id,
            signing_key=key,
            signing_algorithm=config.oauth_signing_algorithm,
        )
        return PrivateKeyJWTOAuthProvider(
            config.url,
            storage,
            config.oauth_client_id,
            assertions.create_assertion_provider(),
            scope=scope,
            issuer=config.oauth_issuer,
        )
    if secret is None:
        raise McpServerUnavailableError(
            config.name,
            "client_credentials needs 'client_secret' or 'private_key' in the config, or "
            f"a 0600 file {credential_file(data_dir, config.name, SECRET_SUFFIX)} "
            f"or {credential_file(data_dir, config.name, PRIVATE_KEY_SUFFIX)}",
        )
    return ClientCredentialsOAuthProvider(
        config.url,
        storage,
        config.oauth_client_id,
        secret,
        scope=scope,
        issuer=config.oauth_issuer,
    )
