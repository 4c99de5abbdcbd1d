"""What ``route_step``, ``execute_step`` and ``record`` do, kept out of the wiring module.

Routing gathers the step's facts (deterministic handler, document coverage,
privacy, replay pins) into a ``StepRequest`` for the router. Execution runs
the chosen track; a model failure re-routes once to another *allowed* tier
(never to the cloud for a ``local_only`` step) and otherwise fails with a
clear message.
"""

from __future__ import annotations

import time
from dataclasses import asdict
from datetime import datetime
from typing import Any

import httpx
import openai
from langchain_core.messages import BaseMessage, HumanMessage, SystemMessage

from agents.documents import DocPlan, plan_document_step
from agents.mcp_dispatch import McpDispatch, match_mcp_step
from agents.model_step import call_model, run_tool_calls
from agents.prompts import GROUNDED_INSTRUCTIONS, SYSTEM_PROMPT, fence
from agents.toolbox import ToolBox, ToolCallOutcome
from core.errors import PrivacyBlockedError, SwitchyardError
from core.models.registry import ModelRegistry
from core.router import Router, Spend, StepRequest
from core.text import detect_language, estimate_tokens
from core.trace_store import RunRecord, TraceStore
from core.types import PrivacyClass, RouteDecision, StepRecord
from graphs.state import Context, State
from tools.handlers import HandlerResult, match_deterministic

