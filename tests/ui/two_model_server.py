"""A loopback OpenAI-compatible stand-in that serves two model names.

The recording server's canned chat completions, plus ``GET /v1/models`` listing
``model-a`` and ``model-b``, so the chat's model picker has a real list to offer and
a test can see which model each request named.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from typing import Any

from tests.recording_server import QuietHandler, Recorder, _completion, serving

MODELS = ("model-a", "model-b")


def requested_models(recorder: Recorder) -> list[str]:
    """The ``model`` each request body named, in order (the stand-in records POSTs only)."""
    names = []
    for body in recorder.bodies:
        with suppress(ValueError):
            names.append(str(json.loads(body).get("model")))
    return names


def read_request(handler: QuietHandler, recorder: Recorder) -> bytes:
    """Read a POST's body and record it with its path."""
    body = handler.rfile.read(int(handler.headers.get("Content-Length") or 0))
    recorder.paths.append(handler.path)
    recorder.bodies.append(body)
    return body


def answer_completion(handler: QuietHandler, body: bytes) -> None:
    """Reply with the recording server's canned completion, streamed when asked."""
    stream = False
    with suppress(ValueError):
        stream = bool(json.loads(body or b"{}").get("stream"))
    ctype = "text/event-stream" if stream else "application/json"
    handler.reply_json(b"".join(_completion(stream)), ctype)


@contextmanager
def two_model_server() -> Iterator[Recorder]:
    """Start the stand-in on a free loopback port (base URL without ``/v1``); stop on exit."""
    recorder = Recorder()

    class Handler(QuietHandler):
        def do_GET(self) -> None:
            recorder.paths.append(self.path)
            if self.path.endswith("/models"):
                listing: dict[str, Any] = {
                    "object": "list",
                    "data": [{"id": m, "object": "model"} for m in MODELS],
                }
                self.reply_json(json.dumps(listing).encode())
                return
            self.reply_json(b"{}")

        def do_POST(self) -> None:
            answer_completion(self, read_request(self, recorder))

    Handler.recorder = recorder
    with serving(recorder, Handler):
        yield recorder
