"""The 2025-03-26 discovery tolerance (``oauth_legacy``) and client credentials (``oauth_machine``).

End to end, both run against the conformance suite's own servers in
``test_conformance_client.py`` (``auth/2025-03-26-oauth-metadata-backcompat``,
``auth/client-credentials-basic`` and ``-jwt``). These tests pin the limits: what
the tolerance refuses, that a current-spec server keeps the SDK's issuer check,
and where a machine credential may come from.
"""

from __future__ import annotations

import asyncio
import os
from contextlib import AsyncExitStack
from pathlib import Path
from typing import Any

import httpx2
import pytest
from mcp.client.auth import OAuthFlowError, OAuthRegistrationError
from mcp.client.auth.extensions.client_credentials import (
    ClientCredentialsOAuthProvider,
    PrivateKeyJWTOAuthProvider,
)

from agents.mcp.config import parse_server
from agents.mcp.errors import McpConfigError, McpServerUnavailableError
from agents.mcp.oauth import open_oauth, use_browser
from agents.mcp.oauth_legacy import legacy_issuer_on_origin, normalise_legacy_metadata
from agents.mcp.oauth_machine import (
    PRIVATE_KEY_SUFFIX,
    SECRET_SUFFIX,
    client_credentials_provider,
    credential_file,
)

MCP = "http://127.0.0.1:8123/mcp"
ORIGIN = "http://127.0.0.1:8123"


def metadata(issuer: str, endpoints_at: str) -> dict[str, Any]:
    return {
        "issuer": issuer,
        "authorization_endpoint": f"{endpoints_at}/authorize",
        "token_endpoint": f"{endpoints_at}/token",
        "registration_endpoint": f"{endpoints_at}/register",
        "response_types_supported": ["code"],
        "code_challenge_methods_supported": ["S256"],
    }


def test_a_same_origin_path_issuer_stands_for_the_origin() -> None:
    assert legacy_issuer_on_origin(metadata(f"{ORIGIN}/oauth", f"{ORIGIN}/oauth"), MCP) == ORIGIN
    # The default port spelled out is the same origin.
    doc = metadata("http://127.0.0.1:8123/oauth", "http://127.0.0.1:8123/oauth")
    assert legacy_issuer_on_origin(doc, "http://127.0.0.1:8123/mcp") == ORIGIN


@pytest.mark.parametrize(
    ("issuer", "endpoints_at"),
    [
        ("http://evil.example/oauth", "http://evil.example/oauth"),  # another host
        ("http://127.0.0.1:9999/oauth", f"{ORIGIN}/oauth"),  # another port
        ("https://127.0.0.1:8123/oauth", f"{ORIGIN}/oauth"),  # another scheme
        (f"{ORIGIN}/oauth", "http://evil.example/oauth"),  # endpoints elsewhere
        (ORIGIN, f"{ORIGIN}"),  # already the origin: the SDK judges it unchanged
    ],
)
def test_anything_that_could_send_a_credential_elsewhere_is_left_to_the_sdk(
    issuer: str, endpoints_at: str
) -> None:
    assert legacy_issuer_on_origin(metadata(issuer, endpoints_at), MCP) is None


def test_only_the_origins_metadata_document_is_rewritten() -> None:
    doc = metadata(f"{ORIGIN}/oauth", f"{ORIGIN}/oauth")

    def rewrite(url: str, status: int = 200) -> dict[str, Any]:
        request = httpx2.Request("GET", url)
        response = httpx2.Response(status, json=doc, request=request)
        result = asyncio.run(normalise_legacy_metadata(request, response, MCP))
        return dict(result.json()) if result.status_code == 200 else {}

    assert rewrite(f"{ORIGIN}/.well-known/oauth-authorization-server")["issuer"] == ORIGIN
    assert rewrite(f"{ORIGIN}/.well-known/oauth-protected-resource")["issuer"] != ORIGIN
    assert rewrite("http://127.0.0.1:9999/.well-known/oauth-authorization-server")["issuer"] != (
        ORIGIN
    )
    assert rewrite(f"{ORIGIN}/.well-known/oauth-authorization-server", 404) == {}


class FakeDeployment:
    """What the OAuth flow's requests reach: an MCP server (401) and its metadata."""

    def __init__(self, prm: dict[str, Any] | None, documents: dict[str, dict[str, Any]]) -> None:
        self.prm, self.documents = prm, documents
        self.paths: list[str] = []

    def __call__(self, request: httpx2.Request) -> httpx2.Response:
        url = str(request.url).split("?")[0]
        self.paths.append(url)
        if url == MCP:
            return httpx2.Response(401, headers={"WWW-Authenticate": "Bearer"})
        if "oauth-protected-resource" in url:
            return httpx2.Response(404) if self.prm is None else httpx2.Response(200, json=self.prm)
        if url in self.documents:
            return httpx2.Response(200, json=self.documents[url])
        return httpx2.Response(400, json={"error": "invalid_request"})


