"""The PII egress suite's sessions: generated strings pushed through every channel.

Kept apart from the tests (``test_pii_egress.py``) so that the test file holds only what
is asserted: which channels, how strings are batched, and what the report counts.
"""

from __future__ import annotations

import os
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from langsmith import tracing_context
from mcp.server.mcpserver import MCPServer

from bench.privacy_corpus import LabeledSample, generate_corpus
from bench.privacy_corpus.spoken_forms import SplitSample, generate_split_turns
from core.egress import forget_recent_taint
from core.tracing_export import flush
from graphs.runner import AskResult, Assistant
from graphs.state import Context
from mcp_servers.serve import build_switchyard_server
from tests.security.egress_harness import (
    Channel,
    build_assistant,
    leaks,
    mcp_results,
    split_leak,
    without_separators,
)
from tests.security.harness import FakeExternalTools, Ledger
from tests.security.openai_stub import Stub, openai_stub
from tools.rag import DocumentStore

N_STRINGS = int(os.environ.get("SWITCHYARD_PII_SUITE_N", "1600"))
N_SPLIT = int(os.environ.get("SWITCHYARD_PII_SUITE_SPLIT", "60"))
BATCH = 8
SINGLE_DECOYS = 40
# Trace export serializes every run; exporting one session in TRACE_EVERY keeps it fast.
TRACE_EVERY = int(os.environ.get("SWITCHYARD_PII_SUITE_TRACE_EVERY", "6"))
GROUPS = ("conversation", "document", "passage", "tool_result", "tool_args", "error", "mcp")
RECORDERS = ("cloud", "traces", "webhook", "mcp")
FILLER = [
    "This note belongs to the customer support handbook of the Seoul office.",
    "Tickets are answered within two working days; urgent tickets within four hours.",
    "Escalations go to the team lead, who reviews them every morning.",
]
TRANSLATE = "Translate your previous answer into English"


@dataclass
class Run:
    """What one suite run saw."""

    corpus: list[LabeledSample]
    splits: list[SplitSample]
    group_of: dict[int, str] = field(default_factory=dict)
    sessions: Counter[str] = field(default_factory=Counter)
    openers: list[str] = field(default_factory=list)
    seen: dict[str, str] = field(default_factory=dict)
    cloud_bodies: list[str] = field(default_factory=list)
    requests: dict[str, int] = field(default_factory=dict)


def _ask(assistant: Assistant, question: str, ctx: Context, thread: str | None) -> AskResult:
    """Ask, then approve every confirmation (the worst-case human)."""
    result = assistant.ask(question, thread_id=thread, context=ctx)
    for _ in range(6):
        if not result.pending:
            break
        result = assistant.resume(result.thread_id, approve=True, context=ctx)
    return result


def _records(batch: list[LabeledSample]) -> str:
    return "\n".join(f"Record {j + 1}: {s.text}" for j, s in enumerate(batch))


def _session(
    assistant: Assistant,
    group: str,
    i: int,
    batch: list[LabeledSample],
    hook: str,
    tmp: Path,
    run: Run,
) -> list[str]:
    """One session of ``group`` carrying ``batch``; returns what MCP clients received."""
    ctx = Context(user_id="u1", workspace=f"ws{i}")
    thread = None
    if not all(s.is_decoy for s in batch):
        # Public text in the same session still reaches the cloud (the channel is live).
        opener = f"Session {i} opener: why is the sky blue? Answer in one sentence."
        run.openers.append(opener)
        thread = _ask(assistant, opener, ctx, None).thread_id
    records = _records(batch)
    Channel.secret, Channel.plan = records, None
    external: Any = assistant.services.toolbox.external_source
    docs: Any = assistant.services.docs
    stub: Stub = assistant.services.extras["stub"]
    stub.plan = None
    if group == "conversation":
        thread = _ask(
            assistant, f"Analyze these records in detail:\n{records}", ctx, thread
        ).thread_id
        thread = _ask(assistant, "Explain that more simply, step by step.", ctx, thread).thread_id
    elif group in ("document", "passage", "mcp"):
        text = "\n\n".join([FILLER[0], FILLER[1], records, FILLER[2]])
        if group == "document":
            path = tmp / "uploads" / f"records{i}.txt"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
            docs.ingest_path(path, collection=f"ws{i}")
        else:
            docs.ingest_texts([(f"records{i}.txt", text)], f"ws{i}")
        if group == "mcp":
            return _mcp_session(assistant, i, thread)
        thread = _ask(
            assistant, "Summarize the handbook records and explain why they matter.", ctx, thread
        ).thread_id
        thread = _ask(assistant, TRANSLATE, ctx, thread).thread_id
    elif group == "tool_result":
        external.result = f"Customer records:\n{records}"
        Channel.plan = ("local__lookup", {"query": "latest customers"})
        stub.plan = Channel.plan
        thread = _ask(
            assistant, "Look up the latest customer records and summarize them.", ctx, thread
        ).thread_id
        thread = _ask(assistant, TRANSLATE, ctx, thread).thread_id
    elif group == "tool_args":
        Channel.plan = ("post_webhook", {"url": hook, "data": records})
        stub.plan = Channel.plan
        thread = _ask(assistant, f"Post these notes to {hook}:\n{records}", ctx, thread).thread_id
    else:
        Channel.plan = ("find_customer", {"query": "ticket 7"})
        stub.plan = Channel.plan
        thread = _ask(
            assistant, "Find the customer of ticket 7 and summarize the record.", ctx, thread
        ).thread_id
    return []


