"""A loopback stand-in for the Hugging Face hub's file API, for ``models pull`` tests.

It answers ``HEAD``/``GET /{owner}/{repo}/resolve/{revision}/{file}`` the way the hub
does for an LFS file (``X-Repo-Commit``, ``ETag``/``X-Linked-Etag`` = the SHA-256,
``X-Linked-Size``, ``Content-Length``, ``Accept-Ranges`` and ``Range`` requests), so
``huggingface_hub`` with ``HF_ENDPOINT`` pointed here runs its real download path.
It can cut a transfer short (to test resuming) and lie about the checksum.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler
from pathlib import Path

from tests.loopback_http import QuietHandler, serve_loopback

COMMIT = "0123456789abcdef0123456789abcdef01234567"
_RESOLVE = re.compile(r"^/(?P<repo>[^/]+/[^/]+)/resolve/(?P<rev>[^/]+)/(?P<file>[^?]+)")
_CHUNK = 1 << 20


@dataclass
class HubFile:
    """One file the stand-in serves."""

    repo: str
    name: str
    path: Path
    sha256: str = ""

    def __post_init__(self) -> None:
        if not self.sha256:
            digest = hashlib.sha256()
            with self.path.open("rb") as handle:
                while chunk := handle.read(_CHUNK):
                    digest.update(chunk)
            self.sha256 = digest.hexdigest()


@dataclass
class Hub:
    """The stand-in's state: files, fault switches and what it saw."""

    files: list[HubFile]
    base_url: str = ""
    cut_after_bytes: int | None = None
    """Close the connection after this many body bytes, once (the next GET succeeds)."""
    advertised_sha256: str | None = None
    """Send this as the ETag instead of the true checksum (a corrupted transfer)."""
    requests: list[tuple[str, str, str | None]] = field(default_factory=list)
    """(method, path, Range header) per request."""

    def find(self, repo: str, name: str) -> HubFile | None:
        return next((f for f in self.files if f.repo == repo and f.name == name), None)


def _handler(hub: Hub) -> type[BaseHTTPRequestHandler]:
    class Handler(QuietHandler):
        def _target(self) -> HubFile | None:
            hub.requests.append((self.command, self.path, self.headers.get("Range")))
            match = _RESOLVE.match(self.path)
            found = hub.find(match["repo"], match["file"]) if match else None
            if found is None:
                self.send_response(404)
                self.send_header("X-Error-Code", "EntryNotFound")
                self.send_header("X-Error-Message", "Entry not found")
                self.send_header("Content-Length", "0")
                self.end_headers()
            return found

        def _common_headers(self, hub_file: HubFile, size: int) -> None:
            etag = f'"{hub.advertised_sha256 or hub_file.sha256}"'
            self.send_header("X-Repo-Commit", COMMIT)
            self.send_header("ETag", etag)
            self.send_header("X-Linked-Etag", etag)
            self.send_header("X-Linked-Size", str(size))
            self.send_header("Accept-Ranges", "bytes")
            self.send_header("Content-Type", "application/octet-stream")

        def do_HEAD(self) -> None:
            hub_file = self._target()
            if hub_file is None:
                return
            size = hub_file.path.stat().st_size
            self.send_response(200)
            self._common_headers(hub_file, size)
            self.send_header("Content-Length", str(size))
            self.end_headers()

        def do_GET(self) -> None:
            hub_file = self._target()
            if hub_file is None:
                return
            size = hub_file.path.stat().st_size
            start = 0
            ranged = re.match(r"bytes=(\d+)-$", self.headers.get("Range", ""))
            if ranged:
                start = int(ranged[1])
                self.send_response(206)
                self.send_header("Content-Range", f"bytes {start}-{size - 1}/{size}")
            else:
                self.send_response(200)
            self._common_headers(hub_file, size)
            self.send_header("Content-Length", str(size - start))
            self.end_headers()
            budget = hub.cut_after_bytes
            hub.cut_after_bytes = None  # cut once only
            sent = 0
            with hub_file.path.open("rb") as handle:
                handle.seek(start)
                while chunk := handle.read(64 * 1024):
                    if budget is not None and sent + len(chunk) > budget:
                        self.wfile.write(chunk[: budget - sent])
                        self.wfile.flush()
                        # Drop the connection mid-body, as a flaky network would.
                        self.close_connection = True
                        self.connection.shutdown(2)
                        return
                    self.wfile.write(chunk)
                    sent += len(chunk)

    return Handler


@contextmanager
def serve_hub(files: list[HubFile]) -> Iterator[Hub]:
    """Run the stand-in on 127.0.0.1 (a free port) for the ``with`` block."""
    hub = Hub(files=files)
    with serve_loopback(_handler(hub)) as base_url:
        hub.base_url = base_url
        yield hub
