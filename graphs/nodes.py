"""The assistant's nodes: module-level functions of ``(state, runtime)``.

Each reads the long-lived services from the run's engine (``graphs.engine``)
and the per-run choices from ``Context``, so any of them can be tested alone or
reused by another graph. ``graphs.assistant`` wires them.
"""

from __future__ import annotations

import time
from typing import cast, get_args

from langchain_core.messages import HumanMessage
from langgraph.runtime import Runtime
from langgraph.types import interrupt

from core.input_check import RejectionReason
from core.types import StepRecord
from graphs import step_routing
from graphs.cache_keys import dependency_version
from graphs.calculation_fragment_53x import fragment_after_calculation
from graphs.code_stage import (
    answer_quotes_personal_data,
    faq_answer,
    guard_turn,
    plan_turn,
    stored_answer_record,
)
from graphs.engine import Engine, context_of, engine_for
from graphs.faq_own_documents_54f import faq_yields_to_own_document
from graphs.faq_thread import faq_leaves_the_thread, previous_question, topic_leaves_the_thread
from graphs.faq_thread_document_54q import faq_leaves_thread_document
from graphs.follow_up_screens_55w import faq_misses_condition_55w
from graphs.mcp_elicitation import answer_elicitation, pending_elicitation
from graphs.model_turn import model_turn
from graphs.recording import complete_step, finish_step, first_turn, remember_answer
from graphs.recording import write_trace as store_trace
from graphs.state import (
    CitationData,
    Context,
    State,
    Work,
    current_step,
)
from graphs.synthesis import compose_answer, verify_citations
from graphs.tool_results import tool_number
from graphs.turn_privacy import (
    answer_message,
)
from tools.followups import about_previous_result

REJECTION_REASONS: frozenset[str] = frozenset(get_args(RejectionReason))


def guard_input(state: State, runtime: Runtime[Context]) -> State:
    """Input checks, PII scan and the privacy class of the request.

    A refused question (not UTF-8, empty, too long) ends the turn with the reason
    and leaves no trace in the conversation: no message, and no copy in state.
    """
    update = guard_turn(
        state.get("question") or "", state.get("messages", []), engine_for(runtime).settings
    )
    if update.get("stop_reason"):
        return update
    return {**update, "messages": [HumanMessage(content=update["question"])]}


def answer_from_faq(state: State, runtime: Runtime[Context]) -> State:
    """Curated answers first, then this user's cached public answers: no model needed."""
    engine = engine_for(runtime)
    started = time.perf_counter()
    path = [*state["path"], "answer_from_faq"]
    # A follow-up about the previous result ("그럼 4명이면?") means nothing alone: a curated
    # entry that happens to match its words would answer another question.
    if not first_turn(state) and about_previous_result(state["question"]):
        return {"path": path}
    # "공휴일엔요?" after the pharmacy's hours: never the clinic's holiday entry.
    previous = previous_question(state.get("messages", []))
    if faq_leaves_the_thread(engine.faq, state["question"], previous):
        return {"path": path}
    if fragment_after_calculation(state["question"], previous):
        return {"path": path}  # "주말에도 마시면?" after a coffee budget: no holiday entry
    # "what about parking" after an uncurated question: not the clinic's parking entry.
    if topic_leaves_the_thread(engine.faq, state["question"], previous):
        return {"path": path}
    if faq_leaves_thread_document(
        engine.faq, engine.docs, state["question"], previous, context_of(runtime).workspace
    ):
        return {"path": path}  # faq_thread_document_54q: the thread's document, not the FAQ's
    if faq_misses_condition_55w(engine.faq, state["question"], previous):
        return {"path": path}  # "주차권 잃어버리면?": no entry without the condition (wrongs55)
    if faq_yields_to_own_document(
        engine.faq,
        engine.docs,
        state["question"],
        context_of(runtime).workspace,
        first=first_turn(state),
    ):
        return {"path": path}  # faq_own_documents_54f: the user's own document answers
    curated = faq_answer(engine.faq, state["question"], state["privacy"], started)
    if curated is None:
        return {"path": path, **_cached_answer(engine, state, context_of(runtime), started)}
    return {**curated, "path": path}


def _cached_answer(engine: Engine, state: State, ctx: Context, started: float) -> State:
    # Only a public first turn: a follow-up's meaning depends on its conversation.
    cache = engine.cache
    if cache is None or state["privacy"] != "public" or not first_turn(state):
        return {}
    # A pinned or forced tier asks for that tier's own answer, not a remembered one.
    if ctx.pinned_tiers or ctx.replay_outputs or ctx.forced_tier:
        return {}
    version = dependency_version(engine, ctx.workspace)
    cached = cache.lookup(ctx.workspace, ctx.user_id, state["question"], version=version)
    if cached is None:
        return {}
    why = f"cache: exact match of an earlier public answer in workspace {ctx.workspace!r}"
    # The cache answers public turns only, so its records say "public" there.
    record = stored_answer_record(
        state["question"], state["privacy"], "answer cache", why, cached.answer, started
    )
    # The cache stores citations as written by ``synthesize``: the same at-rest shape.
    citations = cast(list[CitationData], cached.citations)
    return {"answer": cached.answer, "citations": citations, "records": [record]}


