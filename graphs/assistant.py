"""The assistant graph (DESIGN.md data flow).

guard_input → answer_from_faq ─hit→ record
                  │miss
                  ▼
                plan → route_step → execute_step ─(more steps)→ route_step
                                        │ ⇅ call_tools (asks before destructive tools: interrupt)
                                        │done
                                        ▼
                                    synthesize → verify → record

Importing this module has no side effects (no data directory, no model load):
``graphs.studio`` builds the graph for ``langgraph.json``.
"""

from __future__ import annotations

from typing import Any, Literal, assert_never

from langgraph.checkpoint.base import BaseCheckpointSaver
from langgraph.graph import END, START, StateGraph
from langgraph.graph.state import CompiledStateGraph

from agents.toolbox import ToolBox
from core.answer_cache import AnswerCache
from core.audit import AuditLog
from core.models.registry import ModelRegistry
from core.router import Router
from core.trace_store import TraceStore
from graphs.engine import ENGINE_KEY, Engine
from graphs.nodes import (
    answer_from_faq,
    call_tools,
    execute_step,
    guard_input,
    plan,
    record,
    route_step,
    synthesize,
    verify,
)
from graphs.state import Context, State
from tools.faq import FaqBook

AssistantGraph = CompiledStateGraph[State, Context, State, State]


def build_graph(
    *,
    models: ModelRegistry,
    tools: ToolBox,
    # Any: LangGraph's savers are generic over their config type, which we never narrow.
    checkpointer: BaseCheckpointSaver[Any] | None,
    router: Router | None = None,
    faq: FaqBook | None = None,
    # Any: the document store or a stand-in with its search methods (``Engine.docs``).
    docs: Any | None = None,
    traces: TraceStore | None = None,
    cache: AnswerCache | None = None,
    audit: AuditLog | None = None,
) -> AssistantGraph:
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

    Returns:
        The compiled graph, with its engine bound so callers need not pass one.
    """
    settings = models.settings
    engine = Engine(
        models=models,
        router=router or Router(models, settings.router, settings.budget),
        tools=tools,
        docs=docs,
        traces=traces,
        cache=cache,
        audit=audit,
        faq=faq,
    )
    return compile_assistant(engine, checkpointer)


def compile_assistant(
    engine: Engine, checkpointer: BaseCheckpointSaver[Any] | None
) -> AssistantGraph:
    """The assistant's nodes and edges, compiled with ``engine`` bound as the default."""
    builder = StateGraph(State, context_schema=Context)
    # Registered by function name: the names are the node ids the edges below use.
    builder.add_node(guard_input)
    builder.add_node(answer_from_faq)
    builder.add_node(plan)
    builder.add_node(route_step)
    builder.add_node(execute_step)
    builder.add_node(call_tools)
    builder.add_node(synthesize)
    builder.add_node(verify)
    builder.add_node(record)
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
    compiled = builder.compile(checkpointer=checkpointer, name="switchyard-assistant")
    return compiled.with_config(configurable={ENGINE_KEY: engine})


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
    work = state.get("work")
    outcome: Literal["tools", "more", "done"] = (
        "tools"
        if work and work.get("pending")
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
