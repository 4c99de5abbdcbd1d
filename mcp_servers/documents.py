"""Document search (and, when allowed, ingest) over MCP.

The store is duck-typed (``DocumentStore``) so this module does not depend on
the RAG package's concrete class, only on ``search`` and ``ingest_path``.
"""

from __future__ import annotations

import dataclasses
import json
import os
from collections.abc import Iterable
from pathlib import Path
from typing import Annotated, Any, Protocol

from mcp.server.mcpserver import MCPServer
from mcp.types import CallToolResult, TextContent
from pydantic import BaseModel, Field

from core.errors import ConfigError, ToolInputError
from core.privacy.release import release_to_client
from mcp_servers.adapt import annotations_for, calling_client, guarded
from mcp_servers.links import section_links

Collection = Annotated[
    str, Field(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9_.-]+$", description="Collection")
]


class DocumentStore(Protocol):
    """What the MCP document tools need from the document store."""

    def search(self, query: str, collection: str, k: int) -> Any:
        """Return the ``k`` best passages for ``query`` (objects, dicts or models)."""
        ...

    def ingest_path(self, path: Path, collection: str) -> Any:
        """Index a file or folder into ``collection``; return a summary."""
        ...


class SearchResults(BaseModel):
    """``search_documents`` output: the collection searched and its best passages."""

    collection: str
    results: list[dict[str, Any]] = Field(
        description="Passages, best first: text, source, locator, score, chunk_id"
    )


def to_jsonable(value: Any) -> Any:
    """Best-effort JSON form of the store's return values (models, dataclasses, paths)."""
    if isinstance(value, BaseModel):
        return value.model_dump(mode="json")
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return to_jsonable(dataclasses.asdict(value))
    if isinstance(value, dict):
        return {str(k): to_jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [to_jsonable(v) for v in value]
    if value is None or isinstance(value, str | int | float | bool):
        return value
    return str(value)


def _inside(path: Path, roots: list[Path]) -> bool:
    return any(path == root or path.is_relative_to(root) for root in roots)


def add_document_tools(
    server: MCPServer,
    store: DocumentStore,
    *,
    allow_ingest: bool = False,
    ingest_roots: Iterable[Path | str] = (),
    role: str = "user",
) -> None:
    """Register ``search_documents`` and, if allowed, ``ingest_path``.

    Symlinks inside an ingested folder are checked by the store against that
    folder (itself inside the roots); the path given here is fully resolved before
    the roots check, so a link cannot lead the tool outside them either way.

    Args:
        server: The MCPServer server to extend.
        store: Any object with ``search(query, collection, k)`` and
            ``ingest_path(path, collection)``.
        allow_ingest: Expose ``ingest_path`` (off by default: it writes the index).
        ingest_roots: Folders ingestion may read from; required with ``allow_ingest``
            so a client cannot make the server read arbitrary files.
        role: The role the server's clients act with; a ``viewer`` never gets
            ``ingest_path`` (viewers search, they do not add documents).

    Raises:
        ConfigError: ``allow_ingest`` without any ``ingest_roots``.
    """

    def search_documents(
        query: Annotated[str, Field(min_length=1, max_length=2000, description="What to find")],
        collection: Collection = "default",
        k: Annotated[int, Field(ge=1, le=50, description="Number of passages")] = 5,
    ) -> Annotated[CallToolResult, SearchResults]:
        """Search the user's indexed documents and return the best passages."""
        if not query.strip():
            raise ToolInputError("query must contain some non-space text")
        hits = release_to_client(to_jsonable(store.search(query, collection, k)), calling_client())
        found = {"collection": collection, "results": hits if isinstance(hits, list) else [hits]}
        # The passages as JSON text (older clients read only content), then a
        # link per passage to its section resource for clients that follow links.
        text = TextContent(type="text", text=json.dumps(found, ensure_ascii=False, indent=2))
        links = section_links(found["results"])
        return CallToolResult(content=[text, *links], structured_content=found)

    server.add_tool(
        guarded("search_documents", search_documents, offload=True, client_aware=True),
        name="search_documents",
        description="Search the user's indexed documents and return the best passages.",
        annotations=annotations_for("read_only", idempotent=True),
    )
    if not allow_ingest or role == "viewer":
        return
    roots = [Path(os.path.realpath(Path(r).expanduser())) for r in ingest_roots]
    if not roots:
        raise ConfigError("MCP ingest_path is enabled but no ingest roots are configured")

    def ingest_path(
        path: Annotated[str, Field(min_length=1, max_length=4096, description="File or folder")],
        collection: Collection = "default",
    ) -> dict[str, Any]:
        """Index a file or folder (inside the allowed roots) into a collection."""
        # realpath, not Path.resolve: a symlink loop must not raise RuntimeError here.
        resolved = Path(os.path.realpath(Path(path).expanduser()))
        if not _inside(resolved, roots):
            allowed = ", ".join(str(r) for r in roots)
            raise ToolInputError(f"path {path!r} is outside the allowed folders: {allowed}")
        if not resolved.exists():
            raise ToolInputError(f"path {path!r} does not exist")
        summary = to_jsonable(store.ingest_path(resolved, collection))
        return {"collection": collection, "path": str(resolved), "summary": summary}

    server.add_tool(
        guarded("ingest_path", ingest_path, offload=True, progress="indexing"),
        name="ingest_path",
        description="Index a file or folder (inside the allowed roots) into a collection.",
        annotations=annotations_for("writes", idempotent=True),
    )
