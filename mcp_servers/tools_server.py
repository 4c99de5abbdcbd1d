"""The Switchyard tools server: registered deterministic tools plus document search.

Run as a stdio subprocess with ``python -m mcp_servers.tools_server`` (what a
desktop MCP client's config points at), or over HTTP with
``--transport http [--port N]``.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Literal

from mcp.server.mcpserver import MCPServer

from core.errors import ConfigError
from mcp_servers.adapt import add_registry
from mcp_servers.base import SwitchyardMCPServer
from mcp_servers.documents import DocumentStore, add_document_tools
from mcp_servers.http import run_http
from mcp_servers.identity import new_server
from mcp_servers.resources import DocumentCatalog, add_document_resources
from tools.rag.shared_collection import SAMPLES_COLLECTION
from tools.registry import ToolRegistry

Transport = Literal["stdio", "http"]
# The sample documents live in their own collection, shared by every workspace.
DEFAULT_COLLECTIONS: tuple[str, ...] = ("default", SAMPLES_COLLECTION)
INSTRUCTIONS = (
    "Deterministic tools (exact, cheap, repeatable) and search over the user's own "
    "documents. Prefer these over guessing."
)


def default_registry() -> ToolRegistry:
    """``tools.builtin.builtin_tools()``, or an empty registry if that module is absent."""
    try:
        module = importlib.import_module("tools.builtin")
    except ModuleNotFoundError:
        return ToolRegistry()
    registry = module.builtin_tools()
    if not isinstance(registry, ToolRegistry):
        raise ConfigError("tools.builtin.builtin_tools() must return a ToolRegistry")
    return registry


def build_tools_server(
    registry: ToolRegistry | None = None,
    *,
    doc_store: DocumentStore | None = None,
    allow_ingest: bool = False,
    ingest_roots: Iterable[Path | str] = (),
    name: str = "switchyard-tools",
    collections: Sequence[str] = DEFAULT_COLLECTIONS,
) -> SwitchyardMCPServer:
    """Build the tools server (not started).

    Args:
        registry: Tools to expose; defaults to ``default_registry()``.
        doc_store: Enables ``search_documents`` (and ``ingest_path`` if allowed).
        allow_ingest: Expose ``ingest_path``; needs ``ingest_roots``.
        ingest_roots: Folders ``ingest_path`` may read.
        name: Server name reported at ``initialize``.
        collections: Collections whose documents are served as resources.
    """
    server = new_server(name, instructions=INSTRUCTIONS)
    add_registry(server, registry if registry is not None else default_registry())
    if doc_store is not None:
        add_document_tools(server, doc_store, allow_ingest=allow_ingest, ingest_roots=ingest_roots)
        if isinstance(doc_store, DocumentCatalog):
            add_document_resources(server, doc_store, collections=collections)
    return server


def run(
    server: MCPServer,
    transport: Transport,
    *,
    host: str = "127.0.0.1",
    port: int = 8765,
    token: str | None = None,
    allowed_origins: Iterable[str] = (),
    stateless: bool = False,
) -> None:
    """Run a built server on ``stdio`` or streamable ``http`` until it is stopped.

    ``stateless`` (HTTP only) keeps no session in the process, for replicas.
    """
    if transport == "stdio":
        server.run("stdio")
    elif transport == "http":
        run_http(
            server,
            host=host,
            port=port,
            token=token,
            allowed_origins=allowed_origins,
            stateless=stateless,
        )
    else:
        raise ConfigError(f"unknown MCP transport {transport!r}; use 'stdio' or 'http'")


def serve(
    transport: Transport,
    *,
    host: str = "127.0.0.1",
    port: int = 8765,
    token: str | None = None,
    registry: ToolRegistry | None = None,
    doc_store: DocumentStore | None = None,
    allow_ingest: bool = False,
    ingest_roots: Iterable[Path | str] = (),
    allowed_origins: Iterable[str] = (),
) -> None:
    """Build and run the tools server (``switchyard mcp serve``).

    Raises:
        ConfigError: HTTP on a non-loopback host without a token, or bad ingest settings.
    """
    server = build_tools_server(
        registry, doc_store=doc_store, allow_ingest=allow_ingest, ingest_roots=ingest_roots
    )
    run(server, transport, host=host, port=port, token=token, allowed_origins=allowed_origins)


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    """Command-line options shared by the server modules."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--transport", choices=["stdio", "http"], default="stdio")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8765)
    parser.add_argument("--allow-origin", action="append", default=[], dest="origins")
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``python -m mcp_servers.tools_server``; token from the environment."""
    args = parse_args(argv)
    try:
        serve(args.transport, host=args.host, port=args.port, allowed_origins=args.origins)
    except ConfigError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
