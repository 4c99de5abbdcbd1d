"""Plumbing for the HTTP stand-ins tests run on 127.0.0.1 (a hub, an Ollama server).

Each stand-in writes only its protocol (a handler subclass); starting on a free
loopback port, quiet logging and a clean stop live here once.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class QuietHandler(BaseHTTPRequestHandler):
    """HTTP/1.1 keep-alive handler with no access log: tests read what the stand-in recorded."""

    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: object) -> None:
        """Log nothing (the stand-in's own records are what tests check)."""


@contextmanager
def serve_loopback(handler: type[BaseHTTPRequestHandler]) -> Iterator[str]:
    """Serve ``handler`` on a free 127.0.0.1 port for the ``with`` block.

    Args:
        handler: The request handler class (one instance per request).

    Yields:
        The base URL, ``http://127.0.0.1:PORT``.
    """
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    # Request threads must not keep the test process alive (a client may hang up mid-body).
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
