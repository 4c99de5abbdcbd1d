"""A strict scripted fake chat model for testing graph logic (``test:<name>`` ids).

It replays a fixed script of replies, raises on a call the script did not plan
for, and ``assert_complete()`` fails when planned replies were never used, so a
test notices both extra and missing model calls. It is a test double, not a
model: nothing outside tests resolves to it unless a config names ``test:``.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Callable, Iterator, Sequence
from typing import Any

from langchain_core.callbacks import CallbackManagerForLLMRun
from langchain_core.language_models import BaseChatModel, LanguageModelInput
from langchain_core.messages import AIMessage, AIMessageChunk, BaseMessage
from langchain_core.outputs import ChatGeneration, ChatGenerationChunk, ChatResult
from langchain_core.runnables import Runnable
from langchain_core.tools import BaseTool
from pydantic import Field, PrivateAttr

Reply = AIMessage | str | Callable[[list[BaseMessage]], AIMessage | str]


class UnexpectedModelCallError(AssertionError):
    """The code under test called the scripted model more often than planned."""


def _approx_tokens(text: str) -> int:
    # A stable stand-in for a tokenizer: one token per 4 characters, at least one.
    return max(1, len(text) // 4)


class ScriptedChatModel(BaseChatModel):
    """Replays ``replies`` in order; strict about extra and missing calls."""

    # Kept out of repr: LangChain writes a model's repr into every traced run's
    # "serialized" field, and a long script (the egress harness plans 20,000 replies) made
    # each exported trace megabytes that the privacy screen then had to read.
    replies: list[Any] = Field(repr=False)
    model_name: str = "test:scripted"
    _calls: list[list[BaseMessage]] = PrivateAttr(default_factory=list)
    _bound_tools: list[str] = PrivateAttr(default_factory=list)
    _lock: threading.Lock = PrivateAttr(default_factory=threading.Lock)

    @property
    def _llm_type(self) -> str:
        return "scripted-fake"

    @property
    def calls(self) -> list[list[BaseMessage]]:
        """The message lists the model was called with, in order."""
        return list(self._calls)

    @property
    def bound_tool_names(self) -> list[str]:
        """Names of the tools the last ``bind_tools`` call offered."""
        return list(self._bound_tools)

    def assert_complete(self) -> None:
        """Fail when some scripted replies were never requested."""
        left = len(self.replies) - len(self._calls)
        if left:
            raise AssertionError(f"{self.model_name}: {left} scripted replies were never used")

    def _next_reply(self, messages: list[BaseMessage]) -> AIMessage:
        with self._lock:
            index = len(self._calls)
            if index >= len(self.replies):
                last = messages[-1].content if messages else ""
                raise UnexpectedModelCallError(
                    f"{self.model_name}: unexpected call #{index + 1} "
                    f"(script has {len(self.replies)}); last message: {str(last)[:200]!r}"
                )
            self._calls.append(list(messages))
        reply = self.replies[index]
        if callable(reply):
            reply = reply(messages)
        message = AIMessage(content=reply) if isinstance(reply, str) else reply
        prompt_text = " ".join(str(m.content) for m in messages)
        tokens_in, tokens_out = _approx_tokens(prompt_text), _approx_tokens(str(message.content))
        return message.model_copy(
            update={
                "usage_metadata": message.usage_metadata
                or {
                    "input_tokens": tokens_in,
                    "output_tokens": tokens_out,
                    "total_tokens": tokens_in + tokens_out,
                },
                "response_metadata": {**message.response_metadata, "model_name": self.model_name},
            }
        )

    def _generate(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: CallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> ChatResult:
        return ChatResult(generations=[ChatGeneration(message=self._next_reply(messages))])

    def _stream(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: CallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> Iterator[ChatGenerationChunk]:
        reply = self._next_reply(messages)
        text = str(reply.content)
        pieces = [text[i : i + 8] for i in range(0, len(text), 8)] or [""]
        for i, piece in enumerate(pieces):
            last = i == len(pieces) - 1
            chunk = AIMessageChunk(
                content=piece,
                tool_call_chunks=[
                    {"name": c["name"], "args": _json(c["args"]), "id": c["id"], "index": n}
                    for n, c in enumerate(reply.tool_calls)
                ]
                if last
                else [],
                usage_metadata=reply.usage_metadata if last else None,
                response_metadata=reply.response_metadata if last else {},
            )
            # BaseChatModel.stream reports each chunk to callbacks itself; doing it here too
            # would double every token in LangGraph's "messages" stream.
            yield ChatGenerationChunk(message=chunk)

    def bind_tools(
        self,
        tools: Sequence[dict[str, Any] | type | Callable[..., Any] | BaseTool],
        **kwargs: Any,
    ) -> Runnable[LanguageModelInput, AIMessage]:
        """Record the offered tool names; the script decides which tool calls happen."""
        self._bound_tools = [getattr(t, "name", getattr(t, "__name__", str(t))) for t in tools]
        return self


def _json(args: dict[str, Any]) -> str:
    return json.dumps(args, ensure_ascii=False)
