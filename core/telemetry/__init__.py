"""OpenTelemetry export of runs as GenAI span trees (off by default; ``[otel]``).

``spans`` turns a finished run into spans, ``wire`` re-scans each OTLP request for
personal data, ``export`` holds one guarded exporter per configuration.
"""

from core.telemetry.export import SpanExport, export_run, exporter_for

__all__ = ["SpanExport", "export_run", "exporter_for"]
