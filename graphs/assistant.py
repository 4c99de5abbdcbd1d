"""The assistant graph (DESIGN.md data flow).

guard_input → answer_from_faq ─hit→ record
                  │miss
                  ▼
                plan → route_step → execute_step ─(more steps)→ route_step
                                        │ ⇅ call_tools (asks before destructive tools: interrupt)
                                        │done
                                        ▼
                                    synthesize → verify → record
"""

from __future__ import annotations

import time
from typing import Any, Literal, assert_never

from langchain_core.messages import AIMessage, HumanMessage
from langgraph.checkpoint.base import BaseCheckpointSaver
from langgraph.graph import END, START, StateGraph
from langgraph.graph.state import CompiledStateGraph
from langgraph.runtime import Runtime
from langgraph.types import interrupt

from agents.toolbox import ToolBox
from core.answer_cache import AnswerCache
from core.audit import AuditLog
from core.models.registry import ModelRegistry
from core.privacy import scan_with_context
from core.router import Router
from core.trace_store import TraceStore
from core.types import StepRecord
from graphs.executor import StepExecutor
from graphs.recording import first_turn, remember_answer
from graphs.state import Context, State
from graphs.synthesis import compose_answer, verify_citations
from tools.faq import FaqBook
from tools.planner import split_steps


def build_graph(
    *,
    models: ModelRegistry,
    tools: ToolBox,
    checkpointer: BaseCheckpointSaver[Any] | None,
    router: Router | None = None,
    faq: FaqBook | None = None,
    docs: Any | None = None,
    traces: TraceStore | None = None,
    cache: AnswerCache | None = None,
    audit: AuditLog | None = None,
) -> CompiledStateGraph[State, Context, State, State]:
    """Wire the assistant from long-lived objects built once from ``Settings``.

    Args:
        models: the model registry (tiers, profiles, availability).
        tools: the tool box agents may use.
        checkpointer: where conversations persist (``None`` lets a LangGraph server supply one).
        router: routing policy; built from the registry's settings when omitted.
        faq: curated answers.
        docs: the document store for RAG steps.
        traces: the local trace store written by ``record``.
        cache: per-(workspace, user) answers of earlier public questions.
        audit: the append-only audit log (routing decisions, tool calls, denials).
    """
    settings = models.settings
    router = router or Router(models, settings.router, settings.budget)
    executor = StepExecutor(
        models=models, router=router, tools=tools, docs=docs, traces=traces, audit=audit
    )

    def guard_input(state: State) -> dict[str, Any]:
        """Size limits, PII scan and the privacy class of the request."""
        question = (state.get("question") or "").strip()
        # Scan with the end of the previous user turn so an id split across turns is caught.
        previous = next(
            (str(m.content) for m in reversed(state.get("messages", [])) if m.type == "human"), ""
        )
        findings = scan_with_context(question, previous)
        sticky = state.get("thread_privacy") == "local_only"
        privacy: Literal["public", "local_only"] = "local_only" if findings or sticky else "public"
        update: dict[str, Any] = {
            "question": question,
            "started_at": time.time(),
            "thread_privacy": privacy,
            "privacy": privacy,
            "privacy_types": sorted({f.type for f in findings})
            or (["earlier turn"] if sticky else []),
            "plan": [],
            "step_index": 0,
            "current": {},
            "work": None,
            "outputs": [],
            "records": [],
            "citations": [],
            "answer": "",
            "path": ["guard_input"],
            "stop_reason": None,
            "messages": [HumanMessage(content=question)],
        }
        if not question:
            update.update(answer="The question is empty: type a question.", stop_reason="empty")
        elif len(question) > settings.limits.max_input_chars:
            update.update(
                answer=(
                    f"The question is {len(question):,} characters long; the limit is "
                    f"{settings.limits.max_input_chars:,} (limits.max_input_chars). Shorten it or "
                    "ingest the text as a document and ask about it."
                ),
                stop_reason="input_too_long",
            )
        return update

    def answer_from_faq(state: State, runtime: Runtime[Context]) -> dict[str, Any]:
        """Curated answers first, then this user's cached public answers: no model needed."""
        started = time.perf_counter()
        hit = faq.lookup(state["question"]) if faq is not None else None
        path = [*state["path"], "answer_from_faq"]
        if hit is None:
            return {"path": path, **cached_answer(state, context_of(runtime), started)}
        record = StepRecord(
            node="answer_from_faq",
            tier="deterministic",
            reasons=[
                "deterministic — faq, no model call",
                f"faq: {hit.match} match of entry {hit.entry.id!r}",
            ],
            latency_ms=(time.perf_counter() - started) * 1000,
            privacy=state["privacy"],
            input_text=state["question"],
            output_text=hit.entry.answer,
        )
        return {"answer": hit.entry.answer, "records": [record.model_dump()], "path": path}

    def cached_answer(state: State, ctx: Context, started: float) -> dict[str, Any]:
        # Only a public first turn: a follow-up's meaning depends on its conversation.
        if cache is None or state["privacy"] != "public" or not first_turn(state):
            return {}
        if ctx.pinned_tiers or ctx.replay_outputs:
            return {}
        cached = cache.lookup(ctx.workspace, ctx.user_id, state["question"])
        if cached is None:
            return {}
        record = StepRecord(
            node="answer_from_faq",
            tier="deterministic",
            reasons=[
                "deterministic — answer cache, no model call",
                f"cache: exact match of an earlier public answer in workspace {ctx.workspace!r}",
            ],
            latency_ms=(time.perf_counter() - started) * 1000,
            privacy="public",
            input_text=state["question"],
            output_text=cached.answer,
        )
        return {
            "answer": cached.answer,
            "citations": cached.citations,
            "records": [record.model_dump()],
        }

    def plan(state: State) -> dict[str, Any]:
        """Split the request into steps with deterministic patterns."""
        steps = split_steps(state["question"]) or [state["question"]]
        limit = settings.budget.max_steps_per_turn
        update: dict[str, Any] = {"plan": steps[:limit], "path": [*state["path"], "plan"]}
        if len(steps) > limit:
            update["stop_reason"] = f"step budget: {len(steps)} steps, limit {limit} per turn"
        return update

    def route_step(state: State, runtime: Runtime[Context]) -> dict[str, Any]:
        """Decide the track for the current step (``RouteDecision`` in ``current``)."""
        current = executor.route(state, context_of(runtime))
        return {"current": current, "path": [*state["path"], "route_step"]}

    def execute_step(state: State, runtime: Runtime[Context]) -> dict[str, Any]:
        """Run the current step on its track (or its next model turn) and record it."""
        update = executor.execute(state, context_of(runtime))
        return {**update, "path": [*state["path"], "execute_step"]}

    def call_tools(state: State, runtime: Runtime[Context]) -> dict[str, Any]:
        """Run the tool calls the model proposed, after any confirmation they need."""
        approvals: dict[str, bool] = {}
        # Every question is asked before any tool runs, so resuming never repeats a side effect.
        for pending in executor.pending_confirmations(state, context_of(runtime)):
            answer = interrupt({"type": "confirm_tool", **pending})
            approvals[pending["id"]] = answer is True or (
                isinstance(answer, dict) and answer.get("approve") is True
            )
        update = executor.call_tools(state, context_of(runtime), approvals)
        return {**update, "path": [*state["path"], "call_tools"]}

    def synthesize(state: State) -> dict[str, Any]:
        """Compose the answer from the step outputs (a template, no model)."""
        answer, citations = compose_answer(state["plan"], state["outputs"])
        if state.get("stop_reason"):
            answer += f"\n\n(Stopped early: {state['stop_reason']}.)"
        return {"answer": answer, "citations": citations, "path": [*state["path"], "synthesize"]}

    def verify(state: State) -> dict[str, Any]:
        """Drop citation markers that point at nothing; never return an empty answer."""
        answer = verify_citations(state["answer"], state["citations"])
        return {"answer": answer, "path": [*state["path"], "verify"]}

    def record(state: State, runtime: Runtime[Context]) -> dict[str, Any]:
        """Close the turn: the answer joins the conversation and the run is traced."""
        path = [*state["path"], "record"]
        executor.write_trace({**state, "path": path}, context_of(runtime))
        # Written only for public runs whose every step was public (graphs.recording).
        remember_answer(cache, state, context_of(runtime))
        return {"messages": [AIMessage(content=state["answer"])], "path": path}

    builder = StateGraph(State, context_schema=Context)
    for node in (guard_input, answer_from_faq, plan, route_step, execute_step, call_tools):
        builder.add_node(node)
    for node in (synthesize, verify, record):
        builder.add_node(node)
    builder.add_edge(START, "guard_input")
    builder.add_conditional_edges("guard_input", after_guard)
    builder.add_conditional_edges("answer_from_faq", after_faq)
    builder.add_edge("plan", "route_step")
    builder.add_edge("route_step", "execute_step")
    builder.add_conditional_edges("execute_step", after_execute)
    builder.add_edge("call_tools", "execute_step")
    builder.add_edge("synthesize", "verify")
    builder.add_edge("verify", "record")
    builder.add_edge("record", END)
    return builder.compile(checkpointer=checkpointer, name="switchyard-assistant")


