"""The egress guard: one check at the wire for everything that leaves the machine.

Every outbound HTTP request to an ``external`` endpoint (the cloud tier, an
external local-tier server) and of trace export goes through ``GuardedTransport``.
Endpoints of egress class ``local`` (the embedded model, a llama.cpp/vLLM/Ollama
server on this machine or the LAN) may receive personal data by configuration,
so their clients are plain; the class is decided per tier in ``core.models.tiers``,
never by the address a request happens to go to. It re-scans the request body for personal data and
refuses to send it on a finding, so a bug anywhere upstream (routing, fallback,
replay, a forgotten mask) cannot leak. Blocks are logged by type and count,
never with the data itself.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from typing import Any

import httpx

from core.audit import AuditLog
from core.errors import PrivacyBlockedError
from core.privacy import scan
from core.privacy.public_contacts import PublicContacts
from core.privacy.wire_screen import json_strings, screen_outgoing
from core.settings import EgressClass

log = logging.getLogger("switchyard.egress")

BlockListener = Callable[[str, list[str]], None]

# The organisation's own contacts (``privacy.public_contacts``) may leave: the routing
# scanner lets them through, so the wire must too. Set once from settings at start.
_public_contacts = PublicContacts(())


def allow_public_contacts(contacts: list[str]) -> None:
    """Let the organisation's listed contacts pass the guard (``build_services`` calls it)."""
    global _public_contacts
    _public_contacts = PublicContacts(contacts)


def _body_text(request: httpx.Request) -> str:
    raw = request.content
    if not raw:
        return ""
    text = raw.decode("utf-8", errors="replace")
    try:
        # JSON bodies escape non-ASCII (\uXXXX); decode so Korean text is scanned as text.
        decoded: Any = json.loads(text)
    except ValueError:
        return text
    return json.dumps(decoded, ensure_ascii=False)


def audit_listener(audit: AuditLog, *, also: BlockListener | None = None) -> BlockListener:
    """A block listener that appends a ``privacy_block`` event (types only, never the data).

    The event is attributed to the ``core.audit.audit_scope`` active around the model call.
    """

    def listener(channel: str, types: list[str]) -> None:
        audit.record(
            "privacy_block",
            "blocked at the wire",
            # The channel of a model request is its tier (an external local tier is guarded too).
            tier=channel if channel in ("local", "cloud") else None,
            detail=f"channel={channel} types={','.join(types)}",
        )
        if also is not None:
            also(channel, types)

    return listener


def personal_data_types(body: str) -> list[str]:
    """Why ``body`` may not leave: the routing scanner's types plus the wire screen's kinds.

    The wire screen is a second, deliberately over-eager line (any 6+ digit run in any
    numeral system, anything e-mail-like, name-like pairs, base64 of those), so one miss
    of the routing scanner is not a leak. It reads only the JSON string values: numbers
    and keys around them (``max_tokens``, token counts) are structure, not text.
    """
    findings = _public_contacts.personal(scan(body))
    strings = json_strings(body)
    screened = [
        f
        for f in screen_outgoing(strings)
        if not _public_contacts.is_public_text(strings[f.start : f.end])
    ]
    return sorted({str(f.type) for f in findings} | {f.kind for f in screened})


def check_request(request: httpx.Request, channel: str, listener: BlockListener | None) -> None:
    """Raise ``PrivacyBlockedError`` when the request body carries personal data."""
    types = personal_data_types(_body_text(request))
    if not types:
        return
    log.warning(
        "egress blocked on %s to %s: finding(s) of type %s",
        channel,
        request.url.host,
        ",".join(types),
    )
    if listener is not None:
        listener(channel, types)
    raise PrivacyBlockedError(
        f"kept on this machine: an outbound {channel} request to {request.url.host} carried "
        f"what looks like personal data ({', '.join(types)}), so it was not sent. The step "
        "must run on the local tier."
    )


class GuardedTransport(httpx.BaseTransport):
    """A synchronous transport that scans each request before sending it."""

    def __init__(
        self,
        channel: str,
        inner: httpx.BaseTransport | None = None,
        listener: BlockListener | None = None,
    ) -> None:
        self._channel = channel
        self._inner = inner or httpx.HTTPTransport()
        self._listener = listener

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        request.read()
        check_request(request, self._channel, self._listener)
        return self._inner.handle_request(request)

    def close(self) -> None:
        self._inner.close()


class AsyncGuardedTransport(httpx.AsyncBaseTransport):
    """The asynchronous twin of ``GuardedTransport``."""

    def __init__(
        self,
        channel: str,
        inner: httpx.AsyncBaseTransport | None = None,
        listener: BlockListener | None = None,
    ) -> None:
        self._channel = channel
        self._inner = inner or httpx.AsyncHTTPTransport()
        self._listener = listener

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        await request.aread()
        check_request(request, self._channel, self._listener)
        return await self._inner.handle_async_request(request)

    async def aclose(self) -> None:
        await self._inner.aclose()


def guarded_clients(
    channel: str, timeout: float = 60.0, listener: BlockListener | None = None
) -> tuple[httpx.Client, httpx.AsyncClient]:
    """A sync and an async HTTP client whose every request passes the guard."""
    return (
        httpx.Client(transport=GuardedTransport(channel, listener=listener), timeout=timeout),
        httpx.AsyncClient(
            transport=AsyncGuardedTransport(channel, listener=listener), timeout=timeout
        ),
    )


def transports_for(
    egress: EgressClass, channel: str, listener: BlockListener | None = None
) -> tuple[httpx.BaseTransport, httpx.AsyncBaseTransport]:
    """Transports for an endpoint of this egress class: guarded unless it is ``local``."""
    if egress == "local":
        return httpx.HTTPTransport(), httpx.AsyncHTTPTransport()
    return GuardedTransport(channel, listener=listener), AsyncGuardedTransport(
        channel, listener=listener
    )


def clients_for(
    egress: EgressClass,
    channel: str,
    listener: BlockListener | None = None,
    timeout: float = 60.0,
) -> tuple[httpx.Client, httpx.AsyncClient]:
    """A sync and an async client for an endpoint of this egress class.

    Args:
        egress: ``local`` endpoints may receive personal data, so their requests are
            not scanned; ``external`` ones pass the guard.
        channel: the name blocks are logged and audited under (the tier).
        listener: told about each block.
        timeout: seconds per request.
    """
    sync_transport, async_transport = transports_for(egress, channel, listener)
    return (
        httpx.Client(transport=sync_transport, timeout=timeout),
        httpx.AsyncClient(transport=async_transport, timeout=timeout),
    )
