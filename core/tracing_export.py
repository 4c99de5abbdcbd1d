"""Optional trace export to LangSmith, masked twice over (DESIGN.md principle 3).

When ``LANGSMITH_TRACING`` and ``LANGSMITH_API_KEY`` are set, the runner adds a
``LangChainTracer`` to each run's callbacks. Its client masks every input,
output, metadata value and error with ``core.privacy.mask`` before a payload
is queued, and its HTTP session re-scans each request body at the wire
(``PrivacyGuardAdapter``), refusing to send anything that still carries
personal data. A bug upstream can therefore lose a trace, never leak one.
"""

from __future__ import annotations

import functools
import json
import logging
import re
import threading
import time
import weakref
from collections.abc import Callable, Mapping, MutableMapping
from typing import TYPE_CHECKING, Any, TypeAlias
from urllib.parse import urlsplit

import requests
from requests.adapters import BaseAdapter, HTTPAdapter

from core.egress import personal_data_types
from core.errors import PrivacyBlockedError
from core.privacy import mask
from core.privacy.scanner import detector_lists
from core.settings import Settings
from core.version import UNKNOWN_VERSION, switchyard_version

if TYPE_CHECKING:
    from langchain_core.callbacks import BaseCallbackHandler
    from langsmith import Client

log = logging.getLogger("switchyard.egress")

CHANNEL = "trace export"
# A flush waits in rounds so a stopped sender is noticed and replaced (see flush_client).
FLUSH_ROUND_SECONDS = 5.0
FLUSH_LIMIT_SECONDS = 300.0
_UNICODE_ESCAPE = re.compile(r"\\u([0-9a-fA-F]{4})")


# A run's inputs carry the graph state, and every node's run repeats it: one traced ask
# exports dozens of runs holding the same history strings, and scanning them again was
# most of an export's cost (a third of the PII egress suite's time). Each string is
# masked once per process (bounded). The key holds the scanner's detector lists, so a
# test that switches a detector off never reads a mask made with it on.
_MASK_MEMO_SIZE = 2048


@functools.lru_cache(maxsize=_MASK_MEMO_SIZE)
def _memo_mask(text: str, detectors: tuple[object, ...]) -> str:
    return mask(text)


def _mask_text(text: str) -> str:
    return _memo_mask(text, detector_lists())


def mask_tree(value: Any) -> Any:
    """Mask every string inside a JSON-like value (dicts, lists, tuples), keys included.

    Objects of other types become their masked ``str()``: an exporter never
    needs them whole, and an unknown type must not slip past the mask.
    """
    if isinstance(value, str):
        return _mask_text(value)
    if value is None or isinstance(value, bool | int | float):
        return value
    if isinstance(value, Mapping):
        return {_mask_text(str(k)): mask_tree(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [mask_tree(v) for v in value]
    return _mask_text(str(value))


def mask_payload(payload: dict[str, Any]) -> dict[str, Any]:
    """The ``anonymizer`` hook of the LangSmith client (inputs, outputs, metadata, errors).

    LangSmith adds ``git describe`` of the working directory to every run's metadata
    as ``revision_id``; an abbreviated hash can be all digits ("2692170"), which the
    wire screen rightly counts as a seven-digit run, so by the luck of a commit every
    export was refused. Which Switchyard sent the trace is what an operator needs,
    so that value is replaced by the app's name and version.
    """
    revision = payload.get("revision_id")
    if revision is not None and revision == _detected_revision():
        payload = {**payload, "revision_id": _app_revision()}
    masked = mask_tree(payload)
    return masked if isinstance(masked, dict) else {"value": masked}


def _detected_revision() -> Any:
    from langsmith.env import get_langchain_env_var_metadata

    return get_langchain_env_var_metadata().get("revision_id")


def _app_revision() -> str:
    # switchyard_version() is cached: an uncached metadata lookup scans site-packages,
    # and this runs for every exported trace (about 6% of the PII egress suite's time).
    version = switchyard_version()
    return "switchyard" if version == UNKNOWN_VERSION else f"switchyard {version}"


def _read_body(request: requests.PreparedRequest) -> bytes:
    """The request body as bytes; a streamed body is read once and put back as bytes."""
    body = request.body
    if body is None:
        return b""
    if isinstance(body, bytes):
        return body
    if isinstance(body, str):
        return body.encode("utf-8")
    stream: Any = body
    chunks: list[bytes] = []
    if callable(getattr(stream, "read", None)):
        data = stream.read()
        chunks.append(data.encode("utf-8") if isinstance(data, str) else bytes(data))
    else:
        for part in stream:
            chunks.append(part.encode("utf-8") if isinstance(part, str) else bytes(part))
    raw = b"".join(chunks)
    # The stream is consumed now: send the bytes we scanned, exactly those.
    request.body = raw
    request.headers.pop("Transfer-Encoding", None)
    request.headers["Content-Length"] = str(len(raw))
    return raw


def _decompress(raw: bytes, encoding: str) -> bytes | None:
    if not encoding or encoding == "identity":
        return raw
    if encoding == "zstd":
        try:
            import zstandard
        except ImportError:
            return None
        try:
            return bytes(zstandard.ZstdDecompressor().decompressobj().decompress(raw))
        except zstandard.ZstdError:
            return None
    if encoding == "gzip":
        import gzip

        try:
            return gzip.decompress(raw)
        except OSError:
            return None
    return None


def body_text(request: requests.PreparedRequest) -> str | None:
    """Readable text of a request body (JSON or multipart), or ``None`` when unreadable."""
    encoding = request.headers.get("Content-Encoding", "")
    encoding = encoding.decode("latin-1") if isinstance(encoding, bytes) else encoding
    raw = _decompress(_read_body(request), encoding.lower())
    if raw is None:
        return None
    text = raw.decode("utf-8", errors="replace")
    try:
        # JSON escapes non-ASCII as \\uXXXX; decode so Korean text is scanned as text.
        return json.dumps(json.loads(text), ensure_ascii=False)
    except ValueError:
        # Multipart bodies hold JSON parts between boundaries: resolve escapes in place.
        return _UNICODE_ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), text)


