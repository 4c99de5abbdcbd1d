"""Ask the assistant: one call for the CLI and MCP, a stream of events for the UI."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Generator, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, Literal, cast

from langchain_core.callbacks import BaseCallbackHandler
from langchain_core.messages import AIMessageChunk
from langchain_core.runnables import RunnableConfig
from langgraph.types import Command, Durability

from core.errors import ConfigError
from core.input_check import InputRejection, check_question
from core.thread_ids import new_thread_id
from core.types import PrivacyClass, StepRecord
from graphs.ask_result import AskResult as AskResult  # re-exported: the public result type
from graphs.services import Services
from graphs.state import Context, State
from graphs.turn_privacy import answer_message


@dataclass(frozen=True)
class StreamEvent:
    """One event of a streamed answer."""

    kind: Literal["token", "step", "done"]
    text: str = ""
    step: StepRecord | None = None
    result: AskResult | None = None


STOPPED_MARK = "[stopped]"


class Assistant:
    """A thin, stateless front over the compiled graph.

    Every entry refuses a question that may not enter the conversation before the
    graph starts (``core.input_check``), and runs one turn at a time per thread
    (``Services.thread_locks``), so concurrent turns are serialised, never lost.

    Args:
        services: the long-lived objects.
        callbacks: extra LangChain callbacks for every run. The masked LangSmith tracer
            is already bound to the graph by ``build_services`` when export is configured.
    """

    def __init__(
        self, services: Services, *, callbacks: Sequence[BaseCallbackHandler] | None = None
    ) -> None:
        self.services = services
        self.callbacks = list(callbacks or [])

    def _config(self, config: RunnableConfig) -> RunnableConfig:
        if self.callbacks:
            config["callbacks"] = list(self.callbacks)
        return config

    def _durability(self) -> Durability | None:
        # "sync" makes every step durable before the next starts; without a checkpointer
        # there is nothing to write, and LangGraph fails on the request (AttributeError).
        return "sync" if self.services.checkpointer is not None else None

    def _start(
        self, question: str, thread_id: str | None, parent_run_id: str | None = None
    ) -> tuple[State, RunnableConfig, str, str]:
        thread = thread_id or new_thread_id()
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
        return payload, self._config(config), thread, run_id

    def _refusal(self, question: str, thread: str, run_id: str) -> AskResult | None:
        """Refuse a question that may not enter the conversation, before the graph starts.

        Nothing of it reaches the history, the checkpoint, the trace store or the cache.
        """
        rejection = check_question(question, self.services.settings.limits.max_input_chars)
        return None if rejection is None else _refused_result(rejection, thread, run_id)

    @contextmanager
    def _one_turn_at_a_time(self, thread: str) -> Iterator[None]:
        # Two turns from one checkpoint would both write, and the later would drop the other.
        locks = self.services.thread_locks
        if locks is None:
            yield
            return
        with locks.hold(thread):
            yield

    def ask(
        self,
        question: str,
        *,
        thread_id: str | None = None,
        context: Context | None = None,
        parent_run_id: str | None = None,
    ) -> AskResult:
        """Run one question to completion (``parent_run_id`` marks a replay).

        Raises:
            ThreadBusyError: another turn of this thread kept running past the wait.
        """
        payload, config, thread, run_id = self._start(question, thread_id, parent_run_id)
        refused = self._refusal(question, thread, run_id)
        if refused is not None:
            return refused
        with self._one_turn_at_a_time(thread):
            state = self.services.graph.invoke(
                payload,
                config,
                context=context or Context(),
                durability=self._durability(),
            )
        return _result(state, thread, run_id)

    def resume(
        self,
        thread_id: str,
        *,
        approve: bool = False,
        answer: dict[str, Any] | None = None,
        context: Context | None = None,
    ) -> AskResult:
        """Answer a pending confirmation (``AskResult.pending``) and finish the turn.

        ``answer`` replies to an MCP server's question (a pending item of type
        ``elicitation``): ``{"action": "accept"|"decline"|"cancel", "content": {...}}``.
        """
        if self.services.checkpointer is None:
            raise ConfigError(
                "resuming needs a checkpointer; this app was built with checkpointer=None"
            )
        config: RunnableConfig = {"configurable": {"thread_id": thread_id}}
        run_config: RunnableConfig = {
            "configurable": {"thread_id": thread_id},
            "run_name": "switchyard-resume",
            "tags": ["switchyard", "resume"],
            "metadata": {"thread_id": thread_id},
        }
        # The check is inside the lock: of two clicks on "approve", only the first resumes.
        with self._one_turn_at_a_time(thread_id):
            snapshot = self.services.graph.get_state(config)
            if not snapshot.interrupts:
                raise ConfigError(f"thread {thread_id} has no question waiting for confirmation")
            state = self.services.graph.invoke(
                Command(resume=answer if answer is not None else {"approve": approve}),
                self._config(run_config),
                context=context or Context(),
                durability=self._durability(),
            )
        return _result(state, thread_id, str(snapshot.values.get("run_id", "")))

    def stream(
        self,
        question: str,
        *,
        thread_id: str | None = None,
        context: Context | None = None,
        should_stop: Callable[[], bool] | None = None,
    ) -> Generator[StreamEvent, None, None]:
        """Yield tokens as the model writes, each step as it is recorded, then the result.

        Cancellation: when ``should_stop()`` turns true between events, or the
        caller closes this generator, the run stops, the partial answer joins
        the conversation marked ``[stopped]`` (so the thread stays usable) and,
        for ``should_stop``, a final ``done`` event carries it with ``stopped=True``.

        Raises:
            ThreadBusyError: another turn of this thread kept running past the wait.
        """
        payload, config, thread, run_id = self._start(question, thread_id)
        refused = self._refusal(question, thread, run_id)
        if refused is not None:
            yield StreamEvent(kind="done", result=refused)
            return
        # Held until the turn ends or the caller closes the stream (``yield from`` passes
        # the close on, so the stopped turn is closed before the next turn may start).
        with self._one_turn_at_a_time(thread):
            yield from self._stream_turn(payload, config, thread, run_id, context, should_stop)

    def _stream_turn(
        self,
        payload: State,
        config: RunnableConfig,
        thread: str,
        run_id: str,
        context: Context | None,
        should_stop: Callable[[], bool] | None,
    ) -> Generator[StreamEvent, None, None]:
        # The graph's output values plus LangGraph's ``__interrupt__`` key (not ``State``).
        final: dict[str, Any] = {}
        partial = ""
        stopped = False
        events = cast(
            Generator[Any, None, None],
            self.services.graph.stream(
                payload,
                config,
                context=context or Context(),
                stream_mode=["messages", "updates", "values"],
                durability=self._durability(),
            ),
        )
        try:
            for item in events:
                mode, chunk = cast(tuple[str, Any], item)
                if mode == "messages":
                    message, meta = chunk
                    if meta.get("langgraph_node") == "execute_step" and isinstance(
                        message, AIMessageChunk
                    ):
                        text = message.content if isinstance(message.content, str) else ""
                        if text:
                            partial += text
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
                if should_stop is not None and should_stop():
                    stopped = "record" not in final.get("path", [])
                    break
        except GeneratorExit:
            # The caller closed the stream (a UI rerun, a dropped client): cancel the run.
            stopped = True
            raise
        finally:
            events.close()
            if stopped:
                self._close_stopped_turn(thread, partial, _privacy_so_far(final))
        if stopped:
            yield StreamEvent(kind="done", result=_stopped_result(final, thread, run_id, partial))
            return
        yield StreamEvent(kind="done", result=_result(final, thread, run_id))

    def _close_stopped_turn(self, thread: str, partial: str, privacy: PrivacyClass) -> None:
        """End a stopped run in the checkpoint so the next question starts cleanly."""
        if self.services.checkpointer is None:
            return
        text = f"{partial.rstrip()} {STOPPED_MARK}".strip()
        # A partial answer of a local-only turn may hold what it read: it stays local.
        message = answer_message(text, quotes_personal_data=privacy == "local_only")
        self.services.graph.update_state(
            {"configurable": {"thread_id": thread}},
            {"messages": [message], "answer": text},
            as_node="record",
        )


# ``state`` here is the graph's output values plus LangGraph's ``__interrupt__`` key.
def _stopped_result(state: dict[str, Any], thread: str, run_id: str, partial: str) -> AskResult:
    return AskResult(
        answer=partial,
        thread_id=thread,
        run_id=run_id,
        steps=[StepRecord.model_validate(r) for r in state.get("records", [])],
        privacy=state.get("privacy", "public"),
        stopped=True,
    )


def _privacy_so_far(state: dict[str, Any]) -> PrivacyClass:
    """The class of a turn cut short: the step that was writing counts, though unfinished."""
    current = state.get("current") or {}
    if "local_only" in (state.get("privacy"), current.get("privacy")):
        return "local_only"
    return "public"


def _refused_result(rejection: InputRejection, thread: str, run_id: str) -> AskResult:
    return AskResult(
        answer=rejection.message, thread_id=thread, run_id=run_id, refused=rejection.reason
    )


def _result(state: dict[str, Any], thread: str, run_id: str) -> AskResult:
    pending = [i.value for i in state.get("__interrupt__", [])]
    if pending:
        tools = ", ".join(str(p.get("tool")) for p in pending)
        answer = f"Waiting for confirmation before running: {tools}."
        asked = [p for p in pending if p.get("type") == "elicitation"]
        if asked:
            answer = f"{asked[0]['tool']} asks: {asked[0]['message']}"
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
