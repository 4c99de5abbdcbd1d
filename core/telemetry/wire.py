"""The egress guard for OTLP/HTTP: decode the protobuf body and re-scan its text.

The exporter's body is binary protobuf, which the JSON/multipart reader of the
LangSmith guard cannot read. Here the ``ExportTraceServiceRequest`` is parsed and
every piece of text a collector would store (span and event names, string
attribute values, status messages) is screened with the same
``core.egress.personal_data_types`` as every other channel. Numbers (timestamps,
token counts) and ids are structure, not text, as in the JSON guard; a body that
does not parse is refused, so a format change fails closed.
"""

from __future__ import annotations

import gzip
import json
import logging
import zlib
from collections.abc import Iterable, Iterator
from urllib.parse import urlsplit

import requests

# protobuf ships no type information (types-protobuf would be one more pin for one name).
from google.protobuf.message import DecodeError  # type: ignore[import-untyped]
from opentelemetry.proto.collector.trace.v1.trace_service_pb2 import ExportTraceServiceRequest
from opentelemetry.proto.common.v1.common_pb2 import AnyValue, KeyValue

from core.egress import personal_data_types
from core.errors import PrivacyBlockedError

log = logging.getLogger("switchyard.egress")

CHANNEL = "OpenTelemetry export"


def _value_strings(value: AnyValue) -> Iterator[str]:
    kind = value.WhichOneof("value")
    if kind == "string_value":
        yield value.string_value
    elif kind == "array_value":
        for item in value.array_value.values:
            yield from _value_strings(item)
    elif kind == "kvlist_value":
        yield from _attribute_strings(value.kvlist_value.values)
    elif kind == "bytes_value":
        yield value.bytes_value.decode("utf-8", errors="replace")


def _attribute_strings(attributes: Iterable[KeyValue]) -> Iterator[str]:
    for attribute in attributes:
        yield from _value_strings(attribute.value)


def request_strings(request: ExportTraceServiceRequest) -> list[str]:
    """Every piece of text in an OTLP trace export a collector would store."""
    texts: list[str] = []
    for resource_spans in request.resource_spans:
        texts.extend(_attribute_strings(resource_spans.resource.attributes))
        for scope_spans in resource_spans.scope_spans:
            texts.append(scope_spans.scope.name)
            for span in scope_spans.spans:
                texts.append(span.name)
                texts.append(span.status.message)
                texts.extend(_attribute_strings(span.attributes))
                for event in span.events:
                    texts.append(event.name)
                    texts.extend(_attribute_strings(event.attributes))
                for link in span.links:
                    texts.extend(_attribute_strings(link.attributes))
    return [t for t in texts if t]


def _decompressed(raw: bytes, encoding: str) -> bytes | None:
    try:
        if encoding in ("", "identity"):
            return raw
        if encoding == "gzip":
            return gzip.decompress(raw)
        if encoding == "deflate":
            return zlib.decompress(raw)
    except (OSError, zlib.error):
        return None
    return None


def _blocked(host: str, why: str) -> PrivacyBlockedError:
    return PrivacyBlockedError(
        f"kept on this machine: an outbound {CHANNEL} request to {host} {why}"
    )


def check_otlp_request(request: requests.PreparedRequest) -> None:
    """Raise ``PrivacyBlockedError`` unless the OTLP body's text is free of personal data.

    The ``check`` of ``core.tracing_export.GuardedSession`` for the span exporter.
    """
    host = urlsplit(request.url or "").hostname or "?"
    body = request.body
    raw = body.encode("utf-8") if isinstance(body, str) else body
    encoding = str(request.headers.get("Content-Encoding", "")).lower()
    data = _decompressed(raw, encoding) if isinstance(raw, bytes) else None
    parsed = ExportTraceServiceRequest()
    try:
        if data is None:
            raise DecodeError("unreadable body")
        parsed.ParseFromString(data)
    except DecodeError as error:
        log.warning("egress blocked on %s to %s: unreadable body", CHANNEL, host)
        raise _blocked(
            host, "could not be decoded for the privacy re-scan, so it was not sent."
        ) from error
    types = personal_data_types(json.dumps(request_strings(parsed), ensure_ascii=False))
    if not types:
        return
    log.warning("egress blocked on %s to %s: finding(s) of type %s", CHANNEL, host, ",".join(types))
    raise _blocked(
        host,
        f"carried what looks like personal data ({', '.join(types)}), so it was not sent.",
    )