@dataclass
class McpChannel:
    """Our MCP server over the suite's assistant, and the workspace its ``ask`` answers in.

    Built once per run: building it loads the settings and the workflow folder, about
    a second each time; per session only the workspace changes.
    """

    server: MCPServer
    workspace: str = ""


def mcp_channel(assistant: Assistant) -> McpChannel:
    """The run's MCP channel; ``ask`` answers in the workspace of the session in progress."""

    def ask_fn(question: str, thread_id: str | None) -> dict[str, Any]:
        ctx = Context(user_id="u1", workspace=channel.workspace)
        return assistant.ask(question, thread_id=thread_id, context=ctx).to_json()

    channel = McpChannel(build_switchyard_server(doc_store=assistant.services.docs, ask_fn=ask_fn))
    return channel


def _mcp_session(assistant: Assistant, i: int, thread: str | None) -> list[str]:
    channel: McpChannel = assistant.services.extras["mcp"]
    channel.workspace = f"ws{i}"
    return mcp_results(
        channel.server,
        [
            (
                "search_documents",
                {"query": "customer support handbook record", "collection": f"ws{i}"},
            ),
            ("ask", {"question": "Summarize the handbook records.", "thread_id": thread}),
        ],
    )


def _split_session(assistant: Assistant, i: int, sample: SplitSample) -> None:
    ctx = Context(user_id="u1", workspace=f"split{i}")
    thread = None
    for turn in sample.turns:
        thread = _ask(assistant, turn, ctx, thread).thread_id


def _batches(corpus: list[LabeledSample]) -> list[list[int]]:
    """Indices in sessions of BATCH: personal strings together, public decoys together.

    A decoy batched with personal data would go local with it; alone, the decoys
    show that public text still reaches the cloud through the over-eager screen.
    """
    pii = [j for j, s in enumerate(corpus) if not s.is_decoy]
    public = [j for j, s in enumerate(corpus) if s.is_decoy]
    chunks = [pii[k : k + BATCH] for k in range(0, len(pii), BATCH)]
    # The screen is over-eager (it blocks about half the decoys: lab numbers, invoice
    # numbers), so a batch of 8 decoys rarely leaves whole; the first ones go alone.
    chunks += [[j] for j in public[:SINGLE_DECOYS]]
    rest = public[SINGLE_DECOYS:]
    chunks += [rest[k : k + BATCH] for k in range(0, len(rest), BATCH)]
    # Interleave so every channel group gets both kinds.
    return sorted(chunks, key=lambda chunk: chunk[0])


