"""A recording OpenAI-compatible (and LangSmith-ish) HTTP server on 127.0.0.1 for tests.

It stores every request body it receives and answers chat completions with a
canned reply (streamed or not) including token usage, so tests can count what
reached "the cloud" or "the trace endpoint" byte for byte.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

CANNED = "This is the recorded cloud model's answer."


@dataclass
class Recorder:
    """What the server saw."""

    base_url: str = ""
    bodies: list[bytes] = field(default_factory=list)
    paths: list[str] = field(default_factory=list)

    def text(self) -> str:
        """Everything received, decoded (JSON escapes resolved) for substring checks."""
        out = []
        for body in self.bodies:
            raw = body.decode("utf-8", errors="replace")
            try:
                out.append(json.dumps(json.loads(raw), ensure_ascii=False))
            except ValueError:
                out.append(raw)
        return "\n".join(out)


def _completion(stream: bool) -> list[bytes]:
    usage = {"prompt_tokens": 21, "completion_tokens": 9, "total_tokens": 30}
    if not stream:
        body = {
            "id": "rec-1",
            "object": "chat.completion",
            "created": 0,
            "model": "recorded",
            "choices": [
                {
                    "index": 0,
                    "finish_reason": "stop",
                    "message": {"role": "assistant", "content": CANNED},
                }
            ],
            "usage": usage,
        }
        return [json.dumps(body).encode()]
    chunks = []
    for i, word in enumerate(CANNED.split(" ")):
        delta = {"role": "assistant", "content": (" " if i else "") + word}
        chunks.append(
            {
                "id": "rec-1",
                "object": "chat.completion.chunk",
                "created": 0,
                "model": "recorded",
                "choices": [{"index": 0, "delta": delta}],
            }
        )
    chunks.append(
        {
            "id": "rec-1",
            "object": "chat.completion.chunk",
            "created": 0,
            "model": "recorded",
            "choices": [{"index": 0, "delta": {}, "finish_reason": "stop"}],
        }
    )
    chunks.append(
        {
            "id": "rec-1",
            "object": "chat.completion.chunk",
            "created": 0,
            "model": "recorded",
            "choices": [],
            "usage": usage,
        }
    )
    return [f"data: {json.dumps(c)}\n\n".encode() for c in chunks] + [b"data: [DONE]\n\n"]


@contextmanager
def recording_server() -> Iterator[Recorder]:
    """Start the recorder on a free loopback port; stop it on exit."""
    recorder = Recorder()

    class Handler(QuietHandler):
        def do_POST(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length)
            recorder.bodies.append(body)
            recorder.paths.append(self.path)
            stream = False
            with suppress(ValueError):
                stream = bool(json.loads(body or b"{}").get("stream"))
            if self.path.endswith("/chat/completions"):
                ctype = "text/event-stream" if stream else "application/json"
                self.reply_json(b"".join(_completion(stream)), ctype)
                return
            self.reply_json(b"{}")

        do_PATCH = do_POST
        do_PUT = do_POST

    Handler.recorder = recorder
    with serving(recorder, Handler):
        yield recorder


class QuietHandler(BaseHTTPRequestHandler):
    """Base handler: no access log, ``{}`` for GET (health and info probes)."""

    recorder: Recorder

    def log_message(self, *args: Any) -> None:
        return

    def reply_json(self, payload: bytes, content_type: str = "application/json") -> None:
        """Send a 200 with ``payload``."""
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def do_GET(self) -> None:
        self.recorder.paths.append(self.path)
        self.reply_json(b"{}")


@contextmanager
def serving(recorder: Recorder, handler: type[BaseHTTPRequestHandler]) -> Iterator[None]:
    """Serve ``handler`` on a free loopback port, setting ``recorder.base_url``; stop on exit."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    recorder.base_url = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield
    finally:
        server.shutdown()
        server.server_close()