def plan(state: State, runtime: Runtime[Context]) -> State:
    """Split the request into steps with deterministic patterns."""
    update = plan_turn(state["question"], engine_for(runtime).settings.budget.max_steps_per_turn)
    return {**update, "path": [*state["path"], "plan"]}


def route_step(state: State, runtime: Runtime[Context]) -> State:
    """Decide the track for the current step (``RouteDecision`` in ``current``)."""
    current = step_routing.route(engine_for(runtime), state, context_of(runtime))
    return {"current": current, "path": [*state["path"], "route_step"]}


def execute_step(state: State, runtime: Runtime[Context]) -> State:
    """Run the current step on its track (or its next model turn) and record it."""
    update = _run_step(engine_for(runtime), state, context_of(runtime))
    return {**update, "path": [*state["path"], "execute_step"]}


def _run_step(engine: Engine, state: State, ctx: Context) -> State:
    current = current_step(state)
    kind = current["kind"]
    if kind == "replayed" and current["output"] is not None and current["record"] is not None:
        record = StepRecord.model_validate(current["record"])
        reasons = ["replayed — recorded result reused, no new call", *record.reasons]
        update = record.model_copy(update={"reasons": reasons})
        return finish_step(state, current["output"], update)
    if kind in ("generate", "grounded"):
        return model_turn(engine, state, ctx, current)
    if kind == "mcp":
        return engine.tool_turn.run_mcp(state, ctx, current)
    started = time.perf_counter()
    citations: list[CitationData] = []
    if kind == "handler" and current["handler"] is not None:
        text = current["handler"]["answer"]
    elif kind in ("extractive", "not_covered") and current["doc"] is not None:
        text, citations = current["doc"]["answer"], current["doc"]["citations"]
    else:
        text = current["route"]["refusal"] or "No tier can carry this step."
    # No model ran: the step started when this node did.
    work: Work = {
        "route": current["route"],
        "started": time.time() - (time.perf_counter() - started),
    }
    return complete_step(engine.models, state, work, text, citations)


def call_tools(state: State, runtime: Runtime[Context]) -> State:
    """Run the tool calls the model proposed, after any confirmation they need."""
    question = pending_elicitation(state)
    if question is not None:
        # An MCP server asked the user something mid-call: pause like an approval.
        update = answer_elicitation(state, interrupt(question))
        return {**update, "path": [*state["path"], "call_tools"]}
    tool_turn = engine_for(runtime).tool_turn
    ctx = context_of(runtime)
    approvals: dict[str, bool] = {}
    # Every question is asked before any tool runs, so resuming never repeats a side effect.
    for pending in tool_turn.pending_confirmations(state, ctx):
        answer = interrupt({"type": "confirm_tool", **pending})
        approvals[pending["id"]] = answer is True or (
            isinstance(answer, dict) and answer.get("approve") is True
        )
    update = tool_turn.call_tools(state, ctx, approvals)
    return {**update, "path": [*state["path"], "call_tools"]}


def synthesize(state: State) -> State:
    """Compose the answer from the step outputs (a template, no model)."""
    answer, citations = compose_answer(state["plan"], state["outputs"])
    if state.get("stop_reason"):
        answer += f"\n\n(Stopped early: {state['stop_reason']}.)"
    return {"answer": answer, "citations": citations, "path": [*state["path"], "synthesize"]}


def verify(state: State) -> State:
    """Drop citation markers that point at nothing; never return an empty answer."""
    answer = verify_citations(state["answer"], state["citations"])
    return {"answer": answer, "path": [*state["path"], "verify"]}


def record(state: State, runtime: Runtime[Context]) -> State:
    """Close the turn: the answer joins the conversation and the run is traced.

    A refused question is not recorded at all: its turn added nothing to keep.
    """
    engine = engine_for(runtime)
    ctx = context_of(runtime)
    path = [*state["path"], "record"]
    if state.get("stop_reason") in REJECTION_REASONS:
        return {"path": path}
    store_trace(engine.traces, engine.models, {**state, "path": path}, ctx)
    # Written only for public runs whose every step was public (graphs.recording).
    remember_answer(engine.cache, state, ctx, version=dependency_version(engine, ctx.workspace))
    quoted = answer_quotes_personal_data(
        state["answer"], state.get("privacy_types", []), engine.settings
    )
    return {
        "messages": [
            answer_message(
                state["answer"],
                quotes_personal_data=quoted,
                tool_result=tool_number(state.get("outputs", [])),
            )
        ],
        "path": path,
    }
