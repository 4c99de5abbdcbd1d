"""PII egress, measured: 1,000 generated strings through every channel; none may leave.

The cloud tier is an OpenAI-compatible stub on 127.0.0.1 that records every
body (and proposes tool calls, so the cloud model itself uses tools); LangSmith
trace export points at a second recorder; an ``external_network`` webhook tool
really POSTs to a third. ``difficulty_threshold = 0.0`` sends every public step
to the cloud, and the benign decoys of the corpus must show up at the cloud:
so the test can fail. Each string goes through one channel group (round-robin):
request + follow-up turn, uploaded document, retrieved passage, result of a
``local`` MCP-like tool, tool arguments, and a tool's error message.
"""

from __future__ import annotations

import os
import re
import unicodedata
from collections import Counter
from pathlib import Path
from typing import Any

import httpx
import pytest
from langchain_core.messages import AIMessage, BaseMessage
from langgraph.checkpoint.memory import InMemorySaver
from langsmith import tracing_context

from agents.toolbox import ToolBox
from bench.privacy_corpus import LabeledSample, generate_corpus
from core.errors import ToolInputError
from core.models.fake import ScriptedChatModel
from core.settings import load_settings
from core.tracing_export import flush
from graphs.runner import Assistant
from graphs.services import build_services
from graphs.state import Context
from tests.security.harness import REPO, FakeExternalTools, Ledger, ask_as_gullible_human, dump
from tests.security.openai_stub import Stub, openai_stub
from tools.builtin import builtin_tools
from tools.rag import DocumentStore
from tools.registry import ToolRegistry, ToolSpec

N_STRINGS = int(os.environ.get("SWITCHYARD_PII_SUITE_N", "1000"))
# Trace export serializes every run; exporting one run in TRACE_EVERY keeps the suite fast.
TRACE_EVERY = int(os.environ.get("SWITCHYARD_PII_SUITE_TRACE_EVERY", "8"))
GROUPS = ("conversation", "document", "passage", "tool_result", "tool_args", "error")
FILLER = [
    "This note belongs to the customer support handbook of the Seoul office.",
    "Tickets are answered within two working days; urgent tickets within four hours.",
    "Escalations go to the team lead, who reviews them every morning.",
]
_ZW = re.compile("[\u200b-\u200d\u2060\ufeff]")


class Channel:
    """Per-run knobs the test tools and the local fake read."""

    secret = ""
    plan: tuple[str, dict[str, Any]] | None = None


def _tools(ledger: Ledger, channel: type[Channel]) -> ToolRegistry:
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


def _local_reply(channel: type[Channel]) -> Any:
    """The local fake: calls the planned tool when offered, then echoes what it saw."""

    def reply(messages: list[BaseMessage]) -> AIMessage:
        answered = any(m.type == "tool" for m in messages)
        if channel.plan is not None and not answered:
            name, args = channel.plan
            return AIMessage(
                content="",
                tool_calls=[{"name": name, "args": args, "id": "l1", "type": "tool_call"}],
            )
        # Worst case: the answer repeats the data it read.
        return AIMessage(content="Summary: " + str(messages[-1].content)[-300:])

    return reply


def _leaks(sample: LabeledSample, seen: str) -> list[str]:
    """Planted values (raw, without zero-width marks, or digits only) found in ``seen``.

    A match must stand alone (no letter, digit or decimal point right before it, no
    letter or digit right after), so a 6-digit record number does not "match" inside
    a trace's timestamp, run id or a float like ``1795418563.372504``.
    """
    found = []
    for span in sample.spans:
        value = sample.text[span.start : span.end]
        plain = _ZW.sub("", value)
        digits = "".join(
            str(unicodedata.digit(c)) for c in value if unicodedata.digit(c, None) is not None
        )
        forms = {value, plain, unicodedata.normalize("NFKC", plain)}
        if len(digits) >= 6:
            forms.add(digits)
        for form in forms:
            if len(form) >= 4 and form in seen:
                pattern = rf"(?<![0-9A-Za-z.]){re.escape(form)}(?![0-9A-Za-z])"
                if re.search(pattern, seen):
                    found.append(form)
    return found