async def first_request(deployment: FakeDeployment, tmp_path: Path) -> None:
    config = parse_server("secure", {"url": MCP, "auth": "oauth"})

    async def browser(url: str) -> None:
        raise AssertionError("registration must fail before any browser step")

    async with AsyncExitStack() as stack:
        with use_browser(browser):
            auth = await open_oauth(config, tmp_path, stack)
        transport = httpx2.MockTransport(deployment)
        async with httpx2.AsyncClient(transport=transport, auth=auth) as client:
            await client.post(MCP, json={"jsonrpc": "2.0", "id": 1, "method": "initialize"})


def test_a_legacy_server_with_a_path_issuer_is_used_as_its_origin(tmp_path: Path) -> None:
    well_known = f"{ORIGIN}/.well-known/oauth-authorization-server"
    deployment = FakeDeployment(None, {well_known: metadata(f"{ORIGIN}/oauth", f"{ORIGIN}/oauth")})
    with pytest.raises(OAuthRegistrationError):  # our fake refuses to register
        asyncio.run(first_request(deployment, tmp_path))
    # The document was accepted: the flow went on to its registration endpoint.
    assert f"{ORIGIN}/oauth/register" in deployment.paths


def test_a_current_spec_server_keeps_the_sdk_issuer_check(tmp_path: Path) -> None:
    # The resource names its origin as authorization server, whose document claims
    # another issuer (on the same origin and path-bearing: what the legacy tolerance
    # accepts when no resource metadata exists). Here it is refused.
    well_known = f"{ORIGIN}/.well-known/oauth-authorization-server"
    deployment = FakeDeployment(
        {"resource": MCP, "authorization_servers": [ORIGIN]},
        {well_known: metadata(f"{ORIGIN}/other", f"{ORIGIN}/other")},
    )
    with pytest.raises(OAuthFlowError, match="issuer mismatch"):
        asyncio.run(first_request(deployment, tmp_path))
    assert not any(path.endswith("/register") for path in deployment.paths)


def machine_entry(**extra: Any) -> Any:
    return parse_server(
        "machine", {"url": MCP, "auth": "client_credentials", "client_id": "sy", **extra}
    )


def write_private(path: Path, text: str, mode: int) -> None:
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    os.chmod(path, mode)


def test_client_credentials_config_keys(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MACHINE_KEY", "-----BEGIN PRIVATE KEY-----\nabc\n-----END PRIVATE KEY-----")
    config = machine_entry(
        private_key="${MACHINE_KEY}", signing_algorithm="ES256", issuer="https://as.example"
    )
    assert (config.auth, config.oauth_signing_algorithm, config.oauth_issuer) == (
        "client_credentials", "ES256", "https://as.example",
    )  # fmt: skip
    assert config.oauth_private_key is not None and "abc" in config.oauth_private_key
    assert "abc" not in repr(config)
    with pytest.raises(McpConfigError, match="needs 'client_id'"):
        parse_server("m", {"url": MCP, "auth": "client_credentials"})
    with pytest.raises(McpConfigError, match="not both"):
        machine_entry(client_secret="s", private_key="k")
    with pytest.raises(McpConfigError, match="signing_algorithm"):
        machine_entry(private_key="k", signing_algorithm="none")
    with pytest.raises(McpConfigError, match='need "auth": "client_credentials"'):
        parse_server("m", {"url": MCP, "auth": "oauth", "private_key": "k"})
    with pytest.raises(McpConfigError, match="client_metadata_url"):
        machine_entry(client_metadata_url="https://a.example/c.json")


def test_the_secret_comes_from_a_private_file_in_the_data_dir(tmp_path: Path) -> None:
    config = machine_entry(issuer="https://as.example")
    with pytest.raises(McpServerUnavailableError, match=SECRET_SUFFIX):
        client_credentials_provider(config, tmp_path)  # nothing configured or stored
    secret_file = credential_file(tmp_path, "machine", SECRET_SUFFIX)
    write_private(secret_file, "top-secret-value\n", 0o644)
    with pytest.raises(McpServerUnavailableError, match="chmod 600") as refused:
        client_credentials_provider(config, tmp_path)
    assert "top-secret-value" not in str(refused.value)
    os.chmod(secret_file, 0o600)
    provider = client_credentials_provider(config, tmp_path)
    assert isinstance(provider, ClientCredentialsOAuthProvider)
    assert provider._fixed_client_info.client_secret == "top-secret-value"
    assert "top-secret-value" not in repr(provider)


def test_a_stored_key_signs_assertions_and_a_configured_secret_wins(tmp_path: Path) -> None:
    write_private(credential_file(tmp_path, "machine", PRIVATE_KEY_SUFFIX), "PEM", 0o600)
    keyed = client_credentials_provider(machine_entry(issuer="https://as.example"), tmp_path)
    assert isinstance(keyed, PrivateKeyJWTOAuthProvider)
    configured = client_credentials_provider(
        machine_entry(client_secret="from-config", issuer="https://as.example"), tmp_path
    )
    assert isinstance(configured, ClientCredentialsOAuthProvider)
    assert configured._fixed_client_info.client_secret == "from-config"
