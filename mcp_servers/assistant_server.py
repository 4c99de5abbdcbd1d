"""The Switchyard assistant server: one ``ask`` tool running the whole routed workflow.

The workflow is injected as ``ask_fn(question, thread_id) -> dict`` with the
``switchyard ask --json`` keys, so this module does not import the graph.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterable, Sequence
from typing import Annotated, Any

from mcp.server.mcpserver import MCPServer
from mcp.types import CallToolResult, TextContent
from pydantic import BaseModel, ConfigDict, Field

from core.errors import ConfigError, PrivacyBlockedError, ToolInputError
from core.privacy.release import is_trusted, release_to_client
from mcp_servers.adapt import annotations_for, calling_client, guarded
from mcp_servers.base import SwitchyardMCPServer
from mcp_servers.identity import new_server
from mcp_servers.links import section_links
from mcp_servers.tools_server import Transport, parse_args, run

AskFn = Callable[[str, str | None], dict[str, Any]]
REQUIRED_KEYS = ("answer", "thread_id", "citations", "steps")

Question = Annotated[str, Field(min_length=1, max_length=8000, description="The question")]
ThreadId = Annotated[
    str | None,
    Field(max_length=128, pattern=r"^[A-Za-z0-9_.:-]+$", description="Continue this thread"),
]


class AskAnswer(BaseModel):
    """``ask`` output (the ``switchyard ask --json`` keys); more keys may follow."""

    model_config = ConfigDict(extra="allow")

    answer: str = Field(description="The answer, with [n] marks for its citations")
    thread_id: str | None = Field(description="Pass it back to continue the conversation")
    citations: list[dict[str, Any]] = Field(description="id, source, locator, text, chunk_id")
    steps: list[dict[str, Any]] = Field(description="Each step: tier, reason, cost, latency")


def _text(result: dict[str, Any]) -> str:
    lines = [str(result["answer"])]
    for cite in result.get("citations") or []:
        if isinstance(cite, dict):
            lines.append(
                f"[{cite.get('id', '?')}] {cite.get('source', '')} {cite.get('locator', '')}"
            )
    return "\n".join(line.rstrip() for line in lines)


def add_ask_tool(server: MCPServer, ask_fn: AskFn, *, withhold_local_only: bool = True) -> None:
    """Register ``ask`` on a server.

    Args:
        server: The MCPServer server to extend.
        ask_fn: Runs the workflow; returns ``{"answer", "thread_id", "citations", "steps"}``.
        withhold_local_only: An MCP client may forward results to a cloud model, so
            an answer whose steps touched personal data (a step with
            ``privacy == "local_only"``) is withheld unless this is turned off
            (DESIGN.md: privacy fails closed).
    """

    def ask(question: Question, thread_id: ThreadId = None) -> Annotated[CallToolResult, AskAnswer]:
        """Answer a question with the Switchyard workflow (routing, tools, documents)."""
        if not question.strip():
            raise ToolInputError("question must contain some non-space text")
        result = ask_fn(question, thread_id)
        missing = [k for k in REQUIRED_KEYS if k not in result]
        if missing:
            raise ConfigError(f"ask function returned no {missing}")
        steps = result.get("steps") or []
        client = calling_client()
        if (
            withhold_local_only
            and not is_trusted(client)
            and any(isinstance(s, dict) and s.get("privacy") == "local_only" for s in steps)
        ):
            raise PrivacyBlockedError(
                "this answer involves personal data and stays on this machine; "
                "open it in Switchyard itself"
            )
        structured = release_to_client(json.loads(json.dumps(result, default=str)), client)
        # Links to the cited sections follow the answer text, for clients that read them.
        links = section_links(structured.get("citations") or [])
        return CallToolResult(
            content=[TextContent(type="text", text=_text(structured)), *links],
            structured_content=structured,
        )

    server.add_tool(
        guarded("ask", ask, offload=True, progress="answering", client_aware=True),
        name="ask",
        description="Answer a question with the Switchyard workflow (routing, tools, documents).",
        # The workflow may call cloud models and writes its conversation store.
        annotations=annotations_for("external_network", idempotent=False),
    )


def build_assistant_server(
    ask_fn: AskFn, *, withhold_local_only: bool = True, name: str = "switchyard-assistant"
) -> SwitchyardMCPServer:
    """Build the assistant server (not started); see ``add_ask_tool`` for the arguments."""
    server = new_server(name, instructions="Ask Switchyard; answers cite sources.")
    add_ask_tool(server, ask_fn, withhold_local_only=withhold_local_only)
    return server


def serve(
    transport: Transport,
    *,
    ask_fn: AskFn,
    host: str = "127.0.0.1",
    port: int = 8765,
    token: str | None = None,
    allowed_origins: Iterable[str] = (),
    withhold_local_only: bool = True,
) -> None:
    """Build and run the assistant server.

    Raises:
        ConfigError: HTTP on a non-loopback host without a token.
    """
    server = build_assistant_server(ask_fn, withhold_local_only=withhold_local_only)
    run(server, transport, host=host, port=port, token=token, allowed_origins=allowed_origins)


def main(argv: Sequence[str] | None = None) -> int:
    """``python -m mcp_servers.assistant_server``: needs the graph's ask function."""
    parse_args(argv)
    print(
        "error: the assistant server needs the workflow; run `switchyard mcp serve` instead",
        file=sys.stderr,
    )
    return 2


if __name__ == "__main__":
    sys.exit(main())