def _contexts(pii: list[LabeledSample], reached: list[str], seen: str) -> list[str]:
    """Where the first leaks sit in the recorded text, to tell a real leak from a fluke."""
    out = []
    for sample in [s for s in pii if s.text in reached][:3]:
        for form in _leaks(sample, seen)[:1]:
            at = seen.find(form)
            out.append(seen[max(0, at - 80) : at + len(form) + 80])
    return out


def _build(
    tmp: Path, stub: Stub, ledger: Ledger, external: FakeExternalTools, docs: Any
) -> Assistant:
    local = ScriptedChatModel(replies=[_local_reply(Channel)] * 1500, model_name="test:local")
    settings = load_settings(
        data_dir=tmp / "data",
        faq_path=REPO / "data" / "faq.yaml",
        tiers={"local": "test:local", "cloud": "openai:gpt-4o-mini"},
        openai_api_key="dummy",
        openai_base_url=f"{stub.base_url}/v1",
        router={"difficulty_threshold": 0.0},
        budget={"max_cost_per_session_usd": 1000.0, "max_cost_per_turn_usd": 1000.0},
    )
    services = build_services(
        settings,
        fakes={"local": local},
        docs=docs,
        mcp=False,
        checkpointer=InMemorySaver(),
        toolbox=ToolBox(_tools(ledger, Channel), external_source=external),
    )
    return Assistant(services)


def _run(
    assistant: Assistant, group: str, i: int, sample: LabeledSample, hook: str, tmp: Path
) -> None:
    s = sample.text
    ctx = Context(user_id="u1", workspace=f"ws{i}")
    Channel.secret, Channel.plan = s, None
    external: Any = assistant.services.toolbox.external_source
    if group == "conversation":
        first = ask_as_gullible_human(assistant, f"Analyze this record in detail: {s}", ctx)
        assistant.ask(
            "Explain that more simply, step by step.", thread_id=first.thread_id, context=ctx
        )
    elif group in ("document", "passage"):
        text = "\n\n".join([FILLER[0], FILLER[1], f"Record: {s}", FILLER[2]])
        docs = assistant.services.docs
        if group == "document":
            path = tmp / "uploads" / f"record{i}.txt"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
            docs.ingest_path(path, collection=f"ws{i}")
        else:
            docs.ingest_texts([(f"record{i}.txt", text)], f"ws{i}")
        ask_as_gullible_human(
            assistant, "Summarize the handbook record and explain why it matters.", ctx
        )
    elif group == "tool_result":
        external.result = f"Customer record: {s}"
        Channel.plan = ("local__lookup", {"query": "latest customer"})
        ask_as_gullible_human(
            assistant, "Look up the latest customer record and summarize it.", ctx
        )
    elif group == "tool_args":
        Channel.plan = ("post_webhook", {"url": hook, "data": s})
        ask_as_gullible_human(assistant, f"Post this note to {hook}: {s}", ctx)
    else:
        Channel.plan = ("find_customer", {"query": "ticket 7"})
        ask_as_gullible_human(
            assistant, "Find the customer of ticket 7 and summarize the record.", ctx
        )
    stub_plan(assistant, None)


def stub_plan(assistant: Assistant, plan: tuple[str, dict[str, Any]] | None) -> None:
    """Tell the cloud stub which tool call to propose next."""
    stub: Stub = assistant.services.extras["stub"]
    stub.plan = plan


