"""The 2025-03-26 ("legacy") authorization discovery, with one tolerance and its limits.

A server of the 2025-03-26 specification publishes no protected resource metadata
(RFC 9728); the client then takes the MCP server's ORIGIN as the authorization
server and reads ``ORIGIN/.well-known/oauth-authorization-server`` (default
endpoints ``/authorize``, ``/token``, ``/register`` when even that is missing, which
the SDK already does).

The mcp SDK (2.3, like the TypeScript SDK) requires that document's ``issuer`` to
be the origin (RFC 8414 section 3.3, SEP-2468), which is right for a current-spec
server: there the issuer names *another* party (the one the resource's metadata
advertised), and a document claiming some other issuer is the mix-up attack the
check stops. On the legacy path there is no other party: the origin is the
authorization server by definition. Some servers of that era (the conformance
suite's 2025-03-26 scenario among them; fixed upstream only in its 0.2 alphas) mount
their OAuth routes under a path and publish that path in ``issuer``
(``ORIGIN/oauth``). This module accepts such a document as the origin's, and only
when nothing in it can send a credential elsewhere:

- no protected resource metadata was found (the SDK's ``auth_server_url`` is unset),
  so a current-spec server never reaches this code;
- the claimed issuer is on the MCP server's own origin (scheme, host, port);
- every endpoint the document names is on that origin too.

The document is then handed to the SDK with ``issuer`` set to the origin, so the
SDK's own check passes and it binds the registration and tokens (SEP-2352) to the
origin, which is the identity discovery established, never to the claim. A
document naming another host, or any endpoint off the origin, reaches the SDK
unchanged and is refused as before ("issuer mismatch").
"""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import urlsplit

import httpx2

_METADATA_PATHS = ("/.well-known/oauth-authorization-server", "/.well-known/openid-configuration")


def _origin(url: str) -> tuple[str, str, int | None]:
    """``(scheme, host, port)`` with the scheme's default port filled in."""
    parts = urlsplit(url)
    default = {"http": 80, "https": 443}.get(parts.scheme.lower())
    try:
        port = parts.port or default
    except ValueError:
        return ("", "", None)  # an unparsable port matches nothing
    return (parts.scheme.lower(), (parts.hostname or "").lower(), port)


def legacy_issuer_on_origin(document: dict[str, Any], server_url: str) -> str | None:
    """The origin to name as issuer when ``document`` may stand for it, else ``None``.

    Args:
        document: Authorization server metadata read from the origin's well-known URL.
        server_url: The MCP server's URL.

    Returns:
        ``scheme://authority`` of the server when the document's issuer and every
        endpoint URL in it are on that origin but the issuer has a path; ``None``
        when the document already names the origin or must be judged by the SDK
        unchanged.
    """
    issuer = document.get("issuer")
    if not isinstance(issuer, str):
        return None
    origin = _origin(server_url)
    if _origin(issuer) != origin or urlsplit(issuer).path.strip("/") == "":
        return None
    urls = [
        value
        for key, value in document.items()
        if key.endswith("_endpoint") or key.endswith("_uri")
    ]
    if not all(isinstance(url, str) and _origin(url) == origin for url in urls):
        return None
    parts = urlsplit(server_url)
    return f"{parts.scheme}://{parts.netloc}"


async def normalise_legacy_metadata(
    request: httpx2.Request, response: httpx2.Response, server_url: str
) -> httpx2.Response:
    """``response`` with a same-origin legacy issuer named as the origin, else unchanged.

    Call only on the legacy path (no protected resource metadata found).

    Args:
        request: The request the OAuth flow made.
        response: Its (read) response.
        server_url: The MCP server's URL.
    """
    if request.method != "GET" or response.status_code != 200:
        return response
    if _origin(str(request.url)) != _origin(server_url):
        return response
    if request.url.path not in _METADATA_PATHS:
        return response
    try:
        document = json.loads(await response.aread())
    except (ValueError, UnicodeDecodeError):
        return response
    if not isinstance(document, dict):
        return response
    origin_issuer = legacy_issuer_on_origin(document, server_url)
    if origin_issuer is None:
        return response
    return httpx2.Response(200, json={**document, "issuer": origin_issuer}, request=request)
