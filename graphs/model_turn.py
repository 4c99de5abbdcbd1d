"""The model turn of a step: one call to the routed model, with retry, shield and budgets.

A model failure re-routes once to another *allowed* tier (never to the cloud
for a ``local_only`` step) and otherwise fails with a clear message. A step
that became local-only mid-way (a tool result with personal data) moves to the
local tier, or talks to the cloud through placeholders when config allows it.
A budget that trips raises ``BudgetExceededError``; ``model_turn`` turns it into
the step's "Stopped: ..." output and an audit row, so the user reads why.
"""

from __future__ import annotations

import sys
import time
from dataclasses import replace

import httpx
from langchain_core.language_models import BaseChatModel

from agents.model_step import call_model
from core.audit import audit_scope
from core.egress import carrying_taint
from core.errors import BudgetExceededError, PrivacyBlockedError, SwitchyardError
from core.privacy import restore
from core.privacy.public_contacts import PublicContacts
from core.router import StepRequest
from core.types import RouteDecision
from graphs import policy
from graphs.engine import Engine
from graphs.output_checks import (
    degraded_step,
    escalate,
    guard_failure,
    previous_turn,
    with_source_note,
)
from graphs.prompting import build_prompt, passages_for
from graphs.recording import complete_step
from graphs.state import (
    Context,
    Current,
    SessionData,
    State,
    Work,
    route_data,
)
from graphs.step_routing import request_of
from graphs.turn_privacy import step_taint

# Failures of a model call that justify re-routing (transport, server, missing model).
_BASE_MODEL_ERRORS: tuple[type[BaseException], ...] = (
    SwitchyardError,
    httpx.HTTPError,
    ConnectionError,
    TimeoutError,
)


def model_errors() -> tuple[type[BaseException], ...]:
    """The errors of a model call that justify re-routing.

    ``openai``'s errors join once that package is loaded, which only an OpenAI-style
    model does: importing it up front cost every CLI command seconds.
    """
    openai = sys.modules.get("openai")
    return (*_BASE_MODEL_ERRORS, openai.OpenAIError) if openai else _BASE_MODEL_ERRORS


# The context window assumed when a step has no model (it never calls one).
_DEFAULT_CONTEXT_WINDOW = 8192


def model_turn(engine: Engine, state: State, ctx: Context, current: Current) -> State:
    """Run one model turn of the step; returns the state update.

    The update either completes the step or leaves ``work`` pending on the tool
    calls the model proposed.
    """
    existing = state.get("work")
    if existing and existing.get("parked_batch"):
        # The model's tool calls wait on an MCP server's question (graphs.model_batch):
        # call_tools asks it, or runs the waiting calls with the answer; no model turn yet.
        return {"work": {**existing, "pending": True}}
    work: Work = existing.copy() if existing else _new_work(engine, state, current)
    try:
        return _turn(engine, state, ctx, current, work)
    except BudgetExceededError as exc:
        return stopped(engine, state, ctx, work, str(exc))


def _new_work(engine: Engine, state: State, current: Current) -> Work:
    model_id = current["route"].get("model")
    window = engine.models.profile(model_id).context_window if model_id else _DEFAULT_CONTEXT_WINDOW
    usage = policy.session_usage(engine.traces, state.get("thread_id", ""))
    return Work(
        route=current["route"],
        messages=build_prompt(
            state,
            current,
            with_context=not current["pseudonymize"],
            max_passages=passages_for(window),
        ),
        tokens_in=0,
        tokens_out=0,
        tool_calls=[],
        started=time.time(),
        session=SessionData(tokens=usage.tokens, tool_calls=usage.tool_calls),
    )


