"""The egress guard: one check at the wire for everything that leaves the machine.

Every outbound HTTP request of the cloud tier and of trace export goes through
``GuardedTransport``. It re-scans the request body for personal data and
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
            tier="cloud" if channel == "cloud" else None,
            detail=f"channel={channel} types={','.join(types)}",
        )
        if also is not None:
            also(channel, types)

    return listener


def check_request(request: httpx.Request, channel: str, listener: BlockListener | None) -> None:
    """Raise ``PrivacyBlockedError`` when the request body carries personal data."""
    findings = _public_contacts.personal(scan(_body_text(request)))
    if not findings:
        return
    types = sorted({str(f.type) for f in findings})
    log.warning(
        "egress blocked on %s to %s: %d finding(s) of type %s",
        channel,
        request.url.host,
        len(findings),
        ",".join(types),
    )
    if listener is not None:
        listener(channel, types)
    raise PrivacyBlockedError(
        f"blocked an outbound {channel} request to {request.url.host}: it carried personal "
        f"data ({', '.join(types)}). The step must run on the local tier."
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
