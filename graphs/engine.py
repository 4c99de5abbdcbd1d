"""The long-lived services every node reads, and how a node finds them.

Nodes are module-level functions ``(state, runtime)``. The services they need
(models, router, tools, documents, traces, cache, audit, FAQ) are built once
per process and are not serializable, so they are not state. ``build_graph``
binds its engine to the compiled graph (``engine_for`` reads it back), so a
caller that passes no context at all (``langgraph dev``, Studio) still works;
a caller may also hand one in on ``Context.engine`` for a single run.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from langgraph.config import get_config
from langgraph.runtime import Runtime

from agents.policy import Role
from agents.toolbox import ToolBox
from core.answer_cache import AnswerCache
from core.audit import AuditLog
from core.models.registry import ModelRegistry
from core.router import Router, Spend
from core.settings import Settings
from core.trace_store import TraceStore
from graphs import policy
from graphs.state import Context, State
from tools.faq import FaqBook

if TYPE_CHECKING:
    from graphs.tool_turn import ToolTurn

# The ``configurable`` key under which ``build_graph`` binds its engine. It holds an
# object, so LangGraph never copies it into checkpoint metadata (only scalars go there);
# the leading ``__`` keeps LangGraph Server's in-memory saver from copying it too (that
# one copies every other key, and an engine cannot be pickled).
ENGINE_KEY = "__switchyard_engine"


@dataclass
class Engine:
    """Services shared by every step of every run; holds no per-user state."""

    models: ModelRegistry
    router: Router
    tools: ToolBox
    # The document store (``tools.rag.DocumentStore``); typed loosely because tests and
    # benchmarks pass stand-ins with the same ``search``/``extractive_answer`` methods.
    docs: Any | None = None
    traces: TraceStore | None = None
    cache: AnswerCache | None = None
    audit: AuditLog | None = None
    faq: FaqBook | None = None
    _tool_turn: ToolTurn | None = field(default=None, init=False, repr=False)

    @property
    def settings(self) -> Settings:
        """The settings the registry was built from."""
        return self.models.settings

    @property
    def tool_turn(self) -> ToolTurn:
        """Runs and confirms tool calls (built on first use)."""
        if self._tool_turn is None:
            from graphs.tool_turn import ToolTurn

            self._tool_turn = ToolTurn(self)
        return self._tool_turn

    def role(self, ctx: Context) -> Role:
        """The role enforced for this run (config first; see ``graphs.policy``)."""
        return policy.enforced_role(self.settings, ctx)

    def spend(self, state: State) -> Spend:
        """Money spent in this turn and in this conversation, for the router's budget rule."""
        turn = sum(float(r.get("cost", 0.0)) for r in state.get("records", []))
        session = self.traces.session_spend(state.get("thread_id", "")) if self.traces else 0.0
        return Spend(turn_usd=turn, session_usd=session + turn)


def context_of(runtime: Runtime[Context]) -> Context:
    """The run's context; a caller that passes none (``langgraph dev``, Studio) gets defaults."""
    return runtime.context if runtime.context is not None else Context()


def engine_for(runtime: Runtime[Context]) -> Engine:
    """The engine of this run: the context's, else the one bound by ``build_graph``."""
    given = runtime.context.engine if runtime.context is not None else None
    if isinstance(given, Engine):
        return given
    if given is not None:
        raise TypeError(f"Context.engine must be a graphs.engine.Engine, not {type(given)}")
    bound = get_config().get("configurable", {}).get(ENGINE_KEY)
    if not isinstance(bound, Engine):
        raise RuntimeError(
            "this graph has no engine: build it with graphs.assistant.build_graph(...) "
            "or pass Context(engine=...)"
        )
    return bound
