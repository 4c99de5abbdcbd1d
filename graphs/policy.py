"""Per-step guards the executor applies: roles, taint, session budgets, pseudonyms, audit.

Kept out of ``graphs/executor.py`` so the wiring of a step stays readable and each
rule here can be tested on its own.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from agents.policy import Role, args_pii_types, effective_role
from agents.provenance import Origin
from core.audit import AuditLog, AuditScope, EventKind
from core.privacy import PII_TYPES, scan
from core.privacy.pseudonym import Pseudonymizer as CorePseudonymizer
from core.settings import Settings
from core.trace_store import TraceStore
from core.types import RouteDecision
from graphs.step_data import Context, Current

if TYPE_CHECKING:
    # Annotations only: the CLI's fast path audits a route without LangChain or LangGraph.
    from langchain_core.messages import BaseMessage

    from agents.toolbox import ToolCallOutcome
    from graphs.state import State, Work


def enforced_role(settings: Settings, ctx: Context) -> Role:
    """The role the backend enforces for this run (config wins; UI claims are capped)."""
    roles = settings.roles
    return effective_role(ctx.role, roles.users.get(ctx.user_id), roles.default)


def scope_for(state: State, ctx: Context, role: Role) -> AuditScope:
    """Who is acting in this run, for audit events."""
    return AuditScope(
        user_id=ctx.user_id,
        role=role,
        thread_id=str(state.get("thread_id") or ""),
        run_id=str(state.get("run_id") or ""),
    )


def trusted_text(state: State) -> str:
    """The user's own words in this conversation: where side-effect targets may come from."""
    said = [str(m.content) for m in state.get("messages", []) if m.type == "human"]
    return "\n".join([*said, str(state.get("question", ""))])


def taint_labels(state: State, kind: str, work: Work, external: bool) -> tuple[str, ...]:
    """Why the conversation carries untrusted text, as of this step.

    The persisted ``taint`` of earlier steps and turns, plus what this step shows its
    model: documents, tool results, third-party tool descriptions, earlier answers.
    """
    labels = list(state.get("taint") or [])
    if kind == "grounded":
        labels.append("document")
    if any(m.type == "tool" for m in work.get("messages", [])):
        labels.append("tool_result")
    if external:
        labels.append("tool_description")
    if state.get("outputs") or any(m.type == "ai" for m in state.get("messages", [])):
        labels.append("earlier_answer")
    return tuple(dict.fromkeys(labels))


def untrusted_sources(
    work: Work, descriptions: Iterable[str] = ()
) -> tuple[tuple[Origin, str], ...]:
    """The untrusted texts this step's model has seen, by origin: tool results and
    third-party tool descriptions (``tool``) and document passages (``document``)."""
    sources: list[tuple[Origin, str]] = [("tool", d) for d in descriptions if d]
    for message in work.get("messages", []):
        content = str(message.content)
        if message.type == "tool":
            sources.append(("tool", content))
        elif '<data kind="document' in content:
            sources.append(("document", content))
    return tuple(sources)


def taint_reason(outcomes: Iterable[ToolCallOutcome]) -> str | None:
    """Why tool traffic makes the step local-only (``None`` when it does not)."""
    for outcome in outcomes:
        if outcome.local_only:
            return f"result of {outcome.tool} from a local-only source"
        types = sorted({str(f.type) for f in scan(outcome.output)}) or args_pii_types(outcome.args)
        if types:
            return f"tool traffic of {outcome.tool} carries personal data ({', '.join(types)})"
    return None


@dataclass(frozen=True)
class SessionUsage:
    """Tokens and tool calls already used in this conversation (earlier turns)."""

    tokens: int = 0
    tool_calls: int = 0


def session_usage(traces: TraceStore | None, thread_id: str) -> SessionUsage:
    """Sum the conversation's earlier turns from the trace store (replays excluded)."""
    if traces is None or not thread_id:
        return SessionUsage()
    runs = [r for r in traces.list_runs(thread_id=thread_id, limit=10_000) if not r.parent_run_id]
    return SessionUsage(
        tokens=sum(r.tokens_in + r.tokens_out for r in runs),
        tool_calls=sum(s.tool_calls for r in runs for s in r.steps),
    )


