"""Our servers through the SDK's in-memory client session."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

import pytest
from mcp import types
from mcp.client import Client
from mcp.server.mcpserver import MCPServer

from core.errors import ConfigError
from mcp_servers.assistant_server import build_assistant_server
from mcp_servers.serve import build_switchyard_server
from mcp_servers.tools_server import build_tools_server
from tests.mcp_servers.sample import SampleStore, sample_ask, sample_registry


def run_with(server: MCPServer, body: Callable[[Client], Awaitable[Any]]) -> Any:
    async def main() -> Any:
        async with Client(server) as client:
            return await body(client)

    return asyncio.run(main())


def text_of(result: types.CallToolResult) -> str:
    return "\n".join(b.text for b in result.content if isinstance(b, types.TextContent))


def tools_by_name(server: MCPServer) -> dict[str, types.Tool]:
    async def body(client: Client) -> dict[str, types.Tool]:
        return {t.name: t for t in (await client.list_tools()).tools}

    result: dict[str, types.Tool] = run_with(server, body)
    return result


def call(server: MCPServer, name: str, args: dict[str, Any]) -> types.CallToolResult:
    async def body(client: Client) -> types.CallToolResult:
        return await client.call_tool(name, args)

    result: types.CallToolResult = run_with(server, body)
    return result


def test_registry_tools_are_listed_with_schemas() -> None:
    tools = tools_by_name(build_tools_server(sample_registry()))
    assert list(tools) == ["add", "shout", "save_note", "fetch_url", "delete_note", "broken"]
    assert tools["add"].description == "Add two integers."
    assert tools["add"].input_schema["properties"]["a"]["type"] == "integer"
    assert set(tools["add"].input_schema["required"]) == {"a", "b"}


@pytest.mark.parametrize(
    ("tool", "read_only", "destructive", "idempotent", "open_world"),
    [
        ("add", True, False, True, False),
        ("save_note", False, False, False, False),
        ("fetch_url", False, False, True, True),
        ("delete_note", False, True, False, False),
    ],
)
def test_annotations_follow_permission(
    tool: str, read_only: bool, destructive: bool, idempotent: bool, open_world: bool
) -> None:
    ann = tools_by_name(build_tools_server(sample_registry()))[tool].annotations
    assert ann is not None
    assert (ann.read_only_hint, ann.destructive_hint, ann.idempotent_hint, ann.open_world_hint) == (
        read_only,
        destructive,
        idempotent,
        open_world,
    )


def test_call_returns_structured_and_text() -> None:
    result = call(build_tools_server(sample_registry()), "add", {"a": 2, "b": 3})
    assert not result.is_error
    assert result.structured_content == {"result": 5}
    assert text_of(result) == "5"


@pytest.mark.parametrize(
    ("args", "fragment"),
    [({"a": "two", "b": 3}, "valid integer"), ({"a": 1}, "Field required"), ({}, "b")],
)
def test_bad_arguments_are_tool_errors(args: dict[str, Any], fragment: str) -> None:
    result = call(build_tools_server(sample_registry()), "add", args)
    assert result.is_error
    assert fragment in text_of(result)


def test_tool_input_error_message_reaches_the_caller() -> None:
    result = call(build_tools_server(sample_registry()), "shout", {"text": "x" * 1001})
    assert result.is_error
    assert "at most 1000 characters" in text_of(result)


def test_internal_errors_hide_details_and_tracebacks() -> None:
    result = call(build_tools_server(sample_registry()), "broken", {"x": 1})
    assert result.is_error
    text = text_of(result)
    assert "internal error in tool 'broken'" in text
    assert "secret" not in text and "Traceback" not in text and "id_rsa" not in text


def test_unknown_tool_is_a_tool_error() -> None:
    result = call(build_tools_server(sample_registry()), "nope", {})
    assert result.is_error


def test_document_search_returns_jsonable_hits() -> None:
    server = build_tools_server(sample_registry(), doc_store=SampleStore())
    result = call(server, "search_documents", {"query": "refund", "collection": "faq", "k": 2})
    assert not result.is_error
    assert result.structured_content is not None
    hits = result.structured_content["results"]
    assert [h["source"] for h in hits] == ["/docs/faq/0.md", "/docs/faq/1.md"]
    ann = tools_by_name(server)["search_documents"].annotations
    assert ann is not None and ann.read_only_hint is True


@pytest.mark.parametrize(
    "args",
    [
        {"query": "x", "k": 0},
        {"query": "x", "k": 51},
        {"query": ""},
        {"query": "x", "collection": "../etc"},
    ],
)
def test_document_search_validates_input(args: dict[str, Any]) -> None:
    server = build_tools_server(sample_registry(), doc_store=SampleStore())
    assert call(server, "search_documents", args).is_error


def test_ingest_is_off_by_default() -> None:
    tools = tools_by_name(build_tools_server(sample_registry(), doc_store=SampleStore()))
    assert "search_documents" in tools and "ingest_path" not in tools


def test_ingest_requires_roots() -> None:
    with pytest.raises(ConfigError, match="ingest roots"):
        build_tools_server(sample_registry(), doc_store=SampleStore(), allow_ingest=True)


def test_ingest_stays_inside_roots(tmp_path: Path) -> None:
    store = SampleStore()
    (tmp_path / "notes.md").write_text("hello")
    server = build_tools_server(
        sample_registry(), doc_store=store, allow_ingest=True, ingest_roots=[tmp_path]
    )
    ok = call(server, "ingest_path", {"path": str(tmp_path / "notes.md"), "collection": "mine"})
    assert not ok.is_error, text_of(ok)
    assert store.ingested == [((tmp_path / "notes.md").resolve(), "mine")]
    outside = call(server, "ingest_path", {"path": str(tmp_path / ".." / "x")})
    assert outside.is_error and "outside the allowed folders" in text_of(outside)
    ann = tools_by_name(server)["ingest_path"].annotations
    assert ann is not None and (ann.read_only_hint, ann.destructive_hint) == (False, False)


def test_ask_returns_structured_content_and_text() -> None:
    result = call(build_assistant_server(sample_ask), "ask", {"question": "refunds?"})
    assert not result.is_error
    assert result.structured_content is not None
    assert result.structured_content["answer"] == "answer to refunds?"
    assert result.structured_content["thread_id"] == "thread-1"
    assert set(result.structured_content) >= {"answer", "thread_id", "citations", "steps"}
    assert text_of(result).startswith("answer to refunds?")
    assert "[1] faq.md" in text_of(result)


def test_ask_passes_thread_and_validates() -> None:
    server = build_assistant_server(sample_ask)
    result = call(server, "ask", {"question": "again", "thread_id": "t-42"})
    assert (
        result.structured_content is not None and result.structured_content["thread_id"] == "t-42"
    )
    assert call(server, "ask", {"question": ""}).is_error
    assert call(server, "ask", {"question": "x", "thread_id": "bad id!"}).is_error


def test_ask_withholds_local_only_answers() -> None:
    result = call(build_assistant_server(sample_ask), "ask", {"question": "my lab result?"})
    assert result.is_error and "personal data" in text_of(result)
    allowed = build_assistant_server(sample_ask, withhold_local_only=False)
    assert not call(allowed, "ask", {"question": "my lab result?"}).is_error


def test_combined_server_has_tools_documents_and_ask() -> None:
    server = build_switchyard_server(sample_registry(), doc_store=SampleStore(), ask_fn=sample_ask)
    names = set(tools_by_name(server))
    assert {"add", "search_documents", "ask"} <= names
