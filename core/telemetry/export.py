"""The OTLP exporter: one tracer provider per ``[otel]`` configuration, per process.

Spans leave through ``core.tracing_export.GuardedSession`` with the OTLP check of
``core.telemetry.wire``: masked once when the spans are built, re-scanned at the
wire. A blocked or failed export loses spans, never the run: exporting happens on
the batch processor's thread and its errors are logged there.
"""

from __future__ import annotations

import atexit
import logging
import threading
from dataclasses import dataclass

from opentelemetry.exporter.otlp.proto.http import Compression
from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter
from opentelemetry.sdk.resources import Resource
from opentelemetry.sdk.trace import TracerProvider
from opentelemetry.sdk.trace.export import BatchSpanProcessor, SpanExporter

from core.privacy import mask as default_mask
from core.settings import OtelSettings, Settings
from core.telemetry.spans import Masker, RunSpans
from core.telemetry.wire import check_otlp_request
from core.trace_store import RunRecord
from core.tracing_export import GuardedSession

log = logging.getLogger("switchyard.telemetry")

_SCOPE = "switchyard"
# How long a process's exit waits for the collector to take the last spans.
EXIT_TIMEOUT_S = 5.0


@dataclass(frozen=True)
class _Key:
    endpoint: str
    headers: tuple[tuple[str, str], ...]
    service_name: str
    timeout_s: float

    @classmethod
    def of(cls, config: OtelSettings) -> _Key:
        return cls(
            config.endpoint,
            tuple(sorted(config.headers.items())),
            config.service_name,
            config.timeout_s,
        )


class SpanExport:
    """Exports finished runs as span trees to one OTLP/HTTP endpoint."""

    def __init__(self, config: OtelSettings, mask: Masker = default_mask) -> None:
        """Build the provider, the guarded exporter and the batch processor.

        Args:
            config: The ``[otel]`` settings (endpoint, headers, service name).
            mask: Applied to every exported string; only tests pass another one.
        """
        exporter = OTLPSpanExporter(
            endpoint=config.endpoint,
            headers=dict(config.headers),
            timeout=config.timeout_s,
            # Uncompressed, so the wire guard reads exactly the bytes that are sent.
            compression=Compression.NoCompression,
            session=GuardedSession(check=check_otlp_request),
        )
        self._exporter: SpanExporter = exporter
        self.provider = TracerProvider(
            # Our own exit handler bounds the wait (``shutdown``); the SDK's would not.
            shutdown_on_exit=False,
            resource=Resource.create(
                {
                    "service.name": config.service_name,
                    # Phoenix files spans under this project (other collectors ignore it).
                    "openinference.project.name": config.service_name,
                }
            ),
        )
        self.provider.add_span_processor(BatchSpanProcessor(exporter))
        self._spans = RunSpans(self.provider.get_tracer(_SCOPE), mask)

    def export_run(self, run: RunRecord, workflow: str | None = None) -> None:
        """Queue the run's spans; never raises (telemetry must not fail a run)."""
        try:
            self._spans.export(run, workflow)
        except Exception:  # any failure here loses spans, never the answer
            log.exception("could not build the spans of run %s", run.run_id)

    def flush(self, timeout_ms: int = 30_000) -> bool:
        """Send everything queued; True when it all went (tests and shutdown)."""
        return self.provider.force_flush(timeout_ms)

    def shutdown(self, timeout_s: float = EXIT_TIMEOUT_S) -> None:
        """Flush and stop, waiting at most about ``timeout_s`` for the collector.

        The SDK's shutdown retries an unreachable collector for its whole export
        timeout per batch; a one-shot CLI call must not hang on exit for that.
        """
        worker = threading.Thread(target=self.provider.shutdown, daemon=True)
        worker.start()
        worker.join(timeout_s)
        if worker.is_alive():
            log.warning("OpenTelemetry collector did not take the last spans in %.0f s", timeout_s)
            # Ends the exporter's retry waits; queued spans are dropped.
            self._exporter.shutdown()
            worker.join(1.0)


_exports: dict[_Key, SpanExport] = {}
_lock = threading.Lock()


def exporter_for(settings: Settings) -> SpanExport | None:
    """The process's exporter for ``settings.otel``, or ``None`` when export is off."""
    config = settings.otel
    if not config.enabled:
        return None
    key = _Key.of(config)
    with _lock:
        export = _exports.get(key)
        if export is None:
            export = _exports[key] = SpanExport(config)
    return export


def export_run(settings: Settings, run: RunRecord, workflow: str | None = None) -> None:
    """Export ``run`` when ``[otel]`` is enabled; a no-op otherwise.

    Args:
        settings: The app's settings (``settings.otel`` decides).
        run: The finished run, as given to the trace store.
        workflow: The workflow's name for a workflow run.
    """
    export = exporter_for(settings)
    if export is not None:
        export.export_run(run, workflow)


@atexit.register
def _shutdown_all() -> None:
    # Queued spans are sent before the process exits (a CLI ask is one short process).
    with _lock:
        exports = list(_exports.values())
        _exports.clear()
    for export in exports:
        export.shutdown()
