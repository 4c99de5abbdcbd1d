"""Server features through the SDK's client, in memory: resources, prompts, logging,
progress, completion, output schemas, error codes and ``serverInfo``.

Documents come from a real ``DocumentStore`` over ``data/samples``; the
workflow prompts from the shipped ``workflows/`` folder.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Awaitable, Callable, Iterator
from typing import Any

import pytest
from mcp import MCPError
from mcp.client import Client
from mcp.types import (
    INVALID_PARAMS,
    CallToolResult,
    LoggingMessageNotificationParams,
    PromptReference,
    ResourceLink,
    ResourceTemplateReference,
    TextContent,
    TextResourceContents,
)

from core.workflow.loader import load_folder
from mcp_servers.base import SwitchyardMCPServer
from mcp_servers.identity import switchyard_version
from mcp_servers.resources import DOCUMENTS_TEMPLATE, document_uri
from mcp_servers.serve import build_switchyard_server
from tests.mcp_servers.third_party import REPO
from tools.builtin import builtin_tools
from tools.rag.store import DocumentStore

SAMPLES = REPO / "data" / "samples"


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[DocumentStore]:
    docs = DocumentStore(tmp_path_factory.mktemp("rag"), dense=False)
    docs.ingest_path(SAMPLES, collection="default")
    yield docs
    docs.close()


def cited_ask(store: DocumentStore) -> Callable[[str, str | None], dict[str, Any]]:
    """An ask function citing the store's best passage, as the workflow does."""

    def ask(question: str, thread_id: str | None) -> dict[str, Any]:
        best = store.search(question, "default", 1)[0]
        citation = {"id": 1, "source": best.source, "locator": best.locator,
                    "text": best.text[:80], "chunk_id": best.chunk_id}  # fmt: skip
        return {"answer": f"{best.text[:40]} [1]", "thread_id": thread_id or "t-1",
                "citations": [citation], "steps": [{"tier": "deterministic"}]}  # fmt: skip

    return ask


def server_for(store: DocumentStore) -> SwitchyardMCPServer:
    workflows = [w.workflow for w in load_folder(REPO / "workflows").workflows.values()]
    return build_switchyard_server(
        builtin_tools(), doc_store=store, ask_fn=cited_ask(store), workflows=workflows
    )


def run(server: SwitchyardMCPServer, body: Callable[[Client], Awaitable[Any]], **kw: Any) -> Any:
    async def main() -> Any:
        # legacy: the 2025-era JSON-RPC session most desktop clients still open.
        async with Client(server, mode="legacy", **kw) as client:
            return await body(client)

    return asyncio.run(main())


def test_server_info_names_switchyard_and_its_version(store: DocumentStore) -> None:
    async def body(client: Client) -> tuple[str, str]:
        init = client.session.initialize_result
        assert init is not None
        return init.server_info.name, init.server_info.version

    assert run(server_for(store), body) == ("switchyard", switchyard_version())
    assert switchyard_version() not in ("", "0+unknown")


def test_ingested_documents_are_listed_and_readable(store: DocumentStore) -> None:
    async def body(client: Client) -> tuple[list[str], str]:
        listed = [str(r.uri) for r in (await client.list_resources()).resources]
        first = document_uri("default", store.list_documents("default")[0].source)
        read = (await client.read_resource(first)).contents[0]
        assert isinstance(read, TextResourceContents)
        return listed, read.text

    listed, text = run(server_for(store), body)
    expected = {document_uri("default", d.source) for d in store.list_documents("default")}
    assert len(expected) == len(list(SAMPLES.iterdir())) and expected <= set(listed)
    record = json.loads(text)
    assert record["source"] == store.list_documents("default")[0].source and record["chunks"] > 0


def test_search_results_link_to_readable_sections(store: DocumentStore) -> None:
    async def body(client: Client) -> tuple[CallToolResult, str]:
        result = await client.call_tool("search_documents", {"query": "주차", "k": 2})
        links = [b for b in result.content if isinstance(b, ResourceLink)]
        assert links, result.content
        section = (await client.read_resource(str(links[0].uri))).contents[0]
        assert isinstance(section, TextResourceContents)
        return result, section.text

    result, section = run(server_for(store), body)
    assert result.structured_content is not None
    best = result.structured_content["results"][0]
    assert best["text"].strip()[:30] in section