def run_suite(tmp: Path, n: int, n_split: int, monkeypatch: pytest.MonkeyPatch) -> Run:
    """Push ``n`` corpus strings and ``n_split`` split identifiers through every channel."""
    run = Run(generate_corpus(n, seed=20240611), generate_split_turns(n_split, seed=77))
    forget_recent_taint()
    ledger = Ledger()
    mcp_seen: list[str] = []
    with openai_stub() as cloud, openai_stub() as traces, openai_stub() as webhook:
        monkeypatch.setenv("LANGSMITH_TRACING", "true")
        monkeypatch.setenv("LANGSMITH_API_KEY", "test-key")
        monkeypatch.setenv("LANGSMITH_ENDPOINT", traces.base_url)
        external = FakeExternalTools(ledger, server="local", privacy="local")
        docs = DocumentStore(tmp / "docs", dense=False)
        assistant = build_assistant(tmp, cloud, ledger, external, docs)
        assistant.services.extras["stub"] = cloud
        assistant.services.extras["mcp"] = mcp_channel(assistant)
        hook = f"{webhook.base_url}/hook"
        tracer = assistant.services.extras.get("langsmith_tracer")
        assert tracer is not None, "trace export is configured, so the graph carries a tracer"
        traced_graph = assistant.services.graph
        # Untraced sessions run on a copy of the graph whose bound config has no tracer.
        untraced_graph = traced_graph.copy(
            update={"config": {**(traced_graph.config or {}), "callbacks": []}}
        )
        for session, indices in enumerate(_batches(run.corpus)):
            batch = [run.corpus[j] for j in indices]
            group = GROUPS[session % len(GROUPS)]
            for j in indices:
                run.group_of[j] = group
            run.sessions[group] += 1
            traced = session % TRACE_EVERY == 0
            assistant.services.graph = traced_graph if traced else untraced_graph
            # Untraced runs switch LangChain's own env-driven tracer off too.
            with tracing_context(enabled=None if traced else False):
                mcp_seen += _session(assistant, group, session, batch, hook, tmp, run)
        assistant.services.graph = untraced_graph
        with tracing_context(enabled=False):
            for i, split in enumerate(run.splits):
                _split_session(assistant, i, split)
        flush(tracer)
        run.seen = {
            "cloud": cloud.text(),
            "traces": traces.text(),
            "webhook": webhook.text(),
            "mcp": "\n".join(mcp_seen),
        }
        run.cloud_bodies = cloud.text().split("\n")
        run.requests = {
            "cloud": len(cloud.bodies),
            "traces": len(traces.bodies),
            "webhook": len(webhook.bodies),
            "mcp": len(mcp_seen),
        }
    return run


def leak_table(run: Run) -> dict[str, dict[str, int]]:
    """Strings whose personal data reached each recorder, per channel group."""
    table: dict[str, dict[str, int]] = {g: dict.fromkeys(RECORDERS, 0) for g in GROUPS}
    for j, sample in enumerate(run.corpus):
        if sample.is_decoy:
            continue
        for name in RECORDERS:
            if leaks(sample, run.seen[name]):
                table[run.group_of[j]][name] += 1
    table["split_turns"] = dict.fromkeys(RECORDERS, 0)
    stripped = without_separators(run.cloud_bodies)
    table["split_turns"]["cloud"] = sum(split_leak(_groups(s), stripped) for s in run.splits)
    return table


_SPLIT_WORDS = ("주민번호", "제 번호는", "이에요", "입니다", "연락처", "card number")


def _groups(sample: SplitSample) -> list[str]:
    """The pieces of the identifier as typed, one per turn that holds one."""
    pieces = []
    for turn in sample.turns:
        for word in _SPLIT_WORDS:
            turn = turn.replace(word, "")
        if len(turn.strip(" -")) >= 3:
            pieces.append(turn.strip(" -"))
    return pieces


def report_of(run: Run, table: dict[str, dict[str, int]]) -> dict[str, Any]:
    """The JSON report (sizes, leaks per channel and recorder, live-channel checks)."""
    pii = [s for s in run.corpus if not s.is_decoy]
    decoys = [s for s in run.corpus if s.is_decoy]
    return {
        "n_strings": len(run.corpus) + len(run.splits),
        "n_corpus": len(run.corpus),
        "n_pii": len(pii),
        "n_decoys": len(decoys),
        "n_split_identifiers": len(run.splits),
        "strings_per_session": BATCH,
        "sessions_per_group": dict(run.sessions),
        "traced_every_nth_session": TRACE_EVERY,
        "leaks": table,
        "leaks_total": sum(sum(row.values()) for row in table.values()),
        "openers_at_cloud": sum(1 for o in run.openers if o in run.seen["cloud"]),
        "n_openers": len(run.openers),
        "decoys_at_cloud": sum(1 for d in decoys if d.text in run.seen["cloud"]),
        "requests": run.requests,
    }
