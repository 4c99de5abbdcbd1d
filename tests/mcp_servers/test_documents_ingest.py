"""MCP ``ingest_path`` with a real document store: symlinks, roots and the viewer role."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from mcp.server.mcpserver import MCPServer

from mcp_servers.documents import add_document_tools
from tests.mcp_servers.test_inmemory import call, text_of, tools_by_name
from tools.rag.store import DocumentStore


@pytest.fixture()
def store(tmp_path: Path) -> Iterator[DocumentStore]:
    docs = DocumentStore(tmp_path / "data", dense=False)
    yield docs
    docs.close()


def _server(store: DocumentStore, root: Path, role: str = "user") -> MCPServer:
    server = MCPServer("docs-test")
    add_document_tools(server, store, allow_ingest=True, ingest_roots=[root], role=role)
    return server


def test_symlinks_inside_an_allowed_root_cannot_reach_outside(
    tmp_path: Path, store: DocumentStore
) -> None:
    root = tmp_path / "shared"
    root.mkdir()
    (root / "hours.md").write_text("Opening hours are nine to six.", "utf-8")
    os.symlink("/etc/passwd", root / "passwd.txt")
    os.symlink("loop.md", root / "loop.md")
    result = call(_server(store, root), "ingest_path", {"path": str(root), "collection": "c"})
    assert not result.is_error, text_of(result)
    assert result.structured_content is not None
    files = {Path(f["source"]).name: f for f in result.structured_content["summary"]["files"]}
    assert files["hours.md"]["status"] == "added"
    assert files["passwd.txt"]["status"] == "rejected"
    assert "outside the ingested folder" in files["passwd.txt"]["reason"]
    assert files["loop.md"]["status"] == "rejected" and "loop" in files["loop.md"]["reason"]
    assert not store.search("root", "c")  # nothing of /etc/passwd was indexed


def test_a_symlink_given_as_the_path_is_checked_after_resolving(
    tmp_path: Path, store: DocumentStore
) -> None:
    root = tmp_path / "shared"
    root.mkdir()
    os.symlink("/etc", root / "etc")
    result = call(_server(store, root), "ingest_path", {"path": str(root / "etc")})
    assert result.is_error and "outside the allowed folders" in text_of(result)
    looped = root / "self"
    os.symlink("self", looped)
    result = call(_server(store, root), "ingest_path", {"path": str(looped)})
    assert result.is_error  # a loop resolves to itself and does not exist: refused


def test_a_viewer_gets_no_ingest_tool(tmp_path: Path, store: DocumentStore) -> None:
    tools = tools_by_name(_server(store, tmp_path, role="viewer"))
    assert "search_documents" in tools and "ingest_path" not in tools
    assert "ingest_path" in tools_by_name(_server(store, tmp_path, role="user"))