def turn_tokens(state: State, work: Work) -> int:
    """Model tokens used so far in this turn, including the step in progress."""
    done = sum(int(r.get("tokens_in", 0)) + int(r.get("tokens_out", 0)) for r in state["records"])
    return done + int(work.get("tokens_in", 0)) + int(work.get("tokens_out", 0))


def tool_calls_left(settings: Settings, state: State, work: Work) -> int:
    """Tool calls left under both the per-turn and the per-session budget."""
    budget = settings.budget
    used = sum(int(r.get("tool_calls", 0)) for r in state.get("records", []))
    used += len(work.get("tool_calls", []))
    session = int(work.get("session", {}).get("tool_calls", 0))
    return min(
        budget.max_tool_calls_per_turn - used,
        budget.max_tool_calls_per_session - session - used,
    )


def tool_budget_note(settings: Settings, state: State, work: Work) -> str:
    """Which tool-call budget tripped, with the key to raise."""
    budget = settings.budget
    used = sum(int(r.get("tool_calls", 0)) for r in state.get("records", []))
    used += len(work.get("tool_calls", []))
    if budget.max_tool_calls_per_turn - used <= 0:
        return f"tool-call budget of {budget.max_tool_calls_per_turn} per turn reached"
    return (
        f"tool-call budget of this conversation (budget.max_tool_calls_per_session = "
        f"{budget.max_tool_calls_per_session}) reached; start a new conversation"
    )


def session_token_stop(settings: Settings, state: State, work: Work) -> str | None:
    """A message when the conversation's token budget is spent (``None`` while it is not)."""
    budget = settings.budget
    used = int(work.get("session", {}).get("tokens", 0)) + turn_tokens(state, work)
    if used >= budget.max_tokens_per_session:
        return (
            f"this conversation used {used:,} model tokens, its budget "
            f"(budget.max_tokens_per_session = {budget.max_tokens_per_session:,}) is spent; "
            "start a new conversation or raise the limit in switchyard.toml"
        )
    return None


def audit_route(audit: AuditLog | None, scope: AuditScope, current: Current) -> None:
    """Record a routing decision (tier, privacy and the router's reasons, masked)."""
    if audit is None:
        return
    route = RouteDecision.model_validate(current["route"])
    decision = f"{current['kind']} on {route.tier}" + (" (refused)" if route.refusal else "")
    audit.record(
        "route",
        decision,
        tier=route.tier,
        detail=f"step={current['index']} privacy={current['privacy']} model={route.model} "
        f"reasons={'; '.join(route.reasons)}",
        scope=scope,
    )


def audit_outcomes(
    audit: AuditLog | None, scope: AuditScope, outcomes: Iterable[ToolCallOutcome], tier: str
) -> None:
    """Record each tool call: ran, failed or refused outside the gate (arguments hashed)."""
    if audit is None:
        return
    for o in outcomes:
        if o.gated:
            continue  # the policy gate already wrote the row for its decision
        kind: EventKind = "denial" if o.denied else "tool_call"
        decision = f"denied: {o.denied}" if o.denied else ("error" if o.is_error else "ran")
        audit.record(
            kind,
            decision,
            tool=o.tool,
            args=o.args,
            tier=tier,
            detail=f"server={o.server}" if o.server else "",
            scope=scope,
        )


class Pseudonymizer(CorePseudonymizer):
    """The one pseudonymizer (``core.privacy.pseudonym``), plus chat messages."""

    def messages(self, messages: list[BaseMessage]) -> list[BaseMessage]:
        """Copies of ``messages`` with string contents pseudonymized, one mapping for all."""
        texts = [m.content for m in messages if isinstance(m.content, str)]
        replaced = iter(self.texts(texts))
        return [
            m.model_copy(update={"content": next(replaced)}) if isinstance(m.content, str) else m
            for m in messages
        ]


def may_pseudonymize(settings: Settings, types: Iterable[str]) -> bool:
    """True when config allows the cloud with placeholders for every one of ``types``."""
    if not settings.privacy.pseudonymize_for_cloud:
        return False
    wanted = set(types)
    known = set(PII_TYPES)
    # "earlier turn", "passages" and local-source taints are not findings we can replace.
    return bool(wanted) and wanted <= known and not wanted & set(settings.privacy.never_leaves)
