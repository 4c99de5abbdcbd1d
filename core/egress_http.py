"""The HTTP side of the egress guard: transports and clients that screen each request.

Split from ``core.egress`` so that code which only screens text (the privacy checks,
a one-shot CLI answer) does not import httpx; model providers import this module when
they build their clients.
"""

from __future__ import annotations

import httpx

from core import egress
from core.egress import BlockListener
from core.settings import EgressClass


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
        # Looked up on the module at each request: ``core.egress.check_request`` is the one
        # switch the security suites turn off to prove they fail without the defence.
        egress.check_request(request, self._channel, self._listener)
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
        # Looked up on the module at each request: ``core.egress.check_request`` is the one
        # switch the security suites turn off to prove they fail without the defence.
        egress.check_request(request, self._channel, self._listener)
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
