"""Answer a question that plain code can answer, without building the LangGraph graph.

A one-shot ``switchyard ask "3+4"`` paid seconds of imports (LangGraph, LangChain,
the RAG stack) and service start-up for an answer the calculator gives in
microseconds. ``answer_in_code`` runs the graph's own code-only stage
(``graphs.code_stage``, the functions the nodes call) in the order the graph runs
it: guard → curated FAQ → plan → deterministic handler → synthesize → verify →
record. It records the same step records, audit route and trace. Whenever the turn
would leave that path it returns ``None`` *before writing anything*, and the caller
runs the full graph:

- the question is refused, or carries personal data (privacy is the graph's call);
- a conversation is continued (its history lives in the LangGraph checkpoint);
- a cached answer might exist for it (the graph would serve that instead);
- the plan has several steps, or the one step has no deterministic handler;
- replay pins or a forced tier are set;
- runs are exported to LangSmith (a LangChain callback on the graph exports them).

A new conversation answered here writes no LangGraph checkpoint. When it is continued
(``ask --thread``), ``carry_code_turn`` first puts the recorded turn into the graph's
conversation, so the history is the same as if the graph had answered it.
"""

from __future__ import annotations

import time
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from core import answer_cache as cache_schema
from core import audit as audit_schema
from core import trace_store as trace_schema
from core.answer_cache import AnswerCache
from core.audit import AuditLog
from core.difficulty_user import model_for
from core.egress import allow_public_contacts, audit_listener
from core.model_settings import apply_stored
from core.models.registry import ModelRegistry
from core.privacy import mask
from core.router import Router
from core.settings import Settings, ensure_data_dir
from core.storage import open_store
from core.trace_store import TraceStore
from core.types import StepRecord
from graphs.ask_result import AskResult
from graphs.code_stage import (
    answer_quotes_personal_data,
    faq_answer,
    guard_turn,
    plan_turn,
    step_request,
    turn_spend,
)
from graphs.own_documents_check_55o import own_documents_mention
from graphs.policy import audit_route, enforced_role, scope_for
from graphs.recording import cacheable, complete_step, write_trace
from graphs.step_data import (
    Context,
    handler_data,
    new_current,
    request_data,
    route_data,
)
from graphs.synthesis import compose_answer, verify_citations
from tools.faq import FaqBook
from tools.handlers import match_deterministic

if TYPE_CHECKING:
    from graphs.state import State, Work

# The nodes a turn passes through, as the graph records them in ``path``.
_FAQ_PATH = ["guard_input", "answer_from_faq", "record"]
_HANDLER_PATH = [
    "guard_input",
    "answer_from_faq",
    "plan",
    "route_step",
    "execute_step",
    "synthesize",
    "verify",
    "record",
]


@dataclass(frozen=True)
class CodeServices:
    """The services a code-only turn needs: no models built, no documents, no graph."""

    settings: Settings
    models: ModelRegistry
    router: Router
    faq: FaqBook | None
    traces: TraceStore
    audit: AuditLog
    cache: AnswerCache


def open_code_services(settings: Settings) -> CodeServices:
    """Open the stores ``graphs.services.build_services`` opens, the same way.

    Args:
        settings: Validated settings.
    """
    # As build_services: the tiers saved on the settings page, the user's fitted router.
    settings = apply_stored(settings)
    ensure_data_dir(settings)
    allow_public_contacts(settings.privacy.public_contacts)
    audit = AuditLog(open_store(settings, audit_schema.SCHEMA, wal=True))
    models = ModelRegistry(settings, egress_listener=audit_listener(audit))
    faq = FaqBook.load(settings.faq_path) if Path(settings.faq_path).is_file() else None
    return CodeServices(
        settings=settings,
        models=models,
        router=Router(models, settings.router, settings.budget, model_for(settings.data_dir)),
        faq=faq,
        traces=TraceStore(open_store(settings, trace_schema.SCHEMA, foreign_keys=True), mask=mask),
        audit=audit,
        cache=AnswerCache(open_store(settings, cache_schema.SCHEMA, wal=True)),
    )


def answer_in_code(
    services: CodeServices, question: str, ctx: Context | None = None
) -> AskResult | None:
    """The turn's result when plain code answers it in a new conversation, else ``None``.

    Args:
        services: The stores and router (``open_code_services``).
        question: The question as asked.
        ctx: Who asks, where (defaults as for the graph).

    Returns:
        The same ``AskResult`` the graph would return, with its trace and audit
        written; ``None`` (nothing written) when the graph must answer.
    """
    ctx = ctx or Context()
    if ctx.pinned_tiers or ctx.replay_outputs or ctx.forced_tier:
        return None
    if _exports_to_langsmith(services.settings):
        return None
    state = _guarded(services, question)
    if state is None:
        return None
    started = time.perf_counter()
    curated = faq_answer(services.faq, state["question"], state["privacy"], started)
    if curated is not None:
        if own_documents_mention(services.settings, ctx.workspace, state["question"]):
            return None  # own_documents_check_55o: the user's own document may answer instead
        state.update(curated)
        state["path"] = list(_FAQ_PATH)
        return _finish(services, state, ctx)
    if _maybe_cached(services, state, ctx):
        return None
    return _run_handler_step(services, state, ctx)


