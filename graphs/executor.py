"""What ``route_step``, ``execute_step`` and ``record`` do, kept out of the wiring module.

Routing gathers the step's facts (deterministic handler, document coverage,
privacy, replay pins) into a ``StepRequest`` for the router. Execution runs
the chosen track; a model failure re-routes once to another *allowed* tier
(never to the cloud for a ``local_only`` step) and otherwise fails with a
clear message.
"""

from __future__ import annotations

import time
from dataclasses import asdict, replace
from datetime import datetime
from typing import Any

import httpx
import openai

from agents.documents import DocPlan, extractive_fallback, plan_document_step
from agents.gate import Confirm
from agents.mcp.permissions import FROM_CONFIG
from agents.mcp_dispatch import McpDispatch, match_mcp_step
from agents.model_step import call_model, run_tool_calls
from agents.policy import Role, purpose_for_kind
from agents.toolbox import ToolBox
from core.audit import AuditLog, AuditScope, audit_scope
from core.errors import PrivacyBlockedError, SwitchyardError
from core.models.registry import ModelRegistry
from core.privacy import restore
from core.router import Router, Spend, StepRequest
from core.text import detect_language, estimate_tokens
from core.trace_store import TraceStore
from core.types import PrivacyClass, RouteDecision, StepRecord
from graphs import policy
from graphs.mcp_step import run_mcp_step
from graphs.prompting import build_prompt, passages_for, previous_handler, replayed_step
from graphs.recording import step_record, write_trace
from graphs.state import Context, State
from tools.handlers import match_deterministic

# Failures of a model call that justify re-routing (transport, server, missing model).
MODEL_ERRORS: tuple[type[BaseException], ...] = (
    SwitchyardError,
    httpx.HTTPError,
    openai.OpenAIError,
    ConnectionError,
    TimeoutError,
)