def context_of(runtime: Runtime[Context]) -> Context:
    """The run's context; a caller that passes none (``langgraph dev``, Studio) gets defaults."""
    return runtime.context if runtime.context is not None else Context()


# Routing functions: pure, over state only, exhaustive on their Literal.
def after_guard(state: State) -> Literal["answer_from_faq", "record"]:
    """Stop early on a rejected input; otherwise try the FAQ."""
    outcome: Literal["stop", "go"] = "stop" if state.get("stop_reason") else "go"
    match outcome:
        case "stop":
            return "record"
        case "go":
            return "answer_from_faq"
        case _:
            assert_never(outcome)


def after_faq(state: State) -> Literal["plan", "record"]:
    """A curated answer ends the turn; a miss goes to planning."""
    outcome: Literal["hit", "miss"] = "hit" if state.get("answer") else "miss"
    match outcome:
        case "hit":
            return "record"
        case "miss":
            return "plan"
        case _:
            assert_never(outcome)


def after_execute(state: State) -> Literal["call_tools", "route_step", "synthesize"]:
    """Run proposed tools, loop over the planned steps, then synthesize."""
    work = state.get("work") or {}
    outcome: Literal["tools", "more", "done"] = (
        "tools"
        if work.get("pending")
        else "more"
        if state["step_index"] < len(state["plan"])
        else "done"
    )
    match outcome:
        case "tools":
            return "call_tools"
        case "more":
            return "route_step"
        case "done":
            return "synthesize"
        case _:
            assert_never(outcome)


def __getattr__(name: str) -> Any:
    # ``langgraph.json`` points at ``graphs/assistant.py:graph``; build it on first use so
    # importing this module has no side effects (no data directory, no model load).
    if name == "graph":
        from graphs.services import build_services

        return build_services(checkpointer=None).graph
    raise AttributeError(name)
