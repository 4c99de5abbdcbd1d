"""The PII egress suite's assistant, test tools and leak counting.

The cloud tier is an OpenAI-compatible stub on 127.0.0.1 that records every
body (and proposes tool calls, so the cloud model itself uses tools); LangSmith
trace export points at a second recorder; an ``external_network`` webhook tool
really POSTs to a third; MCP results are what an untrusted in-memory MCP client
receives from our own server. The local model is a worst-case fake that calls
the planned tool and then echoes what it read.
"""

from __future__ import annotations

import asyncio
import re
import unicodedata
from pathlib import Path
from typing import Any

import httpx
from langchain_core.messages import AIMessage, BaseMessage
from langgraph.checkpoint.memory import InMemorySaver
from mcp import types
from mcp.client import Client
from mcp.server.mcpserver import MCPServer

from agents.toolbox import ToolBox
from bench.privacy_corpus import LabeledSample
from core.errors import ToolInputError
from core.models.fake import ScriptedChatModel
from core.settings import load_settings
from graphs.runner import Assistant
from graphs.services import build_services
from tests.security.harness import REPO, FakeExternalTools, Ledger
from tests.security.openai_stub import Stub
from tools.builtin import builtin_tools
from tools.registry import ToolRegistry, ToolSpec

_ZW = re.compile("[\u200b-\u200d\u2060\ufeff]")
_SEPARATORS = re.compile(r"[\s\-./_()+·\u200b-\u200d\u2060\ufeff]+")


class Channel:
    """Per-run knobs the test tools and the local fake read."""

    secret = ""
    plan: tuple[str, dict[str, Any]] | None = None


def egress_tools(ledger: Ledger, channel: type[Channel]) -> ToolRegistry:
    """Built-in tools, a customer lookup that fails quoting its record, and a real webhook."""

    def find_customer(query: str) -> str:
        """Find a customer record by a free-text query."""
        ledger.executed.append(("find_customer", {"query": query}))
        # The error quotes what the tool's own store holds: the personal data under test.
        raise ToolInputError(f"no unique customer matches; closest record: {channel.secret}")

    def post_webhook(url: str, data: str) -> str:
        """POST a note to a web address."""
        ledger.executed.append(("post_webhook", {"url": url}))
        httpx.post(url, json={"data": data}, timeout=5)
        return "posted"

    registry = ToolRegistry(list(builtin_tools()))
    registry.add(ToolSpec("find_customer", find_customer, "read_only"))
    registry.add(ToolSpec("post_webhook", post_webhook, "external_network", idempotent=False))
    return registry


def local_reply(channel: type[Channel]) -> Any:
    """The local fake: calls the planned tool when offered, then echoes what it saw."""

    def reply(messages: list[BaseMessage]) -> AIMessage:
        answered = any(m.type == "tool" for m in messages)
        if channel.plan is not None and not answered:
            name, args = channel.plan
            return AIMessage(
                content="",
                tool_calls=[{"name": name, "args": args, "id": "l1", "type": "tool_call"}],
            )
        # Worst case: the answer repeats the data it read (the last 600 characters).
        return AIMessage(content="Summary: " + str(messages[-1].content)[-600:])

    return reply


def value_forms(sample: LabeledSample) -> set[str]:
    """Each planted value raw, without zero-width marks, NFKC-folded, and as digits only."""
    forms: set[str] = set()
    for span in sample.spans:
        value = sample.text[span.start : span.end]
        plain = _ZW.sub("", value)
        forms |= {value, plain, unicodedata.normalize("NFKC", plain)}
        digits = "".join(
            str(unicodedata.digit(c)) for c in value if unicodedata.digit(c, None) is not None
        )
        if len(digits) >= 6:
            forms.add(digits)
    return {f for f in forms if len(f) >= 4}


def leaks(sample: LabeledSample, seen: str) -> list[str]:
    """Planted values (raw, without zero-width marks, or digits only) found in ``seen``.

    A match must stand alone (no letter, digit or decimal point right before it, no
    letter or digit right after), so a 6-digit record number does not "match" inside
    a trace's timestamp, run id or a float like ``1795418563.372504``.
    """
    found = []
    for form in value_forms(sample):
        if form in seen:
            pattern = rf"(?<![0-9A-Za-z.]){re.escape(form)}(?![0-9A-Za-z])"
            if re.search(pattern, seen):
                found.append(form)
    return found


def without_separators(bodies: list[str]) -> list[str]:
    """Each request body as :func:`split_leak` reads it: spaces, dashes, dots and the like
    removed. Made once per run: stripping every body again for every identifier and every
    piece of it took about a fifth of the egress suite's leak counting."""
    return [_SEPARATORS.sub("", body) for body in bodies]


def split_leak(groups: list[str], stripped_bodies: list[str]) -> bool:
    """Whether one request carried every piece of an identifier typed over turns.

    The first pieces ("010") cannot be known as personal data before the rest
    arrives; what may never leave is the whole identifier in one request.
    ``stripped_bodies`` are the requests through :func:`without_separators`.
    """
    pieces = [_SEPARATORS.sub("", g) for g in groups]
    return any(all(p in body for p in pieces) for body in stripped_bodies)


def build_assistant(
    tmp: Path, stub: Stub, ledger: Ledger, external: FakeExternalTools, docs: Any
) -> Assistant:
    """The assistant with the stub cloud, the worst-case local fake and the test tools."""
    local = ScriptedChatModel(replies=[local_reply(Channel)] * 20000, model_name="test:local")
    settings = load_settings(
        data_dir=tmp / "data",
        faq_path=REPO / "data" / "faq.yaml",
        tiers={"local": "test:local", "cloud": "openai:gpt-4o-mini"},
        openai_api_key="dummy",
        openai_base_url=f"{stub.base_url}/v1",
        router={"difficulty_threshold": 0.0},
        budget={"max_cost_per_session_usd": 1000.0, "max_cost_per_turn_usd": 1000.0},
        privacy={"public_contacts": []},
    )
    services = build_services(
        settings,
        fakes={"local": local},
        docs=docs,
        mcp=False,
        checkpointer=InMemorySaver(),
        toolbox=ToolBox(egress_tools(ledger, Channel), external_source=external),
    )
    return Assistant(services)


def mcp_results(server: MCPServer, calls: list[tuple[str, dict[str, Any]]]) -> list[str]:
    """What an untrusted MCP client receives for each call (text and structured content)."""

    async def main() -> list[str]:
        info = types.Implementation(name="egress-suite-client", version="1")
        out: list[str] = []
        async with Client(server, client_info=info) as s:
            for name, args in calls:
                result = await s.call_tool(name, args)
                texts = [b.text for b in result.content if isinstance(b, types.TextContent)]
                out.append("\n".join(texts) + "\n" + str(result.structured_content))
        return out

    return asyncio.run(main())