def check_prepared(request: requests.PreparedRequest) -> None:
    """Raise ``PrivacyBlockedError`` when a request body carries (or may carry) personal data."""
    host = urlsplit(request.url or "").hostname or "?"
    text = body_text(request)
    if text is None:
        log.warning("egress blocked on %s to %s: unreadable body encoding", CHANNEL, host)
        raise PrivacyBlockedError(
            f"blocked an outbound {CHANNEL} request to {host}: its body could not be decoded "
            "for the privacy re-scan, so it was not sent."
        )
    types = personal_data_types(text)
    if not types:
        return
    log.warning("egress blocked on %s to %s: finding(s) of type %s", CHANNEL, host, ",".join(types))
    raise PrivacyBlockedError(
        f"kept on this machine: an outbound {CHANNEL} request to {host} carried what looks "
        f"like personal data ({', '.join(types)}), so it was not sent."
    )


# The types of ``HTTPAdapter.send``'s keywords; requests keeps its own aliases in the
# private ``requests._types``, so they are spelled out here.
_Timeout: TypeAlias = float | tuple[float | None, float | None] | None
_Verify: TypeAlias = bool | str
_Cert: TypeAlias = str | tuple[str, str] | None


RequestCheck: TypeAlias = Callable[[requests.PreparedRequest], None]
"""Raises ``PrivacyBlockedError`` for a request that may not leave (``check_prepared``)."""


class PrivacyGuardAdapter(HTTPAdapter):
    """An HTTP adapter that re-scans each body before sending it (or handing it on).

    ``check`` reads the body: JSON and multipart by default; the OpenTelemetry
    export passes one that decodes OTLP protobuf (``core.telemetry.wire``).
    """

    def __init__(
        self,
        inner: BaseAdapter | None = None,
        check: RequestCheck | None = None,
        **kwargs: Any,
    ) -> None:
        super().__init__(**kwargs)
        self.inner = inner
        self.check = check or check_prepared

    def send(
        self,
        request: requests.PreparedRequest,
        stream: bool = False,
        timeout: _Timeout = None,
        verify: _Verify = True,
        cert: _Cert = None,
        proxies: dict[str, str] | None = None,
    ) -> requests.Response:
        """Scan, then send through the wrapped adapter (or this one)."""
        self.check(request)
        keywords: dict[str, Any] = {
            "stream": stream,
            "timeout": timeout,
            "verify": verify,
            "cert": cert,
            "proxies": proxies,
        }
        if self.inner is not None:
            return self.inner.send(request, **keywords)
        return super().send(request, **keywords)

    def close(self) -> None:
        """Close the wrapped adapter too."""
        if self.inner is not None:
            self.inner.close()
        super().close()


