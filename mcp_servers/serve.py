"""``switchyard mcp serve``: one server with the tools, document search and ``ask``.

Desktop clients configure one command per server, so the CLI exposes
everything through a single server; ``tools_server`` and ``assistant_server``
remain available separately.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

from core.workflow.schema import Workflow
from mcp_servers.assistant_server import AskFn, add_ask_tool
from mcp_servers.base import SwitchyardMCPServer
from mcp_servers.documents import DocumentStore
from mcp_servers.prompts import add_assistant_prompts, add_workflow_prompts
from mcp_servers.tools_server import DEFAULT_COLLECTIONS, Transport, build_tools_server, run
from mcp_servers.workflow_tools import register_workflow_tools
from tools.registry import ToolRegistry


def build_switchyard_server(
    registry: ToolRegistry | None = None,
    *,
    doc_store: DocumentStore | None = None,
    ask_fn: AskFn | None = None,
    allow_ingest: bool = False,
    ingest_roots: Iterable[Path | str] = (),
    withhold_local_only: bool = True,
    workflows: Iterable[Workflow] = (),
    collections: Sequence[str] = DEFAULT_COLLECTIONS,
) -> SwitchyardMCPServer:
    """Tools server plus ``ask`` when ``ask_fn`` is given (see the two builders).

    Also the prompts: the assistant's, and one per workflow in ``workflows``.
    """
    server = build_tools_server(
        registry,
        doc_store=doc_store,
        allow_ingest=allow_ingest,
        ingest_roots=ingest_roots,
        name="switchyard",
        collections=collections,
    )
    if ask_fn is not None:
        add_ask_tool(server, ask_fn, withhold_local_only=withhold_local_only)
    register_workflow_tools(server, withhold_local_only=withhold_local_only)
    add_assistant_prompts(server, doc_store, collections=collections)
    add_workflow_prompts(server, workflows)
    return server


def serve(
    transport: Transport,
    *,
    host: str = "127.0.0.1",
    port: int = 8765,
    token: str | None = None,
    registry: ToolRegistry | None = None,
    doc_store: DocumentStore | None = None,
    ask_fn: AskFn | None = None,
    allow_ingest: bool = False,
    ingest_roots: Iterable[Path | str] = (),
    allowed_origins: Iterable[str] = (),
    withhold_local_only: bool = True,
    workflows: Iterable[Workflow] = (),
    stateless: bool = False,
) -> None:
    """Build and run the combined server until stopped (``stateless``: HTTP replicas).

    Raises:
        core.errors.ConfigError: HTTP on a non-loopback host without a token
            (``SWITCHYARD_MCP_TOKEN``), or ``allow_ingest`` without roots.
    """
    server = build_switchyard_server(
        registry,
        doc_store=doc_store,
        ask_fn=ask_fn,
        allow_ingest=allow_ingest,
        ingest_roots=ingest_roots,
        withhold_local_only=withhold_local_only,
        workflows=workflows,
    )
    run(
        server,
        transport,
        host=host,
        port=port,
        token=token,
        allowed_origins=allowed_origins,
        stateless=stateless,
    )