def test_unknown_resource_and_prompt_are_invalid_params(store: DocumentStore) -> None:
    async def body(client: Client) -> list[int]:
        codes = []
        for attempt in (
            client.read_resource(document_uri("default", "no/such.md")),
            client.read_resource("switchyard://sections/no-such-chunk"),
            client.get_prompt("no_such_prompt"),
            client.get_prompt("switchyard_assistant", {}),
        ):
            with pytest.raises(MCPError) as caught:
                await attempt
            codes.append(caught.value.code)
        return codes

    assert run(server_for(store), body) == [INVALID_PARAMS] * 4


def test_prompts_cover_the_assistant_and_each_workflow(store: DocumentStore) -> None:
    async def body(client: Client) -> tuple[list[str], str, str]:
        names = [p.name for p in (await client.list_prompts()).prompts]
        flow = await client.get_prompt("workflow_support_triage", {"message": "주차 되나요?"})
        grounded = await client.get_prompt("grounded_answer", {"question": "주차는 몇 시간?"})
        texts = []
        for result in (flow, grounded):
            content = result.messages[0].content
            assert isinstance(content, TextContent)
            texts.append(content.text)
        return names, texts[0], texts[1]

    names, flow, grounded = run(server_for(store), body)
    assert {"switchyard_assistant", "grounded_answer", "workflow_support_triage"} <= set(names)
    assert "support_triage" in flow and "주차 되나요?" in flow and "answer [agent]" in flow
    assert "<data" in grounded and "주차는 몇 시간?" in grounded


def test_completion_for_template_and_prompt_arguments(store: DocumentStore) -> None:
    first = store.list_documents("default")[0].source

    async def body(client: Client) -> tuple[list[str], list[str], list[str]]:
        template = ResourceTemplateReference(type="ref/resource", uri=DOCUMENTS_TEMPLATE)
        sources = await client.complete(template, {"name": "source", "value": first[:5]})
        flow = PromptReference(type="ref/prompt", name="workflow_support_triage")
        examples = await client.complete(flow, {"name": "message", "value": "진료"})
        nothing = await client.complete(flow, {"name": "message", "value": "zzz"})
        return (sources.completion.values, examples.completion.values,
                nothing.completion.values)  # fmt: skip

    sources, examples, nothing = run(server_for(store), body)
    assert first in sources
    assert examples == ["진료 시간이 어떻게 되나요?"] and nothing == []


def test_ask_has_an_output_schema_progress_and_logs_at_the_clients_level(
    store: DocumentStore,
) -> None:
    logs: list[LoggingMessageNotificationParams] = []
    reported: list[tuple[float, float | None]] = []

    async def on_log(params: LoggingMessageNotificationParams) -> None:
        logs.append(params)

    async def on_progress(progress: float, total: float | None, message: str | None) -> None:
        reported.append((progress, total))

    async def body(client: Client) -> tuple[dict[str, Any] | None, CallToolResult, int]:
        tools = {t.name: t for t in (await client.list_tools()).tools}
        await client.set_logging_level("error")
        quiet = await client.call_tool("ask", {"question": "주차"})
        heard_when_quiet = len(logs)
        await client.set_logging_level("info")
        result = await client.call_tool("ask", {"question": "주차"}, progress_callback=on_progress)
        assert not quiet.is_error
        return tools["ask"].output_schema, result, heard_when_quiet

    with pytest.warns(Warning):  # the SDK flags set_logging_level as deprecated (SEP-2577)
        schema, result, heard_when_quiet = run(server_for(store), body, logging_callback=on_log)
    assert schema is not None and {"answer", "citations"} <= set(schema["properties"])
    assert not result.is_error and any(isinstance(b, ResourceLink) for b in result.content)
    assert heard_when_quiet == 0 and any("ask" in str(p.data) for p in logs)
    assert len(reported) >= 2 and reported[0][0] == 0
    assert reported[-1][0] == reported[-1][1] and reported[-1][0] > 0


def test_every_tool_declares_an_output_schema(store: DocumentStore) -> None:
    async def body(client: Client) -> dict[str, bool]:
        return {t.name: t.output_schema is not None for t in (await client.list_tools()).tools}

    declared = run(server_for(store), body)
    assert declared and all(declared.values()), declared


def test_allowed_origin_is_accepted_by_the_cli_option() -> None:
    from typer.testing import CliRunner

    from ui.cli import app

    help_text = CliRunner().invoke(app, ["mcp", "serve", "--help"]).output
    assert "--allow-origin" in help_text