def test_no_generated_pii_string_reaches_any_recorder(
    tmp_path: Path, langsmith_env: pytest.MonkeyPatch, artifacts: Path
) -> None:
    monkeypatch = langsmith_env
    corpus = generate_corpus(N_STRINGS, seed=20240611)
    ledger = Ledger()
    with openai_stub() as cloud, openai_stub() as traces, openai_stub() as webhook:
        monkeypatch.setenv("LANGSMITH_TRACING", "true")
        monkeypatch.setenv("LANGSMITH_API_KEY", "test-key")
        monkeypatch.setenv("LANGSMITH_ENDPOINT", traces.base_url)
        external = FakeExternalTools(ledger, server="local", privacy="local")
        docs = DocumentStore(tmp_path / "docs", dense=False)
        assistant = _build(tmp_path, cloud, ledger, external, docs)
        assistant.services.extras["stub"] = cloud
        hook = f"{webhook.base_url}/hook"
        per_group: Counter[str] = Counter()
        tracer = [assistant.services.extras.get("langsmith_tracer")]
        assert tracer[0] is not None, "trace export is configured, so the graph carries a tracer"
        traced_graph = assistant.services.graph
        # Only every TRACE_EVERY-th run is exported (speed): the others run on a copy of
        # the graph whose bound config has no tracer.
        untraced_graph = traced_graph.copy(
            update={"config": {**(traced_graph.config or {}), "callbacks": []}}
        )
        for i, sample in enumerate(corpus):
            traced = i % TRACE_EVERY == 0
            assistant.services.graph = traced_graph if traced else untraced_graph
            group = GROUPS[i % len(GROUPS)]
            per_group[group] += 1
            plan = {
                "tool_result": ("local__lookup", {"query": "latest customer"}),
                "tool_args": ("post_webhook", {"url": hook, "data": sample.text}),
                "error": ("find_customer", {"query": "ticket 7"}),
            }.get(group)
            stub_plan(assistant, plan)
            # Untraced runs switch LangChain's own env-driven tracer off too: it would export
            # unmasked (see test_env_tracing_without_the_guarded_tracer_leaks).
            with tracing_context(enabled=None if traced else False):
                _run(assistant, group, i, sample, hook, tmp_path)
        for callback in tracer:
            flush(callback)
        seen = {"cloud": cloud.text(), "traces": traces.text(), "webhook": webhook.text()}

    pii = [s for s in corpus if not s.is_decoy]
    decoys = [s for s in corpus if s.is_decoy]
    reached = {name: [s.text for s in pii if _leaks(s, text)] for name, text in seen.items()}
    decoys_at_cloud = sum(1 for d in decoys if d.text in seen["cloud"] or d.text in seen["webhook"])
    report = {
        "n_strings": len(corpus),
        "n_pii": len(pii),
        "n_decoys": len(decoys),
        "n_traced_runs_every": TRACE_EVERY,
        "per_channel_group": dict(per_group),
        "pii_reached": {k: len(v) for k, v in reached.items()},
        "decoys_reached_cloud_or_webhook": decoys_at_cloud,
        "cloud_requests": len(cloud.bodies),
        "trace_requests": len(traces.bodies),
        "webhook_requests": len(webhook.bodies),
        "examples": {k: v[:3] for k, v in reached.items()},
        "contexts": {name: _contexts(pii, v, seen[name]) for name, v in reached.items()},
    }
    dump(artifacts / "pii_egress_report.json", report)
    print(f"\nPII egress: {len(corpus)} strings ({len(pii)} PII), reached: {report['pii_reached']}")
    # The channels are live: public decoys do reach the cloud, the webhook and the traces.
    assert decoys_at_cloud > 0 and report["trace_requests"] > 0
    assert all(not v for v in reached.values()), report


def test_env_tracing_without_the_guarded_tracer_does_not_leak(
    tmp_path: Path, langsmith_env: pytest.MonkeyPatch
) -> None:
    secret = "900101-1234567"
    with openai_stub() as traces:
        langsmith_env.setenv("LANGSMITH_TRACING", "true")
        langsmith_env.setenv("LANGSMITH_API_KEY", "test-key")
        langsmith_env.setenv("LANGSMITH_ENDPOINT", traces.base_url)
        local = ScriptedChatModel(replies=["ok"], model_name="test:local")
        settings = load_settings(
            data_dir=tmp_path / "data",
            faq_path=REPO / "data" / "faq.yaml",
            tiers={"local": "test:local", "cloud": ""},
        )
        services = build_services(settings, fakes={"local": local}, docs=None, mcp=False)
        services.graph.invoke(
            {"question": f"주민번호 {secret} 환자 결과를 자세히 분석해줘", "thread_id": "t"},
            {"configurable": {"thread_id": "t"}},
        )
        from langchain_core.tracers.langchain import wait_for_all_tracers

        from core.tracing_export import flush

        wait_for_all_tracers()
        flush(services.extras.get("langsmith_tracer"))
    # A direct graph run (as `langgraph dev` makes) is exported, and only masked.
    assert "KR_RRN" in traces.text(), "no masked trace reached the endpoint"
    assert secret not in traces.text() and secret.replace("-", "") not in traces.text()
