"""PII egress, measured over every channel: 1,600 generated strings plus split identifiers.

The strings come from ``bench.privacy_corpus`` (Korean and English; self-intros,
full names, number words, look-alikes, spaced digits, e-mails with at/dot,
addresses, ids; a quarter are public decoys). They are batched, several per
session, into channels: the user's question and its follow-up (history), an
uploaded document and a retrieved passage followed by "Translate your previous
answer into English" (history), the result of a ``local`` MCP-like tool, the
arguments of a webhook call, a tool's error message, and the results of our own
MCP server to an untrusted client. Identifiers typed over several turns come
from ``generate_split_turns``. Every session opens with a public question that
must reach the cloud recorder (the channels are live); trace export to a
LangSmith recorder is on for every TRACE_EVERY-th session.

Counted: any planted value, in any numeral form, reaching any recorder. It must
be 0, and the control test shows the count is not 0 with the defence switched
off, so the suite can fail.
"""

from __future__ import annotations

import dataclasses
import os
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from langsmith import tracing_context
from mcp.server.mcpserver import MCPServer

import core.egress
import core.privacy.release
import core.tracing_export
import mcp_servers.assistant_server
from bench.privacy_corpus import LabeledSample, generate_corpus
from bench.privacy_corpus.spoken_forms import SplitSample, generate_split_turns
from core.egress import forget_recent_taint
from core.router import Router, Spend, StepRequest
from core.tracing_export import flush
from core.types import RouteDecision
from graphs.runner import AskResult, Assistant
from graphs.state import Context
from mcp_servers.serve import build_switchyard_server
from tests.security.egress_harness import (
    Channel,
    build_assistant,
    leaks,
    mcp_results,
    split_leak,
)
from tests.security.harness import FakeExternalTools, Ledger, dump
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
    table["split_turns"]["cloud"] = sum(
        split_leak(_groups(s), run.cloud_bodies) for s in run.splits
    )
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


@pytest.mark.slow
# About 700 turns: 4-5 minutes on an idle 2-core machine, longer on a shared one.
@pytest.mark.timeout(1800)
def test_no_generated_pii_string_reaches_any_recorder(
    tmp_path: Path, langsmith_env: pytest.MonkeyPatch, artifacts: Path
) -> None:
    run = run_suite(tmp_path, N_STRINGS, N_SPLIT, langsmith_env)
    report = report_of(run, leak_table(run))
    dump(artifacts / "pii_egress_report.json", report)
    print(f"\nPII egress: {report['n_strings']} strings, leaks: {report['leaks']}")
    assert report["n_strings"] >= 1500
    # The channels are live: every session's public opener reached the cloud, traces and
    # MCP results were delivered, and public decoys went out with the records.
    assert report["openers_at_cloud"] == report["n_openers"], report
    assert report["decoys_at_cloud"] > 0 and report["requests"]["traces"] > 0, report
    assert report["requests"]["mcp"] == 2 * run.sessions["mcp"], report
    assert report["leaks_total"] == 0, report


def switch_the_defence_off(monkeypatch: pytest.MonkeyPatch) -> None:
    """Routing forgets privacy, the wire and trace guards pass everything, MCP trusts all."""
    decide = Router.decide

    def forgetful(self: Router, step: StepRequest, spend: Spend | None = None) -> RouteDecision:
        return decide(self, dataclasses.replace(step, privacy="public", privacy_reason=""), spend)

    monkeypatch.setattr(Router, "decide", forgetful)
    monkeypatch.setattr(core.egress, "check_request", lambda *args, **kwargs: None)
    monkeypatch.setattr(core.tracing_export, "check_prepared", lambda request: None)
    monkeypatch.setattr(core.tracing_export, "mask_payload", lambda payload: payload)
    monkeypatch.setattr(core.privacy.release, "is_trusted", lambda client: True)
    monkeypatch.setattr(mcp_servers.assistant_server, "is_trusted", lambda client: True)


@pytest.mark.slow
def test_the_suite_can_fail_without_the_defence(
    tmp_path: Path, langsmith_env: pytest.MonkeyPatch, artifacts: Path
) -> None:
    """Control: the same sessions with the defence off leak through every recorder."""
    switch_the_defence_off(langsmith_env)
    run = run_suite(tmp_path, 210, 12, langsmith_env)
    report = report_of(run, leak_table(run))
    dump(artifacts / "pii_egress_report_defence_off.json", report)
    print(f"\nPII egress, defence off: leaks: {report['leaks']}")
    by_recorder = {r: sum(row[r] for row in report["leaks"].values()) for r in RECORDERS}
    assert by_recorder["cloud"] > 0 and by_recorder["traces"] > 0, report
    assert by_recorder["mcp"] > 0, report
    assert report["leaks"]["split_turns"]["cloud"] > 0, report


def test_env_tracing_without_the_guarded_tracer_does_not_leak(
    tmp_path: Path, langsmith_env: pytest.MonkeyPatch
) -> None:
    from core.models.fake import ScriptedChatModel
    from core.settings import load_settings
    from graphs.services import build_services
    from tests.security.harness import REPO

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

        wait_for_all_tracers()
        flush(services.extras.get("langsmith_tracer"))
    # A direct graph run (as `langgraph dev` makes) is exported, and only masked.
    assert "KR_RRN" in traces.text(), "no masked trace reached the endpoint"
    assert secret not in traces.text() and secret.replace("-", "") not in traces.text()