class GuardedSession(requests.Session):
    """A session whose every adapter sits behind the privacy guard.

    The LangSmith client mounts its own retrying adapter on the session it is
    given; wrapping at ``mount`` keeps the guard in front of that one too.
    """

    def __init__(self, check: RequestCheck | None = None) -> None:
        # Set before ``super().__init__``, which mounts the default adapters.
        self._check = check or check_prepared
        super().__init__()

    def mount(self, prefix: str, adapter: BaseAdapter) -> None:
        """Mount ``adapter`` behind a ``PrivacyGuardAdapter``."""
        if not isinstance(adapter, PrivacyGuardAdapter):
            adapter = PrivacyGuardAdapter(inner=adapter, check=self._check)
        super().mount(prefix, adapter)


def export_enabled(settings: Settings) -> bool:
    """True when LangSmith export is switched on and has a key."""
    key = settings.langsmith_api_key
    return bool(settings.langsmith_tracing and key is not None and key.get_secret_value())


def build_client(settings: Settings) -> Client | None:
    """A LangSmith client that masks and re-scans everything, or ``None`` when export is off."""
    if not export_enabled(settings) or settings.langsmith_api_key is None:
        return None
    from langsmith import Client

    return Client(
        api_key=settings.langsmith_api_key.get_secret_value(),
        api_url=settings.langsmith_endpoint,
        session=GuardedSession(),
        anonymizer=mask_payload,
        hide_inputs=mask_payload,
        hide_outputs=mask_payload,
        hide_metadata=mask_payload,
    )


def build_tracer(settings: Settings, client: Client | None = None) -> BaseCallbackHandler | None:
    """The ``LangChainTracer`` callback for run configs, or ``None`` when export is off."""
    client = client or build_client(settings)
    if client is None:
        return None
    from langchain_core.tracers import LangChainTracer

    return LangChainTracer(
        client=client, project_name=settings.langsmith_project, tags=["switchyard"]
    )


def tracer_for(settings: Settings, cache: MutableMapping[str, Any]) -> BaseCallbackHandler | None:
    """One tracer per process (kept in ``cache``, e.g. ``Services.extras``)."""
    if "langsmith_tracer" not in cache:
        cache["langsmith_tracer"] = build_tracer(settings)
    tracer: BaseCallbackHandler | None = cache["langsmith_tracer"]
    return tracer


def flush(tracer: BaseCallbackHandler | None) -> None:
    """Send whatever the tracer has queued (tests and shutdown)."""
    if tracer is None:
        return
    client = getattr(tracer, "client", None)
    if client is not None and hasattr(client, "tracing_queue"):
        # Not the tracer's wait_for_futures: it is client.flush() with no bound (see below).
        flush_client(client)
        return
    wait = getattr(tracer, "wait_for_futures", None)
    if callable(wait):
        wait()


def flush_client(client: Client, limit_seconds: float = FLUSH_LIMIT_SECONDS) -> bool:
    """Wait until the client's queue is sent; ``False`` (and a warning) if ``limit_seconds`` passed.

    LangSmith's control thread stops itself once it believes it holds the last
    reference to the client. It decides by counting references, and a sub-thread
    that has just let go of its own is still counted while it finishes, so
    under load the thread can stop with the client in use. ``Client.flush()``
    then waits forever on a queue nobody reads (a CI run hung 30 minutes on
    it). Waiting in rounds, and starting a fresh control thread whenever a
    round ends with the queue no shorter, keeps a flush bounded and the
    traces sent.
    """
    queue = client.tracing_queue
    deadline = time.monotonic() + limit_seconds
    left = queue.unfinished_tasks if queue is not None else 0
    while True:
        client.flush(timeout=min(FLUSH_ROUND_SECONDS, max(0.0, deadline - time.monotonic())))
        if queue is None or queue.unfinished_tasks == 0:
            return True
        if time.monotonic() >= deadline:
            log.warning(
                "trace export: %d queued run(s) were not sent within %.0f s",
                queue.unfinished_tasks,
                limit_seconds,
            )
            return False
        if queue.unfinished_tasks >= left:
            _start_control_thread(client)
        left = queue.unfinished_tasks


def _start_control_thread(client: Client) -> None:
    """Start another LangSmith queue reader for ``client`` (a spare one is harmless)."""
    from langsmith._internal._background_thread import tracing_control_thread_func

    log.info("trace export: the LangSmith sender had stopped; starting a new one")
    threading.Thread(
        target=tracing_control_thread_func, args=(weakref.ref(client),), daemon=True
    ).start()
