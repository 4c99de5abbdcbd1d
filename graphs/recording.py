"""Recording a step and a turn: the step's record and output, the trace, the answer cache."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from agents.tool_problems import named_tool
from core.answer_cache import AnswerCache
from core.privacy import mask
from core.settings import TierSettings
from core.text import estimate_tokens
from core.trace_store import RunRecord, TraceStore
from core.types import RouteDecision, StepRecord
from graphs.step_data import CitationData, Context, Current, StepOutput, current_step, record_data
from graphs.turn_privacy import QUOTED_STEP, turn_carries_personal_data

if TYPE_CHECKING:
    # Annotations only: the CLI's fast path records a step without LangChain or LangGraph.
    from agents.toolbox import ToolCallOutcome
    from core.models.registry import ModelRegistry
    from graphs.state import State, Work


def _tool_calls(work: Work) -> list[ToolCallOutcome]:
    data = work.get("tool_calls", [])
    if not data:
        return []  # a code step: no need to load LangChain's tool classes
    from agents.toolbox import ToolCallOutcome

    # ``ToolCallData`` mirrors the outcome's fields, so it unpacks straight back into one.
    return [ToolCallOutcome(**c) for c in data]


def step_record(models: ModelRegistry, current: Current, work: Work, text: str) -> StepRecord:
    """The ``StepRecord`` of a finished step: track, reasons, tokens, cost and privacy."""
    route = RouteDecision.model_validate(work["route"])
    calls = _tool_calls(work)
    local = (
        current["privacy"] == "local_only"
        or any(c.local_only for c in calls)
        or bool(work.get("local_reason"))
        or current["pseudonymize"]
    )
    tokens_in, tokens_out = int(work.get("tokens_in", 0)), int(work.get("tokens_out", 0))
    cost = models.profile(route.model).cost(tokens_in, tokens_out) if route.model else 0.0
    # Tool names are masked: a model may have copied one (with data) from injected text.
    reasons = list(route.reasons) + [
        f"tool {mask(c.tool[:80])}"
        + (f" on MCP server {c.server}" if c.server else "")
        + (f": {c.denied}" if c.denied else "")
        for c in calls
    ]
    if work.get("local_reason"):
        reasons.append(f"privacy: {work['local_reason']} — rest of the step kept local")
    if work.get("budget_note"):
        reasons.append(f"budget: {work['budget_note']}")
    return StepRecord(
        node="execute_step",
        tier=route.tier,
        model=route.model,
        reasons=reasons,
        tokens_in=tokens_in,
        tokens_out=tokens_out,
        cost=cost,
        latency_ms=(time.time() - float(work.get("started", time.time()))) * 1000,
        degraded=route.degraded,
        score=route.score,
        step_index=current["index"],
        privacy="local_only" if local else "public",
        tool=",".join(mask(c.tool[:80]) for c in calls)
        or (current["handler"]["handler"] if current["handler"] else None),
        tool_calls=len(calls),
        server=next((c.server for c in calls if c.server), None),
        input_text=current["text"],
        output_text=text,
        alternatives=list(route.alternatives),
        error=work.get("error"),
    )


def complete_step(
    models: ModelRegistry,
    state: State,
    work: Work,
    text: str,
    citations: list[CitationData] | None = None,
) -> State:
    """Finish the current step with ``text``: its output, its record, the next index."""
    current = current_step(state)
    if citations is None and current["kind"] == "grounded" and current["doc"]:
        citations = current["doc"]["citations"]
    output = StepOutput(
        text=text,
        citations=citations or [],
        handler=current["handler"],
        kind=current["kind"],
    )
    record = step_record(models, current, work, text)
    quoting = None
    if current["handler"] and current["handler"]["handler"] == "conversation":
        # It quotes the user's own earlier words: a name the scanner misses ("my son is
        # Kai") is still theirs, so the output marks the turn local whatever the scan says.
        quoting = True
    elif record.privacy == "local_only" and not turn_carries_personal_data(
        state.get("privacy_types", [])
    ):
        quoting = quotes_its_sources(models, current, work, text)
    return finish_step(state, output, record, quotes_personal_data=quoting)


def quotes_its_sources(models: ModelRegistry, current: Current, work: Work, text: str) -> bool:
    """Whether a step's output carries a personal value: of what the step read, or its own.

    Matched as the egress guard matches (``core.privacy.taint``): a name that only its
    passage's context revealed ("김영희 간호사에게") still counts once that passage is
    one of the sources. The output is a source too, so a value the scanner finds in the
    output alone (one the model wrote from elsewhere) counts as well. The organisation's
    own contacts do not count.

    Args:
        models: The model registry (its settings list the public contacts).
        current: The routed step (its passages).
        work: The step's work (its tool results).
        text: The step's output.
    """
    # Imported here: only a local step of a turn carrying no personal data yet needs them.
    from core.privacy.public_contacts import PublicContacts
    from core.privacy.taint import taint_of

    doc = current["doc"]
    sources = [("a document passage", p["text"]) for p in (doc["passages"] if doc else [])]
    sources += [("a tool result", c["output"]) for c in work.get("tool_calls", [])]
    sources.append(("the step's output", text))
    contacts = PublicContacts(models.settings.privacy.public_contacts)
    return bool(taint_of(sources, contacts).hits(text))


def finish_step(
    state: State,
    output: StepOutput,
    record: StepRecord,
    *,
    quotes_personal_data: bool | None = None,
) -> State:
    """The state update that appends a finished step and moves to the next one.

    A local step makes the rest of the turn local only when its output quotes personal
    data: later steps are shown that output, and the answer joins it. What the step
    merely read stays with the step. The conversation's class (``thread_privacy``) is
    the user's own messages' alone (``graphs.turn_privacy``), so no step changes it.

    Args:
        state: The turn so far.
        output: The step's contribution to the answer.
        record: The step's record (its ``privacy`` is the step's own class).
        quotes_personal_data: Whether the output quotes personal data of the step's
            sources (``quotes_its_sources``); ``None`` when not checked (a replayed step,
            or a turn that already carries personal data), so a local step counts as
            quoting.
    """
    local = record.privacy == "local_only"
    quoting = local and quotes_personal_data is not False
    update: State = {
        "outputs": [*state["outputs"], output],
        "records": [*state["records"], record_data(record)],
        "step_index": state["step_index"] + 1,
        "work": None,
    }
    reasons = state.get("privacy_types", [])
    if quoting and not turn_carries_personal_data(reasons):
        update["privacy"] = "local_only"
        # A reason of the turn's own (not an earlier answer's): the answer that carries
        # this output is marked local when it joins the conversation (``record``).
        update["privacy_types"] = [*reasons, QUOTED_STEP]
    return update


def write_trace(
    traces: TraceStore | None,
    models: ModelRegistry,
    state: State,
    ctx: Context,
    *,
    workflow: str | None = None,
) -> None:
    """Store the run (masked by the store) and export it as spans when ``[otel]`` is on.

    Args:
        traces: The local trace store (``None``: not stored locally).
        models: The model registry (costs; its settings say whether to export).
        state: The finished turn (or a workflow run in the assistant's state keys).
        ctx: Who asked, where.
        workflow: The workflow's name when the run is a workflow's.
    """
    steps = [StepRecord.model_validate(r) for r in state.get("records", [])]
    # The all-cloud comparison needs a cloud model even when that tier is switched off:
    # then the default cloud model of the settings schema stands in.
    cloud_id = models.model_for_tier("cloud") or TierSettings().cloud.model
    cloud = models.profile(cloud_id)
    # A degraded or failed step saved nothing: a worse answer is not a cheaper one, so
    # it counts at its own cost on both sides of the comparison.
    estimate = sum(
        s.cost
        if s.degraded or s.error
        else cloud.cost(
            s.tokens_in or estimate_tokens(s.input_text) + 60,
            s.tokens_out or estimate_tokens(s.output_text),
        )
        for s in steps
    )
    run = RunRecord(
        run_id=state.get("run_id") or "",
        thread_id=state.get("thread_id") or "",
        user_id=ctx.user_id,
        workspace=ctx.workspace,
        question=state.get("question", ""),
        answer=state.get("answer", ""),
        privacy=state.get("privacy", "public"),
        steps=steps,
        cloud_estimate=estimate,
        latency_ms=(time.time() - state.get("started_at", time.time())) * 1000,
        path=state.get("path", []),
        parent_run_id=state.get("parent_run_id"),
    )
    if traces is not None:
        traces.record_run(run)
    if models.settings.otel.enabled:
        # Imported only when on: OpenTelemetry and protobuf add start-up time to every CLI call.
        from core.telemetry import export_run

        # Masked again there, and re-scanned at the wire.
        export_run(models.settings, run, workflow)


# Reasons the output guard leaves on a step (``graphs.output_checks``).
_GUARD_NOTES = ("guard:", "degraded: guard:")


def first_turn(state: State) -> bool:
    """True when the question is the conversation's first (its meaning needs no history)."""
    return sum(1 for m in state.get("messages", []) if m.type == "human") <= 1


def cacheable(state: State, ctx: Context) -> bool:
    """Whether this turn's answer may be cached for (workspace, user).

    Only a public first turn whose every step was public, used a model (code
    answers are cheaper to recompute and may depend on the date), called no tool
    (results can change), and neither failed, degraded, tripped the output guard
    nor was replayed. A request that names a tool is never cached: without a tool
    call its answer is not the tool's result, and with one the result can change.
    """
    records = [StepRecord.model_validate(r) for r in state.get("records", [])]
    if named_tool(state.get("question", ""), []) is not None:
        return False
    if any(
        r.tool or r.server or any(x.startswith(_GUARD_NOTES) for x in r.reasons) for r in records
    ):
        return False
    return (
        bool(records)
        and not ctx.pinned_tiers
        and not ctx.replay_outputs
        and not state.get("parent_run_id")
        and not state.get("stop_reason")
        and state.get("privacy") == "public"
        and state.get("thread_privacy") == "public"
        and first_turn(state)
        and all(r.node == "execute_step" for r in records)
        and all(r.privacy == "public" for r in records)
        and any(r.tier in ("local", "cloud") for r in records)
        and all(r.tool_calls == 0 and not r.error and not r.degraded for r in records)
    )


def remember_answer(
    cache: AnswerCache | None, state: State, ctx: Context, *, version: str = ""
) -> bool:
    """Cache the answer when ``cacheable``; returns whether it was stored.

    Args:
        cache: The answer cache (``None``: nothing to do).
        state: The finished turn.
        ctx: Who asked, where.
        version: ``graphs.cache_keys.dependency_version`` now, stored with the answer.
    """
    if cache is None or not cacheable(state, ctx):
        return False
    return cache.store(
        ctx.workspace,
        ctx.user_id,
        state.get("question", ""),
        state.get("answer", ""),
        [dict(c) for c in state.get("citations", [])],
        version=version,
        thread_id=state.get("thread_id") or "",
    )