def _turn(engine: Engine, state: State, ctx: Context, current: Current, work: Work) -> State:
    route = RouteDecision.model_validate(work["route"])
    if route.tier == "cloud" and (work.get("local_reason") or current["pseudonymize"]):
        route = keep_local(engine, state, current, work, route)
        if route.refusal is not None:
            return complete_step(engine.models, state, work, route.refusal)
    stop = policy.session_token_stop(engine.settings, state, work)
    if stop is not None:
        raise BudgetExceededError(stop)
    role = engine.role(ctx)
    box = engine.tool_turn._box(state, current["kind"])
    # Two tries on a model error, and one more for a guard escalation.
    for _attempt in range(3):
        model_id = route.model or ""
        profile = engine.models.profile(model_id)
        pseudonyms = work.get("pseudonyms")
        outgoing = work["messages"]
        if pseudonyms is not None:
            shield = policy.Pseudonymizer(frozenset(engine.settings.privacy.never_leaves))
            outgoing = shield.messages(outgoing)
            pseudonyms = shield.mapping
            if shield.blocked:
                # Something in the prompt may not leave even as a placeholder: go local.
                work.pop("pseudonyms", None)
                work["local_reason"] = f"{shield.blocked} may not leave, even pseudonymized"
                route = keep_local(engine, state, current, work, route)
                if route.refusal is not None:
                    return complete_step(engine.models, state, work, route.refusal)
                outgoing, pseudonyms = work["messages"], None
                model_id = route.model or ""
                profile = engine.models.profile(model_id)
        try:
            contacts = PublicContacts(engine.settings.privacy.public_contacts)
            taint = step_taint(state, current, outgoing, contacts)
            with (
                audit_scope(policy.scope_for(state, ctx, role)),
                carrying_taint(taint, state.get("thread_id", "")),
            ):
                turn = call_model(
                    _chat_model(engine, ctx, route, model_id),
                    outgoing,
                    # A pseudonymized step gets no tools: results would bypass the shield.
                    toolbox=box if pseudonyms is None else None,
                    tool_calling=profile.tool_calling,
                    role=role,
                )
        except PrivacyBlockedError as exc:
            # The egress guard caught what routing should have (a passage's phone line,
            # say): nothing left the machine. The step moves to the local tier, as the
            # refusal asks, rather than giving the refusal as the answer; a local route
            # the guard still stops fails closed.
            if route.tier == "local" or work.get("local_reason"):
                work["error"] = str(exc)
                return complete_step(
                    engine.models, state, {**work, "route": route_data(route)}, str(exc)
                )
            work.pop("pseudonyms", None)
            work["local_reason"] = f"the egress guard {str(exc)[:120]}"
            route = keep_local(engine, state, current, work, route)
            if route.refusal is not None:
                return complete_step(engine.models, state, work, route.refusal)
            continue
        except model_errors() as exc:
            reason = f"{model_id} failed: {type(exc).__name__}: {str(exc)[:160]}"
            engine.models.mark_down(model_id, reason)
            retry = engine.router.decide(request_of(current), engine.spend(state))
            work["error"] = reason
            work.pop("pseudonyms", None)
            if retry.refusal is not None or retry.model in (None, model_id):
                text = retry.refusal or f"The {route.tier} model failed ({reason})."
                return complete_step(
                    engine.models, state, {**work, "route": route_data(retry)}, text
                )
            route = retry.model_copy(
                update={"degraded": True, "reasons": (*retry.reasons, f"retry: {reason}")}
            )
            continue
        work["route"] = route_data(route)
        work["tokens_in"] = work.get("tokens_in", 0) + turn.tokens_in
        work["tokens_out"] = work.get("tokens_out", 0) + turn.tokens_out
        budget = engine.settings.budget
        if turn.reply.tool_calls and pseudonyms is None:
            if engine.tool_turn._tool_calls_left(state, work) <= 0:
                raise BudgetExceededError(policy.tool_budget_note(engine.settings, state, work))
            if work["tokens_in"] + work["tokens_out"] > budget.max_tokens_per_turn:
                raise BudgetExceededError(
                    f"token budget of {budget.max_tokens_per_turn} per turn reached"
                )
            work["messages"] = [*work["messages"], turn.reply]
            work["pending"] = True
            return {"work": work}
        text = restore(turn.text, pseudonyms) if pseudonyms else turn.text
        failure = guard_failure(
            engine, current, work, text, turn.reply.response_metadata, previous_turn(state)
        )
        if failure is None:
            return complete_step(engine.models, state, work, with_source_note(current, text))
        escalation = escalate(engine, state, current, work, route, failure)
        if isinstance(escalation, RouteDecision):
            route = escalation
            continue
        return degraded_step(engine, state, current, work, route, text, failure, escalation)
    return complete_step(engine.models, state, work, "The model failed twice; try again later.")


def _chat_model(engine: Engine, ctx: Context, route: RouteDecision, model_id: str) -> BaseChatModel:
    # A conversation's picked model is served by its tier's endpoint, not by a tier of its own.
    forced = ctx.forced_tier
    if forced is not None and ctx.forced_model == model_id and route.tier == forced:
        return engine.models.picked_chat_model(forced, model_id)
    return engine.models.chat_model(model_id)


def keep_local(
    engine: Engine, state: State, current: Current, work: Work, route: RouteDecision
) -> RouteDecision:
    """A cloud step that became local-only mid-way moves to the local tier, or is shielded."""
    if not work.get("local_reason"):
        work["pseudonyms"] = {}
        return route
    request: StepRequest = replace(
        request_of(current),
        privacy="local_only",
        privacy_reason=str(work["local_reason"]),
    )
    local = engine.router.decide(request, engine.spend(state))
    work["route"] = route_data(local)
    return local


def stopped(engine: Engine, state: State, ctx: Context, work: Work, note: str) -> State:
    """End the step because a budget tripped: the user reads which one and what to do."""
    if engine.audit is not None:
        scope = policy.scope_for(state, ctx, engine.role(ctx))
        engine.audit.record("budget", "stopped", detail=note, scope=scope)
    return complete_step(engine.models, state, {**work, "budget_note": note}, f"Stopped: {note}.")