class StepExecutor:
    """Routes and runs single steps; holds no per-user state."""

    def __init__(
        self,
        *,
        models: ModelRegistry,
        router: Router,
        tools: ToolBox,
        docs: Any | None,
        traces: TraceStore | None,
        audit: AuditLog | None = None,
    ) -> None:
        self.models = models
        self.router = router
        self.tools = tools
        self.docs = docs
        self.traces = traces
        self.audit = audit
        self.settings = models.settings

    def role(self, ctx: Context) -> Role:
        """The role enforced for this run (config first; see ``graphs.policy``)."""
        return policy.enforced_role(self.settings, ctx)

    def _box(self, state: State, kind: str, scope: AuditScope | None = None) -> ToolBox:
        """The tool box scoped to this step: what the gate knows at call time."""
        work = state.get("work") or {}
        overrides = {name: FROM_CONFIG[o.permission] for name, o in self.settings.mcp.tools.items()}
        external = self.tools.external
        return self.tools.scoped(
            purpose_for_kind(kind),
            policy.trusted_text(state),
            taint=policy.taint_labels(state, kind, work, bool(external)),
            sources=policy.untrusted_sources(work, [t.description for t in external]),
            overrides=overrides,
            audit=self.audit if scope is not None else None,
            scope=scope,
            tier=str((work.get("route") or {}).get("tier") or "") or None,
        )

    # -- routing -----------------------------------------------------------------------
    def route(self, state: State, ctx: Context) -> dict[str, Any]:
        """Collect the step's facts and ask the router where it goes."""
        index = state["step_index"]
        text = state["plan"][index]
        pinned = ctx.pinned_tiers.get(index)
        recorded = ctx.replay_outputs.get(index)
        if recorded is not None and pinned is None:
            return replayed_step(index, text, recorded, state["privacy"])
        previous = previous_handler(state)
        now = datetime.fromisoformat(ctx.now_iso) if ctx.now_iso else None
        handler = None if pinned else match_deterministic(text, previous=previous, now=now)
        dispatch = None if handler or pinned else self._mcp_dispatch(text)
        doc: DocPlan | None = None
        if handler is None and dispatch is None and self.docs is not None:
            doc = plan_document_step(self.docs, text, collection=ctx.workspace, pinned=bool(pinned))
        kind: str = (
            "handler" if handler else "mcp" if dispatch else (doc.kind if doc else "generate")
        )
        handler_name = (
            handler.handler
            if handler
            else f"MCP tool {dispatch.server}.{dispatch.tool}"
            if dispatch
            else doc.handler_name
            if doc
            else None
        )
        privacy: PrivacyClass = state["privacy"]
        privacy_reason = ", ".join(state.get("privacy_types", []))
        if doc is not None and doc.pii_types:
            privacy = "local_only"
            privacy_reason = ", ".join([*([privacy_reason] if privacy_reason else []), "passages"])
        request = StepRequest(
            text=text,
            language=detect_language(text),
            handler=handler_name,
            privacy=privacy,
            privacy_reason=privacy_reason,
            needs_tools=kind == "generate",
            prompt_tokens=estimate_tokens(text) + (doc.prompt_tokens if doc else 0) + 60,
            pinned_tier=pinned,
            extra_reasons=tuple(doc.reasons)
            if doc
            else ((f"mcp: {dispatch.reason}",) if dispatch else ()),
        )
        decision = self.router.decide(request, self._spend(state))
        pseudonymize = False
        types = [*state.get("privacy_types", []), *(doc.pii_types if doc else [])]
        if (
            kind in ("generate", "grounded")
            and privacy == "local_only"
            and decision.tier != "cloud"
            and policy.may_pseudonymize(self.settings, types)
        ):
            public = replace(request, privacy="public", privacy_reason="")
            alt = self.router.decide(public, self._spend(state))
            if alt.tier == "cloud" and alt.refusal is None:
                note = f"privacy: {', '.join(sorted(set(types)))} pseudonymized for the cloud"
                decision = alt.model_copy(update={"reasons": (*alt.reasons, note)})
                pseudonymize = True
        fallback = extractive_fallback(doc, text) if doc and decision.refusal else None
        if fallback is not None:
            # Privacy or capability left no model for a document question: the cited
            # document sentences still answer it, locally and deterministically.
            kind, doc = "extractive", fallback
            decision = decision.model_copy(
                update={"reasons": (*decision.reasons, fallback.reasons[-1]), "refusal": None}
            )
        elif decision.refusal is not None:
            kind = "refusal"
        current = {
            "index": index,
            "text": text,
            "kind": kind,
            "route": decision.model_dump(mode="json"),
            "request": asdict(request),
            "handler": handler.model_dump(mode="json") if handler else None,
            "doc": doc.model_dump() if doc else None,
            "mcp": asdict(dispatch) if dispatch else None,
            "privacy": privacy,
            "pseudonymize": pseudonymize,
        }
        policy.audit_route(self.audit, policy.scope_for(state, ctx, self.role(ctx)), current)
        return current

    def _mcp_dispatch(self, text: str) -> McpDispatch | None:
        source = self.tools.external_source
        if source is None:
            return None
        # The gate decides the call when the step runs (and asks a human when it must).
        return match_mcp_step(text, source.known_tools())

    def _spend(self, state: State) -> Spend:
        turn = sum(float(r.get("cost", 0.0)) for r in state.get("records", []))
        session = self.traces.session_spend(state.get("thread_id", "")) if self.traces else 0.0
        return Spend(turn_usd=turn, session_usd=session + turn)

    # -- execution -----------------------------------------------------------------------
    def execute(self, state: State, ctx: Context) -> dict[str, Any]:
        """Run the routed step, or one more model turn of it; returns the state update."""
        current = state["current"]
        kind = current["kind"]
        route = RouteDecision.model_validate(current["route"])
        if kind == "replayed":
            record = StepRecord.model_validate(current["record"])
            reasons = ["replayed — recorded result reused, no new call", *record.reasons]
            return self._finish(
                state, current["output"], record.model_copy(update={"reasons": reasons})
            )
        if kind not in ("generate", "grounded"):
            started = time.perf_counter()
            citations: list[dict[str, Any]] = []
            if kind == "mcp":
                return self._run_mcp(state, ctx, current)
            if kind == "handler":
                text = current["handler"]["answer"]
            elif kind in ("extractive", "not_covered"):
                text, citations = current["doc"]["answer"], current["doc"]["citations"]
            else:
                text = route.refusal or "No tier can carry this step."
            work = {
                "route": current["route"],
                "started": time.time() - (time.perf_counter() - started),
            }
            return self._complete(state, work, text, citations)
        return self._model_turn(state, ctx, current)

    def _run_mcp(self, state: State, ctx: Context, current: dict[str, Any]) -> dict[str, Any]:
        role = self.role(ctx)
        scope = policy.scope_for(state, ctx, role)
        work, text = run_mcp_step(
            self.tools.external_source,
            self._box(state, "mcp", scope),
            current,
            role=role,
            audit=self.audit,
            scope=scope,
            work=state.get("work"),
        )
        if text is None:
            # Waiting for a human's yes: call_tools asks, runs the call, and comes back here.
            return {"work": work}
        return self._complete(state, work, text)

    def _model_turn(self, state: State, ctx: Context, current: dict[str, Any]) -> dict[str, Any]:
        work: dict[str, Any] = dict(state.get("work") or {})
        if not work:
            pseudo = bool(current.get("pseudonymize"))
            model_id = current["route"].get("model")
            window = self.models.profile(model_id).context_window if model_id else 8192
            work = {
                "route": current["route"],
                "messages": build_prompt(
                    state, current, with_context=not pseudo, max_passages=passages_for(window)
                ),
                "tokens_in": 0,
                "tokens_out": 0,
                "tool_calls": [],
                "started": time.time(),
                "session": asdict(policy.session_usage(self.traces, state.get("thread_id", ""))),
            }
        route = RouteDecision.model_validate(work["route"])
        if route.tier == "cloud" and (work.get("local_reason") or current.get("pseudonymize")):
            route = self._keep_local(state, current, work, route)
            if route.refusal is not None:
                return self._complete(state, work, route.refusal)
        stop = policy.session_token_stop(self.settings, state, work)
        if stop is not None:
            return self._stopped(state, ctx, work, stop)
        role = self.role(ctx)
        box = self._box(state, current["kind"])
        for _attempt in range(2):
            model_id = route.model or ""
            profile = self.models.profile(model_id)
            pseudonyms = work.get("pseudonyms")
            outgoing = work["messages"]
            if pseudonyms is not None:
                shield = policy.Pseudonymizer(frozenset(self.settings.privacy.never_leaves))
                outgoing = shield.messages(outgoing)
                pseudonyms = shield.mapping
                if shield.blocked:
                    # Something in the prompt may not leave even as a placeholder: go local.
                    work.pop("pseudonyms", None)
                    work["local_reason"] = f"{shield.blocked} may not leave, even pseudonymized"
                    route = self._keep_local(state, current, work, route)
                    if route.refusal is not None:
                        return self._complete(state, work, route.refusal)
                    outgoing, pseudonyms = work["messages"], None
                    model_id, profile = route.model or "", self.models.profile(route.model or "")
            try:
                with audit_scope(policy.scope_for(state, ctx, role)):
                    turn = call_model(
                        self.models.chat_model(model_id),
                        outgoing,
                        # A pseudonymized step gets no tools: results would bypass the shield.
                        toolbox=box if pseudonyms is None else None,
                        tool_calling=profile.tool_calling,
                        role=role,
                    )
            except PrivacyBlockedError as exc:
                # The egress guard caught what routing should have: fail closed, no retry.
                work["error"] = str(exc)
                return self._complete(
                    state, {**work, "route": route.model_dump(mode="json")}, str(exc)
                )
            except MODEL_ERRORS as exc:
                reason = f"{model_id} failed: {type(exc).__name__}: {str(exc)[:160]}"
                self.models.mark_down(model_id, reason)
                retry = self.router.decide(StepRequest(**current["request"]), self._spend(state))
                work["error"] = reason
                work.pop("pseudonyms", None)
                if retry.refusal is not None or retry.model in (None, model_id):
                    text = retry.refusal or f"The {route.tier} model failed ({reason})."
                    return self._complete(
                        state, {**work, "route": retry.model_dump(mode="json")}, text
                    )
                route = retry.model_copy(
                    update={"degraded": True, "reasons": (*retry.reasons, f"retry: {reason}")}
                )
                continue
            work["route"] = route.model_dump(mode="json")
            work["tokens_in"] += turn.tokens_in
            work["tokens_out"] += turn.tokens_out
            budget = self.settings.budget
            if turn.reply.tool_calls and pseudonyms is None:
                if self._tool_calls_left(state, work) <= 0:
                    note = policy.tool_budget_note(self.settings, state, work)
                    return self._stopped(state, ctx, work, note)
                if work["tokens_in"] + work["tokens_out"] > budget.max_tokens_per_turn:
                    note = f"token budget of {budget.max_tokens_per_turn} per turn reached"
                    return self._stopped(state, ctx, work, note)
                work["messages"] = [*work["messages"], turn.reply]
                work["pending"] = True
                return {"work": work}
            text = restore(turn.text, pseudonyms) if pseudonyms else turn.text
            return self._complete(state, work, text)
        return self._complete(state, work, "The model failed twice; try again later.")

    def _keep_local(
        self, state: State, current: dict[str, Any], work: dict[str, Any], route: RouteDecision
    ) -> RouteDecision:
        """A cloud step that became local-only mid-way moves to the local tier, or is shielded."""
        if not work.get("local_reason"):
            work["pseudonyms"] = {}
            return route
        request = replace(
            StepRequest(**current["request"]),
            privacy="local_only",
            privacy_reason=str(work["local_reason"]),
        )
        local = self.router.decide(request, self._spend(state))
        work["route"] = local.model_dump(mode="json")
        return local

    def _stopped(
        self, state: State, ctx: Context, work: dict[str, Any], note: str
    ) -> dict[str, Any]:
        if self.audit is not None:
            scope = policy.scope_for(state, ctx, self.role(ctx))
            self.audit.record("budget", "stopped", detail=note, scope=scope)
        return self._complete(state, {**work, "budget_note": note}, f"Stopped: {note}.")

    def _tool_calls_left(self, state: State, work: dict[str, Any]) -> int:
        return policy.tool_calls_left(self.settings, state, work)

    def call_tools(self, state: State, ctx: Context, approvals: dict[str, bool]) -> dict[str, Any]:
        """Run the pending tool calls (approvals already collected by the graph)."""
        work: dict[str, Any] = dict(state.get("work") or {})
        reply = work["messages"][-1]
        role = self.role(ctx)
        scope = policy.scope_for(state, ctx, role)
        messages, outcomes, tripped = run_tool_calls(
            self._box(state, state["current"]["kind"], scope),
            reply,
            role=role,
            approvals=approvals,
            remaining=self._tool_calls_left(state, work),
        )
        route = RouteDecision.model_validate(work["route"])
        policy.audit_outcomes(self.audit, scope, outcomes, route.tier)
        work["messages"] = [*work["messages"], *messages]
        work["tool_calls"] = [*work.get("tool_calls", []), *[asdict(o) for o in outcomes]]
        work["pending"] = False
        taint = policy.taint_reason(outcomes)
        if taint and not work.get("local_reason"):
            work["local_reason"] = taint
        if tripped:
            work["budget_note"] = policy.tool_budget_note(self.settings, state, work)
        # Tool results are untrusted text: the conversation stays tainted from here on.
        ran = [f"tool:{o.tool}" for o in outcomes if not o.denied]
        return {"work": work, "taint": list(dict.fromkeys([*state.get("taint", []), *ran]))}

    def pending_confirmations(self, state: State, ctx: Context) -> list[dict[str, Any]]:
        """Tool calls of the pending reply that the gate says need a human's yes.

        A call the gate refuses anyway (role, purpose, personal data, planted target,
        unknown tool) is not put to the human: it is denied without asking. Each request
        shows where every argument came from and flags untrusted origins.
        """
        reply = (state.get("work") or {})["messages"][-1]
        role = self.role(ctx)
        box = self._box(state, state["current"]["kind"])
        pending: list[dict[str, Any]] = []
        for call in reply.tool_calls:
            decision = box.authorize(call["name"], call["args"], role, record=False)
            if isinstance(decision, Confirm):
                pending.append(
                    {
                        "id": call.get("id") or call["name"],
                        "tool": call["name"],
                        "args": call["args"],
                        "reason": decision.reason,
                        "origins": {o.key: o.origin for o in decision.origins},
                        "flagged": decision.flagged,
                    }
                )
        return pending

    def _complete(
        self,
        state: State,
        work: dict[str, Any],
        text: str,
        citations: list[dict[str, Any]] | None = None,
    ) -> dict[str, Any]:
        current = state["current"]
        if citations is None and current["kind"] == "grounded" and current.get("doc"):
            citations = current["doc"]["citations"]
        output = {
            "text": text,
            "citations": citations or [],
            "handler": current["handler"],
            "kind": current["kind"],
        }
        return self._finish(state, output, step_record(self.models, current, work, text))

    def _finish(self, state: State, output: dict[str, Any], record: StepRecord) -> dict[str, Any]:
        local = record.privacy == "local_only"
        return {
            "outputs": [*state["outputs"], output],
            "records": [*state["records"], record.model_dump(mode="json")],
            "step_index": state["step_index"] + 1,
            "privacy": "local_only" if local else state["privacy"],
            "thread_privacy": "local_only" if local else state["thread_privacy"],
            "work": None,
        }

    # -- recording -----------------------------------------------------------------------
    def write_trace(self, state: State, ctx: Context) -> None:
        """Store the run (masked) in the local trace store."""
        write_trace(self.traces, self.models, state, ctx)
