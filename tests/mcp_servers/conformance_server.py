"""Test-only entry point for the official MCP conformance suite's server scenarios.

The product server (``build_switchyard_server``: built-in tools, document search
over the sample documents, ``ask``, resources, prompts, logging, completion) plus
the demo fixtures the suite calls by name (``test_*`` tools, ``test://``
resources, ``test_*`` prompts). The fixtures live only here, never in the
product server. Served over the product's HTTP hosting (``run_http``).

    python -m tests.mcp_servers.conformance_server PORT DATA_DIR
"""

from __future__ import annotations

import base64
import json
import sys
from pathlib import Path

import anyio
from mcp.server.mcpserver import Audio, Context, Image
from mcp.server.mcpserver.prompts.base import Message, UserMessage
from mcp.types import (
    CallToolResult,
    EmbeddedResource,
    ImageContent,
    TextContent,
    TextResourceContents,
)

from mcp_servers.base import SwitchyardMCPServer, log_to_client
from mcp_servers.http import run_http
from mcp_servers.serve import build_switchyard_server
from tests.mcp_servers.sample import sample_ask
from tools.builtin import builtin_tools
from tools.rag.store import DocumentStore

REPO = Path(__file__).resolve().parents[2]
# A 1x1 red PNG and a 1-sample silent WAV: the smallest valid media the suite accepts.
PNG = base64.b64decode(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg=="
)
WAV = base64.b64decode("UklGRiYAAABXQVZFZm10IBAAAAABAAEAQB8AAIA+AAACABAAZGF0YQIAAAAAAA==")


def add_demo_tools(server: SwitchyardMCPServer) -> None:
    """The ``test_*`` tools the suite's tools scenarios call."""

    @server.tool(description="Returns a fixed text")
    def test_simple_text() -> str:
        return "This is a simple text response for testing."

    @server.tool(description="Returns an image")
    def test_image_content() -> Image:
        return Image(data=PNG, format="png")

    @server.tool(description="Returns audio")
    def test_audio_content() -> Audio:
        return Audio(data=WAV, format="wav")

    @server.tool(description="Returns an embedded resource")
    def test_embedded_resource() -> CallToolResult:
        return CallToolResult(content=[_embedded("test://embedded-resource")])

    @server.tool(description="Returns text, an image and a resource")
    def test_multiple_content_types() -> CallToolResult:
        data = json.dumps({"test": "data", "value": 123})
        return CallToolResult(
            content=[
                TextContent(type="text", text="Multiple content types test:"),
                _png(),
                _embedded("test://mixed-content-resource", data, "application/json"),
            ]
        )

    @server.tool(description="Logs three messages while it runs")
    async def test_tool_with_logging(ctx: Context) -> str:
        for step, message in enumerate(
            ("Tool execution started", "Tool processing data", "Tool execution completed")
        ):
            if step:
                await anyio.sleep(0.05)
            await log_to_client(ctx, "info", message)
        return "Tool with logging executed successfully"

    @server.tool(description="Reports progress 0, 50, 100 of 100")
    async def test_tool_with_progress(ctx: Context) -> str:
        for done in (0, 50, 100):
            if done:
                await anyio.sleep(0.05)
            await ctx.report_progress(done, 100)
        return "Tool with progress executed successfully"

    @server.tool(description="Always fails")
    def test_error_handling() -> str:
        raise RuntimeError("This tool intentionally returns an error for testing")


def add_demo_resources(server: SwitchyardMCPServer) -> None:
    """The ``test://`` resources the suite's resources scenarios read."""

    @server.resource("test://static-text", name="static-text", mime_type="text/plain")
    def static_text() -> str:
        return "This is the content of the static text resource."

    @server.resource("test://static-binary", name="static-binary", mime_type="image/png")
    def static_binary() -> bytes:
        return PNG

    @server.resource("test://template/{id}/data", name="template", mime_type="application/json")
    def template(id: str) -> str:
        return json.dumps({"id": id, "templateTest": True, "data": f"Data for ID: {id}"})


def add_demo_prompts(server: SwitchyardMCPServer) -> None:
    """The ``test_*`` prompts the suite's prompts scenarios get."""

    @server.prompt(description="A prompt without arguments")
    def test_simple_prompt() -> str:
        return "This is a simple prompt for testing."

    @server.prompt(description="A prompt with two arguments")
    def test_prompt_with_arguments(arg1: str, arg2: str) -> str:
        return f"Prompt with arguments: arg1='{arg1}', arg2='{arg2}'"

    @server.prompt(description="A prompt embedding a resource")
    def test_prompt_with_embedded_resource(resourceUri: str) -> list[Message]:
        return [
            UserMessage(_embedded(resourceUri, "Embedded resource content for testing.")),
            UserMessage("Please process the embedded resource above."),
        ]

    @server.prompt(description="A prompt with an image")
    def test_prompt_with_image() -> list[Message]:
        image = ImageContent(
            type="image", data=base64.b64encode(PNG).decode(), mime_type="image/png"
        )
        return [UserMessage(image), UserMessage("Please analyze the image above.")]


def _png() -> ImageContent:
    return ImageContent(type="image", data=base64.b64encode(PNG).decode(), mime_type="image/png")


def _embedded(
    uri: str, text: str = "This is an embedded resource content.", mime: str = "text/plain"
) -> EmbeddedResource:
    return EmbeddedResource(
        type="resource", resource=TextResourceContents(uri=uri, mime_type=mime, text=text)
    )


def build(data_dir: Path) -> tuple[SwitchyardMCPServer, DocumentStore]:
    """The product server over the sample documents, plus the suite's fixtures."""
    store = DocumentStore(data_dir / "rag", dense=False)
    store.ingest_path(REPO / "data" / "samples", collection="default")
    server = build_switchyard_server(builtin_tools(), doc_store=store, ask_fn=sample_ask)
    add_demo_tools(server)
    add_demo_resources(server)
    add_demo_prompts(server)
    return server, store


def main(argv: list[str]) -> int:
    """Serve on ``127.0.0.1:PORT`` until killed."""
    port, data_dir = int(argv[0]), Path(argv[1])
    server, store = build(data_dir)
    try:
        run_http(server, host="127.0.0.1", port=port)
    finally:
        store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