def _exports_to_langsmith(settings: Settings) -> bool:
    if not settings.langsmith_tracing:
        return False  # off: no need to import the exporter (and ``requests``) to say so
    from core.tracing_export import export_enabled

    return export_enabled(settings)


def _guarded(services: CodeServices, question: str) -> State | None:
    thread, run_id = uuid.uuid4().hex[:12], uuid.uuid4().hex
    state: State = {"question": question, "run_id": run_id, "thread_id": thread}
    state["parent_run_id"] = None
    state.update(guard_turn(question, [], services.settings))
    if state.get("stop_reason") or state["privacy"] != "public":
        return None
    return state


def _maybe_cached(services: CodeServices, state: State, ctx: Context) -> bool:
    # The graph looks the answer cache up under the current dependency version, which
    # hashes the workspace's documents (the RAG stack). Any entry for this question
    # sends the turn to the graph, which decides with the real version.
    return services.cache.contains(ctx.workspace, ctx.user_id, state["question"])


def _run_handler_step(services: CodeServices, state: State, ctx: Context) -> AskResult | None:
    state.update(plan_turn(state["question"], services.settings.budget.max_steps_per_turn))
    if state.get("stop_reason") or len(state["plan"]) != 1:
        return None
    text = state["plan"][0]
    # Step 0 of a new conversation: no earlier step for a follow-up pattern to extend.
    handler = match_deterministic(text, previous=None, now=None)
    if handler is None:
        return None
    request = step_request(
        text=text,
        kind="handler",
        handler_name=handler.handler,
        privacy=state["privacy"],
        privacy_reason=", ".join(state.get("privacy_types", [])),
    )
    decision = services.router.decide(request, turn_spend(services.traces, state))
    current = new_current(
        index=0,
        text=text,
        kind="handler",
        route=route_data(decision),
        request=request_data(request),
        handler=handler_data(handler),
        privacy=state["privacy"],
    )
    state["current"] = current
    # As ``execute_step`` times a code step: it starts when the step runs.
    work: Work = {"route": current["route"], "started": time.time()}
    state.update(complete_step(services.models, state, work, handler.answer))
    answer, citations = compose_answer(state["plan"], state["outputs"])
    state["answer"] = verify_citations(answer, citations)
    state["citations"] = citations
    state["path"] = list(_HANDLER_PATH)
    return _finish(services, state, ctx)


def _finish(services: CodeServices, state: State, ctx: Context) -> AskResult | None:
    if cacheable(state, ctx):
        # The graph would cache this answer under the dependency version: let it.
        return None
    current = state.get("current")
    if current is not None:
        # ``route_step`` audits its decision; written here, once nothing can send the
        # turn back to the graph (which would audit it again).
        audit_route(
            services.audit, scope_for(state, ctx, enforced_role(services.settings, ctx)), current
        )
    write_trace(services.traces, services.models, state, ctx)
    return AskResult(
        answer=state["answer"],
        thread_id=state["thread_id"],
        run_id=state["run_id"],
        citations=[dict(c) for c in state.get("citations", [])],
        steps=[StepRecord.model_validate(r) for r in state.get("records", [])],
        privacy=state.get("privacy", "public"),
    )


def carry_code_turn(services: Any, thread_id: str) -> bool:
    """Put a code-answered turn into the graph's conversation before the thread continues.

    The code path writes no checkpoint; without this, ``ask --thread`` on its thread would
    start with an empty history. Only a thread the checkpointer does not know is seeded.

    Args:
        services: The built ``graphs.services.Services`` (graph, checkpointer, traces).
        thread_id: The conversation about to continue.

    Returns:
        Whether recorded turns were added.
    """
    config: dict[str, Any] = {"configurable": {"thread_id": thread_id}}
    if services.checkpointer is None or services.graph.get_state(config).values:
        return False
    runs = services.traces.list_runs(limit=100, thread_id=thread_id)
    if not runs:
        return False
    from langchain_core.messages import HumanMessage

    from graphs.turn_privacy import answer_message

    messages: list[Any] = []  # LangChain messages, as ``record`` adds them
    for run in reversed(runs):  # oldest first
        # Only public turns with no personal data take the code path: no privacy reasons.
        quoted = answer_quotes_personal_data(run.answer, [], services.settings)
        messages += [
            HumanMessage(content=run.question),
            answer_message(run.answer, quotes_personal_data=quoted),
        ]
    last = runs[0]
    values = {"messages": messages, "question": last.question, "answer": last.answer}
    services.graph.update_state(config, values, as_node="record")
    return True
