"""An OpenAI-compatible stub on 127.0.0.1 that records every body and can call tools.

Like ``tests/recording_server.py``, but when a request offers tools and has no
tool result yet, it answers with the tool call the test set in ``plan`` (if that
tool is offered), so the *cloud* tier itself proposes tool calls over HTTP. Any
other POST (trace export, a webhook) is recorded and answered with ``{}``.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

CANNED = "This is the stub cloud model's answer."


@dataclass
class Stub:
    """What the server saw, and the tool call it proposes next."""

    base_url: str = ""
    bodies: list[bytes] = field(default_factory=list)
    paths: list[str] = field(default_factory=list)
    plan: tuple[str, dict[str, Any]] | None = None

    def text(self) -> str:
        """Everything received, JSON escapes resolved, for substring checks."""
        out = []
        for body in self.bodies:
            raw = body.decode("utf-8", errors="replace")
            try:
                out.append(json.dumps(json.loads(raw), ensure_ascii=False))
            except ValueError:
                out.append(raw)
        return "\n".join(out)


def _reply(stub: Stub, request: dict[str, Any]) -> dict[str, Any]:
    offered = {t.get("function", {}).get("name") for t in request.get("tools") or []}
    answered = any(m.get("role") == "tool" for m in request.get("messages", []))
    message: dict[str, Any] = {"role": "assistant", "content": CANNED}
    finish = "stop"
    if stub.plan is not None and stub.plan[0] in offered and not answered:
        name, args = stub.plan
        message = {
            "role": "assistant",
            "content": None,
            "tool_calls": [
                {
                    "id": "call_stub_1",
                    "type": "function",
                    "function": {"name": name, "arguments": json.dumps(args)},
                }
            ],
        }
        finish = "tool_calls"
    return {
        "id": "stub-1",
        "object": "chat.completion",
        "created": 0,
        "model": "stub",
        "choices": [{"index": 0, "finish_reason": finish, "message": message}],
        "usage": {"prompt_tokens": 21, "completion_tokens": 9, "total_tokens": 30},
    }


@contextmanager
def openai_stub() -> Iterator[Stub]:
    """Start the stub on a free loopback port; stop it on exit."""
    stub = Stub()

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: Any) -> None:
            return

        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
            stub.bodies.append(body)
            stub.paths.append(self.path)
            payload = b"{}"
            if self.path.endswith("/chat/completions"):
                try:
                    request = json.loads(body or b"{}")
                except ValueError:
                    request = {}
                # Streaming is not needed here: ``Assistant.ask`` invokes the model.
                payload = json.dumps(_reply(stub, request)).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)

        do_PATCH = do_POST
        do_PUT = do_POST

        def do_GET(self) -> None:
            stub.paths.append(self.path)
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", "2")
            self.end_headers()
            self.wfile.write(b"{}")

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    stub.base_url = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield stub
    finally:
        server.shutdown()
        server.server_close()
