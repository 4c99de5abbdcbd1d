"""Ask the assistant: one call for the CLI and MCP, a stream of events for the UI."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, Literal, cast

from langchain_core.messages import AIMessageChunk
from langchain_core.runnables import RunnableConfig
from langgraph.types import Command
from pydantic import BaseModel, Field

from core.errors import ConfigError
from core.types import PrivacyClass, StepRecord
from graphs.services import Services
from graphs.state import Context, State

CONTRACT_STEP_KEYS = (
    "node",
    "tier",
    "model",
    "reasons",
    "tokens_in",
    "tokens_out",
    "cost",
    "latency_ms",
    "degraded",
)


class AskResult(BaseModel):
    """The answer to one question (the ``switchyard ask --json`` payload)."""

    answer: str
    thread_id: str
    run_id: str
    citations: list[dict[str, Any]] = Field(default_factory=list)
    steps: list[StepRecord] = Field(default_factory=list)
    privacy: PrivacyClass = "public"
    pending: list[dict[str, Any]] = Field(
        default_factory=list, description="tool calls waiting for a human yes/no (interrupt)"
    )

    def to_json(self) -> dict[str, Any]:
        """The DESIGN.md contract keys plus extras (score, step index, privacy, tool)."""
        steps = []
        for step in self.steps:
            data = step.model_dump(mode="json")
            row = {key: data[key] for key in CONTRACT_STEP_KEYS}
            row.update(
                score=data["score"],
                step_index=data["step_index"],
                privacy=data["privacy"],
                tool=data["tool"],
                server=data["server"],
            )
            steps.append(row)
        return {
            "answer": self.answer,
            "thread_id": self.thread_id,
            "run_id": self.run_id,
            "citations": self.citations,
            "steps": steps,
            "privacy": self.privacy,
            "pending": self.pending,
        }


@dataclass(frozen=True)
class StreamEvent:
    """One event of a streamed answer."""

    kind: Literal["token", "step", "done"]
    text: str = ""
    step: StepRecord | None = None
    result: AskResult | None = None


class Assistant:
    """A thin, stateless front over the compiled graph."""

    def __init__(self, services: Services) -> None:
        self.services = services

    def _start(
        self, question: str, thread_id: str | None, parent_run_id: str | None = None
    ) -> tuple[State, RunnableConfig, str, str]:
        thread = thread_id or uuid.uuid4().hex[:12]
        run_id = uuid.uuid4().hex
        payload: State = {
            "question": question,
            "run_id": run_id,
            "thread_id": thread,
            "parent_run_id": parent_run_id,
        }
        config: RunnableConfig = {
            "configurable": {"thread_id": thread},
            "run_name": "switchyard-ask",
            "tags": ["switchyard"],
            "metadata": {"run_id": run_id, "thread_id": thread},
        }
        return payload, config, thread, run_id

    def ask(
        self,
        question: str,
        *,
        thread_id: str | None = None,
        context: Context | None = None,
        parent_run_id: str | None = None,
    ) -> AskResult:
        """Run one question to completion (``parent_run_id`` marks a replay)."""
        payload, config, thread, run_id = self._start(question, thread_id, parent_run_id)
        state = self.services.graph.invoke(
            payload,
            config,
            context=context or Context(),
            durability="sync",
        )
        return _result(state, thread, run_id)

    def resume(self, thread_id: str, *, approve: bool, context: Context | None = None) -> AskResult:
        """Answer a pending confirmation (``AskResult.pending``) and finish the turn."""
        config: RunnableConfig = {"configurable": {"thread_id": thread_id}}
        snapshot = self.services.graph.get_state(config)
        if not snapshot.interrupts:
            raise ConfigError(f"thread {thread_id} has no question waiting for confirmation")
        state = self.services.graph.invoke(
            Command(resume={"approve": approve}),
            config,
            context=context or Context(),
            durability="sync",
        )
        return _result(state, thread_id, str(snapshot.values.get("run_id", "")))

    def stream(
        self, question: str, *, thread_id: str | None = None, context: Context | None = None
    ) -> Iterator[StreamEvent]:
        """Yield tokens as the model writes, each step as it is recorded, then the result."""
        payload, config, thread, run_id = self._start(question, thread_id)
        final: dict[str, Any] = {}
        for item in self.services.graph.stream(
            payload,
            config,
            context=context or Context(),
            stream_mode=["messages", "updates", "values"],
            durability="sync",
        ):
            mode, chunk = cast(tuple[str, Any], item)
            if mode == "messages":
                message, meta = chunk
                if meta.get("langgraph_node") == "execute_step" and isinstance(
                    message, AIMessageChunk
                ):
                    text = message.content if isinstance(message.content, str) else ""
                    if text:
                        yield StreamEvent(kind="token", text=text)
            elif mode == "updates":
                for node, update in chunk.items():
                    if node in ("execute_step", "answer_from_faq") and update:
                        records = update.get("records") or []
                        if records:
                            yield StreamEvent(
                                kind="step", step=StepRecord.model_validate(records[-1])
                            )
            elif mode == "values":
                final = chunk
        yield StreamEvent(kind="done", result=_result(final, thread, run_id))


def _result(state: dict[str, Any], thread: str, run_id: str) -> AskResult:
    pending = [i.value for i in state.get("__interrupt__", [])]
    if pending:
        tools = ", ".join(str(p.get("tool")) for p in pending)
        answer = f"Waiting for confirmation before running: {tools}."
        return AskResult(
            answer=answer,
            thread_id=thread,
            run_id=run_id,
            steps=[StepRecord.model_validate(r) for r in state.get("records", [])],
            privacy=state.get("privacy", "public"),
            pending=pending,
        )
    return AskResult(
        answer=state.get("answer", ""),
        thread_id=thread,
        run_id=run_id,
        citations=state.get("citations", []),
        steps=[StepRecord.model_validate(r) for r in state.get("records", [])],
        privacy=state.get("privacy", "public"),
    )
