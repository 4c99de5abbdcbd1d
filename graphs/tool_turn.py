"""The tool turn of a step: which tools a step may see, and running the calls a model proposed.

``call_tools`` runs a batch of tool calls after ``pending_confirmations`` has asked
a human about the ones that need a yes; the explicit MCP form is matched here too
(``_mcp_dispatch``), so every tool path of a step starts in this module.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from langchain_core.messages import AIMessage

from agents.gate import Confirm
from agents.mcp.model_questions import question_desk
from agents.mcp.permissions import FROM_CONFIG
from agents.mcp_dispatch import McpDispatch, match_mcp_step, match_time_follow_up
from agents.model_step import run_tool_calls
from agents.policy import Role, purpose_for_kind
from agents.tool_problems import await_named_server
from agents.toolbox import ToolBox
from core.audit import AuditScope
from core.types import RouteDecision
from graphs import policy
from graphs.mcp_elicitation import note_rerun
from graphs.mcp_step import run_mcp_step
from graphs.model_batch import settle, start_batch
from graphs.recording import complete_step
from graphs.state import (
    Context,
    Current,
    PendingCall,
    State,
    StepKind,
    Work,
    current_step,
    tool_call_data,
)

if TYPE_CHECKING:
    from graphs.engine import Engine


class ToolTurn:
    """Tool calls of one step; holds no per-user state.

    The method bodies keep the names of the old ``StepExecutor`` (``self.tools``,
    ``self.audit``, ``self.settings``, ``self.role``) so edits made to them on other
    branches apply here unchanged. For the same reason ``_box``, ``_mcp_dispatch`` and
    ``_tool_calls_left`` keep their underscores although routing and the model turn
    call them too.
    """

    def __init__(self, engine: Engine) -> None:
        self.tools = engine.tools
        self.audit = engine.audit
        self.settings = engine.settings
        self.models = engine.models

    def role(self, ctx: Context) -> Role:
        """The role enforced for this run (config first; see ``graphs.policy``)."""
        return policy.enforced_role(self.settings, ctx)

    def _box(self, state: State, kind: StepKind, scope: AuditScope | None = None) -> ToolBox:
        """The tool box scoped to this step: what the gate knows at call time."""
        work = state.get("work") or Work()
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
            tier=route["tier"] if (route := work.get("route")) else None,
        )

    def _mcp_dispatch(self, text: str) -> McpDispatch | None:
        source = self.tools.external_source
        if source is None:
            return None
        await_named_server(text, source)  # a server still starting lists its tools first
        # The gate decides the call when the step runs (and asks a human when it must).
        return match_mcp_step(text, source.known_tools(), source)

    def _mcp_follow_up(self, text: str, earlier: list[str]) -> McpDispatch | None:
        """The earlier current-time call for the place a follow-up names."""
        source = self.tools.external_source
        if source is None or not earlier:
            return None
        return match_time_follow_up(text, earlier, source.known_tools())

    def run_mcp(self, state: State, ctx: Context, current: Current) -> State:
        """Run the explicit MCP call code chose for this step, checked by policy."""
        role = self.role(ctx)
        scope = policy.scope_for(state, ctx, role)
        earlier = state.get("work")
        work, text = run_mcp_step(
            self.tools.external_source,
            self._box(state, "mcp", scope),
            current,
            role=role,
            audit=self.audit,
            scope=scope,
            work=earlier if earlier else None,
        )
        if text is None:
            # Waiting for a human's yes or answer: call_tools asks and comes back here.
            return {"work": work}
        update = complete_step(self.models, state, work, text)
        ran = [c for c in work.get("tool_calls", []) if not c.get("denied")]
        if work.get("confirmed") and ran:
            # As for any call made after a confirmation (``call_tools``): its result is
            # untrusted text the conversation carries from here on.
            taint = [*state.get("taint", []), *(f"tool:{c['tool']}" for c in ran)]
            update["taint"] = list(dict.fromkeys(taint))
        return update

    def _tool_calls_left(self, state: State, work: Work) -> int:
        return policy.tool_calls_left(self.settings, state, work)

    def call_tools(self, state: State, ctx: Context, approvals: dict[str, bool]) -> State:
        """Run the pending tool calls (approvals already collected by the graph)."""
        work = cast(Work, dict(state.get("work") or {}))
        reply = last_reply(work)
        if current_step(state)["kind"] == "mcp":
            # The explicit MCP form runs its one call in its own step (``run_mcp_step``),
            # where a question the server asks mid-call can pause the run again.
            (call,) = reply.tool_calls
            work["confirmed"] = approvals.get(call.get("id") or call["name"], False)
            work["pending"] = False
            return {"work": work}
        role = self.role(ctx)
        scope = policy.scope_for(state, ctx, role)
        # The whole reply, or (back from a server's question) only the calls that asked.
        batch = start_batch(work, reply, approvals)
        with question_desk(batch.answers) as desk:
            messages, outcomes, tripped = run_tool_calls(
                self._box(state, current_step(state)["kind"], scope),
                batch.run_now,
                role=role,
                approvals=batch.approvals,
                remaining=self._tool_calls_left(state, work),
            )
        settled = settle(batch, messages, outcomes, desk)
        for tool in desk.reruns:
            note_rerun(work, tool)
        outcomes = settled.outcomes
        route = RouteDecision.model_validate(work["route"])
        policy.audit_outcomes(self.audit, scope, outcomes, route.tier)
        work["tool_calls"] = [*work.get("tool_calls", []), *[tool_call_data(o) for o in outcomes]]
        if settled.parked is not None and settled.question is not None:
            # An MCP server asked the user something: park the batch, pause like an approval.
            work["parked_batch"] = settled.parked
            work["elicitation"] = settled.question
            work["pending"] = True
        else:
            work["messages"] = [*work["messages"], *settled.messages]
            work["pending"] = False
        taint = policy.taint_reason(outcomes)
        if taint and not work.get("local_reason"):
            work["local_reason"] = taint
        if tripped:
            work["budget_note"] = policy.tool_budget_note(self.settings, state, work)
        # Tool results are untrusted text: the conversation stays tainted from here on.
        ran = [f"tool:{o.tool}" for o in outcomes if not o.denied]
        return {"work": work, "taint": list(dict.fromkeys([*state.get("taint", []), *ran]))}

    def pending_confirmations(self, state: State, ctx: Context) -> list[PendingCall]:
        """Tool calls of the pending reply that the gate says need a human's yes.

        A call the gate refuses anyway (role, purpose, personal data, planted target,
        unknown tool) is not put to the human: it is denied without asking. Each request
        shows where every argument came from and flags untrusted origins.
        """
        work = state.get("work") or {}
        if work.get("parked_batch"):
            # Back from a server's question: the batch's confirmations were asked already.
            return []
        reply = last_reply(work)
        role = self.role(ctx)
        box = self._box(state, current_step(state)["kind"])
        pending: list[PendingCall] = []
        for call in reply.tool_calls:
            decision = box.authorize(call["name"], call["args"], role, record=False)
            if isinstance(decision, Confirm):
                pending.append(
                    PendingCall(
                        id=call.get("id") or call["name"],
                        tool=call["name"],
                        args=call["args"],
                        reason=decision.reason,
                        origins={o.key: o.origin for o in decision.origins},
                        flagged=decision.flagged,
                    )
                )
        return pending


def last_reply(work: Work) -> AIMessage:
    """The model reply whose tool calls are pending."""
    reply = work["messages"][-1]
    if not isinstance(reply, AIMessage):
        raise TypeError(f"the step's last message is a {reply.type} message, not a model reply")
    return reply
