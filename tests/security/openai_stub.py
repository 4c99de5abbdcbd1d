"""An OpenAI-compatible stub on 127.0.0.1 that records every body and can call tools.

A ``tests/recording_server.Recorder``, but when a request offers tools and has no
tool result yet, it answers with the tool call the test set in ``plan`` (if that
tool is offered), so the *cloud* tier itself proposes tool calls over HTTP. Any
other POST (trace export, a webhook) is recorded and answered with ``{}``.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from tests.recording_server import QuietHandler, Recorder, serving

CANNED = "This is the stub cloud model's answer."


@dataclass
class Stub(Recorder):
    """What the server saw, and the tool call it proposes next."""

    plan: tuple[str, dict[str, Any]] | None = None


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

    class Handler(QuietHandler):
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
            self.reply_json(payload)

        do_PATCH = do_POST
        do_PUT = do_POST

    Handler.recorder = stub
    with serving(stub, Handler):
        yield stub