# Failures of a model call that justify re-routing (transport, server, missing model).
MODEL_ERRORS: tuple[type[BaseException], ...] = (
    SwitchyardError,
    httpx.HTTPError,
    openai.OpenAIError,
    ConnectionError,
    TimeoutError,
)
_HISTORY_MESSAGES = 4


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
    ) -> None:
        self.models = models
        self.router = router
        self.tools = tools
        self.docs = docs
        self.traces = traces
        self.settings = models.settings

    # -- routing -----------------------------------------------------------------------
    def route(self, state: State, ctx: Context) -> dict[str, Any]:
        """Collect the step's facts and ask the router where it goes."""
        index = state["step_index"]
        text = state["plan"][index]
        pinned = ctx.pinned_tiers.get(index)
        recorded = ctx.replay_outputs.get(index)
        if recorded is not None and pinned is None:
            return _replayed_step(index, text, recorded, state["privacy"])
        previous = _previous_handler(state)
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
        if decision.refusal is not None:
            kind = "refusal"
        return {
            "index": index,
            "text": text,
            "kind": kind,
            "route": decision.model_dump(mode="json"),
            "request": asdict(request),
            "handler": handler.model_dump(mode="json") if handler else None,
            "doc": doc.model_dump() if doc else None,
            "mcp": asdict(dispatch) if dispatch else None,
            "privacy": privacy,
        }

    def _mcp_dispatch(self, text: str) -> McpDispatch | None:
        source = self.tools.external_source
        if source is None:
            return None
        dispatch = match_mcp_step(text, source.known_tools())
        # Tools that need a human's yes go through the model loop and its interrupt instead.
        if dispatch is None or self.tools.needs_confirmation(f"{dispatch.server}__{dispatch.tool}"):
            return None
        return dispatch

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
        dispatch = McpDispatch(**current["mcp"])
        source = self.tools.external_source
        work: dict[str, Any] = {"route": current["route"], "started": time.time()}
        name = f"{dispatch.server}__{dispatch.tool}"
        if dispatch.running and not self.tools.allowed(name, ctx.role):
            reason = f"role {ctx.role!r} may not run {name}"
            outcome = ToolCallOutcome(name, dispatch.args, f"denied: {reason}", True, reason)
        else:
            try:
                assert source is not None
                result = source.call_tool(dispatch.server, dispatch.tool, dispatch.args)
                text = result.text if not result.is_error else f"error from {name}: {result.text}"
                outcome = ToolCallOutcome(
                    dispatch.tool,
                    dispatch.args,
                    text,
                    result.is_error,
                    None,
                    dispatch.server,
                    result.local_only,
                    result.latency_ms,
                )
            except SwitchyardError as exc:
                work["error"] = str(exc)
                outcome = ToolCallOutcome(
                    dispatch.tool, dispatch.args, f"error: {exc}", True, None, dispatch.server
                )
        work["tool_calls"] = [asdict(outcome)]
        return self._complete(state, work, outcome.output)

    def _model_turn(self, state: State, ctx: Context, current: dict[str, Any]) -> dict[str, Any]:
        work: dict[str, Any] = dict(state.get("work") or {})
        if not work:
            work = {
                "route": current["route"],
                "messages": self._prompt(state, current),
                "tokens_in": 0,
                "tokens_out": 0,
                "tool_calls": [],
                "started": time.time(),
            }
        route = RouteDecision.model_validate(work["route"])
        for _attempt in range(2):
            model_id = route.model or ""
            profile = self.models.profile(model_id)
            try:
                turn = call_model(
                    self.models.chat_model(model_id),
                    work["messages"],
                    toolbox=self.tools if current["kind"] == "generate" else None,
                    tool_calling=profile.tool_calling,
                    role=ctx.role,
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
            if turn.reply.tool_calls and current["kind"] == "generate":
                if self._tool_calls_left(state, work) <= 0:
                    note = f"tool-call budget of {budget.max_tool_calls_per_turn} per turn reached"
                    return self._complete(state, {**work, "budget_note": note}, f"Stopped: {note}.")
                if work["tokens_in"] + work["tokens_out"] > budget.max_tokens_per_turn:
                    note = f"token budget of {budget.max_tokens_per_turn} per turn reached"
                    return self._complete(state, {**work, "budget_note": note}, f"Stopped: {note}.")
                work["messages"] = [*work["messages"], turn.reply]
                work["pending"] = True
                return {"work": work}
            return self._complete(state, work, turn.text)
        return self._complete(state, work, "The model failed twice; try again later.")

    def _tool_calls_left(self, state: State, work: dict[str, Any]) -> int:
        used = sum(int(r.get("tool_calls", 0)) for r in state.get("records", []))
        return self.settings.budget.max_tool_calls_per_turn - used - len(work.get("tool_calls", []))

    def call_tools(self, state: State, ctx: Context, approvals: dict[str, bool]) -> dict[str, Any]:
        """Run the pending tool calls (approvals already collected by the graph)."""
        work: dict[str, Any] = dict(state.get("work") or {})
        reply = work["messages"][-1]
        messages, outcomes, tripped = run_tool_calls(
            self.tools,
            reply,
            role=ctx.role,
            approvals=approvals,
            remaining=self._tool_calls_left(state, work),
        )
        work["messages"] = [*work["messages"], *messages]
        work["tool_calls"] = [*work.get("tool_calls", []), *[asdict(o) for o in outcomes]]
        work["pending"] = False
        if tripped:
            work["budget_note"] = "tool-call budget reached"
        return {"work": work}

    def pending_confirmations(self, state: State, ctx: Context) -> list[dict[str, Any]]:
        """Tool calls of the pending reply that need a human's yes before they run."""
        reply = (state.get("work") or {})["messages"][-1]
        return [
            {"id": c.get("id") or c["name"], "tool": c["name"], "args": c["args"]}
            for c in reply.tool_calls
            if self.tools.needs_confirmation(c["name"]) and self.tools.allowed(c["name"], ctx.role)
        ]

    def _complete(
        self,
        state: State,
        work: dict[str, Any],
        text: str,
        citations: list[dict[str, Any]] | None = None,
    ) -> dict[str, Any]:
        current = state["current"]
        route = RouteDecision.model_validate(work["route"])
        if citations is None and current["kind"] == "grounded" and current.get("doc"):
            citations = current["doc"]["citations"]
        calls = [ToolCallOutcome(**c) for c in work.get("tool_calls", [])]
        local = current["privacy"] == "local_only" or any(c.local_only for c in calls)
        tokens_in, tokens_out = int(work.get("tokens_in", 0)), int(work.get("tokens_out", 0))
        cost = self.models.profile(route.model).cost(tokens_in, tokens_out) if route.model else 0.0
        reasons = list(route.reasons) + [
            f"tool {c.tool}"
            + (f" on MCP server {c.server}" if c.server else "")
            + (f": {c.denied}" if c.denied else "")
            for c in calls
        ]
        if work.get("budget_note"):
            reasons.append(f"budget: {work['budget_note']}")
        record = StepRecord(
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
            tool=",".join(c.tool for c in calls) or (current["handler"] or {}).get("handler"),
            tool_calls=len(calls),
            server=next((c.server for c in calls if c.server), None),
            input_text=current["text"],
            output_text=text,
            alternatives=list(route.alternatives),
            error=work.get("error"),
        )
        output = {
            "text": text,
            "citations": citations or [],
            "handler": current["handler"],
            "kind": current["kind"],
        }
        return self._finish(state, output, record)

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

    def _prompt(self, state: State, current: dict[str, Any]) -> list[BaseMessage]:
        messages: list[BaseMessage] = [SystemMessage(content=SYSTEM_PROMPT)]
        history = list(state.get("messages", []))[:-1][-_HISTORY_MESSAGES:]
        messages.extend(history)
        earlier = [o["text"] for o in state["outputs"]]
        step_text = current["text"]
        if earlier:
            notes = "\n".join(f"step {i + 1}: {t}" for i, t in enumerate(earlier))
            step_text = fence(notes, kind="earlier_steps") + "\n\n" + step_text
        doc = current.get("doc")
        if current["kind"] == "grounded" and doc:
            fenced = "\n\n".join(
                fence(p["text"], kind=f"document {p['id']}", source=p["source"])
                for p in doc["passages"]
            )
            step_text = f"{GROUNDED_INSTRUCTIONS}\n\n{fenced}\n\nQuestion: {step_text}"
        messages.append(HumanMessage(content=step_text))
        return messages

    # -- recording -----------------------------------------------------------------------
    def write_trace(self, state: State, ctx: Context) -> None:
        """Store the run (masked) in the local trace store."""
        if self.traces is None:
            return
        steps = [StepRecord.model_validate(r) for r in state.get("records", [])]
        cloud_id = self.models.model_for_tier("cloud") or "openai:gpt-4o-mini"
        cloud = self.models.profile(cloud_id)
        estimate = sum(
            cloud.cost(
                s.tokens_in or estimate_tokens(s.input_text) + 60,
                s.tokens_out or estimate_tokens(s.output_text),
            )
            for s in steps
        )
        self.traces.record_run(
            RunRecord(
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
        )


def _replayed_step(
    index: int, text: str, recorded: dict[str, Any], privacy: PrivacyClass
) -> dict[str, Any]:
    record = recorded["record"]
    route = RouteDecision(tier=record["tier"], model=record.get("model"), reasons=())
    return {
        "index": index,
        "text": text,
        "kind": "replayed",
        "route": route.model_dump(mode="json"),
        "output": recorded["output"],
        "record": record,
        "handler": recorded["output"].get("handler"),
        "doc": None,
        "privacy": privacy,
    }


def _previous_handler(state: State) -> HandlerResult | None:
    outputs = state.get("outputs", [])
    if not outputs or not outputs[-1].get("handler"):
        return None
    return HandlerResult.model_validate(outputs[-1]["handler"])
