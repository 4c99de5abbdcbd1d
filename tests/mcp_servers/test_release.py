"""MCP results mask personal data unless the client is configured as trusted (issue 10, part 3).

A real document store holds a passage with a resident registration number, a
card number and a name; the servers are reached through the SDK's in-memory
client, which declares a client name as desktop clients do.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from mcp import types
from mcp.client import Client
from mcp.server.mcpserver import MCPServer

from core.privacy.release import configure_release
from mcp_servers.assistant_server import build_assistant_server
from mcp_servers.serve import build_switchyard_server
from tools.rag import DocumentStore

RRN = "850315-1234563"
CARD = "4111 1111 1111 1111"
NAME = "홍길동"
CLINIC = "02-555-0100"
RECORD = (
    f"# 환불 기록\n\n환자 {NAME}의 주민번호는 {RRN} 이고 환불 카드번호는 {CARD} 이다. "
    f"환불 문의는 병원 대표번호 {CLINIC} 로 한다."
)


@pytest.fixture(autouse=True)
def _release_config() -> Iterator[None]:
    configure_release(["Trusted Desk"], [CLINIC])
    yield
    configure_release([], [])


def _call(server: MCPServer, client: str, tool: str, args: dict[str, Any]) -> types.CallToolResult:
    async def main() -> types.CallToolResult:
        info = types.Implementation(name=client, version="1")
        async with Client(server, client_info=info) as s:
            return await s.call_tool(tool, args)

    return asyncio.run(main())


def _everything(result: types.CallToolResult) -> str:
    texts = [b.text for b in result.content if isinstance(b, types.TextContent)]
    return "\n".join(texts) + str(result.structured_content)


@pytest.fixture
def store(tmp_path: Path) -> DocumentStore:
    docs = DocumentStore(tmp_path / "rag", dense=False)
    docs.ingest_texts([("refunds.md", RECORD)], collection="default")
    return docs


def test_search_documents_masks_personal_data_for_an_untrusted_client(
    store: DocumentStore,
) -> None:
    server = build_switchyard_server(doc_store=store)
    result = _call(server, "some-desktop-client", "search_documents", {"query": "환불 카드번호"})
    seen = _everything(result)
    assert not result.is_error and "환불" in seen, seen
    for value in (RRN, RRN.replace("-", ""), CARD, CARD.replace(" ", ""), NAME):
        assert value not in seen, value
    assert "[KR_RRN]" in seen and "[CARD]" in seen
    # The search index's token lists hold the pieces ("4111", "850315"): masked too.
    assert "'4111'" not in seen and "'850315'" not in seen
    # The organisation's own number is public and stays readable.
    assert CLINIC in seen


def test_a_trusted_client_gets_the_passages_as_they_are(store: DocumentStore) -> None:
    server = build_switchyard_server(doc_store=store)
    result = _call(server, "trusted desk", "search_documents", {"query": "환불 카드번호"})
    seen = _everything(result)
    assert RRN in seen and CARD in seen and NAME in seen


def _ask_with_personal_data(question: str, thread_id: str | None) -> dict[str, Any]:
    """A public turn whose answer still quotes a phone number and a name."""
    return {
        "answer": "Call Jane Holloway at 010-4821-7730 about the refund.",
        "thread_id": thread_id or "t1",
        "citations": [],
        "steps": [{"node": "execute", "tier": "cloud", "privacy": "public"}],
    }


def test_ask_masks_personal_data_in_a_public_answer_for_an_untrusted_client() -> None:
    server = build_assistant_server(_ask_with_personal_data)
    seen = _everything(_call(server, "some-desktop-client", "ask", {"question": "refund?"}))
    assert "010-4821-7730" not in seen and "Holloway" not in seen
    assert "about the refund" in seen
    trusted = _everything(_call(server, "Trusted Desk", "ask", {"question": "refund?"}))
    assert "010-4821-7730" in trusted and "Jane Holloway" in trusted


def _local_only_ask(question: str, thread_id: str | None) -> dict[str, Any]:
    return {
        "answer": f"환자 {NAME}의 주민번호는 {RRN} 입니다.",
        "thread_id": "t2",
        "citations": [],
        "steps": [{"node": "execute", "tier": "local", "privacy": "local_only"}],
    }


def test_ask_withholds_a_local_only_answer_except_from_a_trusted_client() -> None:
    server = build_assistant_server(_local_only_ask)
    refused = _call(server, "some-desktop-client", "ask", {"question": "주민번호?"})
    assert refused.is_error and RRN not in _everything(refused)
    assert RRN in _everything(_call(server, "Trusted Desk", "ask", {"question": "주민번호?"}))
