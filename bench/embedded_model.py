"""Benchmark the embedded model: in-process calls vs the same GGUF over OpenAI HTTP.

Prints one JSON object. Both paths run in the same process and the same run, on the
same prompts, interleaved; ``http_overhead_ms_per_request`` (median of per-prompt
differences) isolates what HTTP + JSON cost. ``tokens_per_s`` and
``prompt_tokens_per_s`` come from llama.cpp's own timings; ``wall_tokens_per_s``
is end to end:

    python -m bench.embedded_model [--rounds 2] [--max-tokens 64]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import time
from collections.abc import Callable, Sequence
from typing import Any

import httpx

from core.models.embedded import EmbeddedLlama, smollm2_gguf_path, start_openai_server

PROMPTS = (
    "Write one friendly sentence welcoming a new colleague.",
    "Explain in two sentences why the sky is blue.",
    "List three tips for writing a clear email.",
    "What is the capital of France? Answer briefly.",
    "Describe a cup of coffee in one sentence.",
)


def _summarise(results: list[dict[str, Any]], walls: list[float]) -> dict[str, Any]:
    """Throughput from llama.cpp's own timings plus end-to-end wall time."""
    timings = [result["timings"] for result in results]
    predicted = sum(t["predicted_n"] for t in timings)
    prompt = sum(t["prompt_n"] for t in timings)
    completion_tokens = sum(result["usage"]["completion_tokens"] for result in results)
    return {
        "requests": len(results),
        "tokens_per_s": round(predicted / (sum(t["predicted_ms"] for t in timings) / 1000), 1),
        "prompt_tokens_per_s": round(prompt / (sum(t["prompt_ms"] for t in timings) / 1000), 1),
        "wall_tokens_per_s": round(completion_tokens / sum(walls), 1),
        "completion_tokens": completion_tokens,
        "request_p50_ms": round(statistics.median(walls) * 1000, 1),
        "wall_seconds": round(sum(walls), 3),
    }


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmark and print JSON; returns the process exit code."""
    parser = argparse.ArgumentParser(prog="python -m bench.embedded_model")
    parser.add_argument("--rounds", type=int, default=2, help="passes over the prompt set")
    parser.add_argument("--max-tokens", type=int, default=64)
    parser.add_argument("--threads", type=int, default=None, help="default: available cores")
    args = parser.parse_args(argv)

    path = smollm2_gguf_path()
    engine = EmbeddedLlama(path, n_threads=args.threads)  # private: a real cold load

    def body(prompt: str) -> dict[str, Any]:
        messages = [{"role": "user", "content": prompt}]
        return {"messages": messages, "max_tokens": args.max_tokens, "temperature": 0.0}

    def in_process(prompt: str) -> dict[str, Any]:
        request = body(prompt)
        return engine.chat(request["messages"], max_tokens=args.max_tokens, temperature=0.0)

    with (
        start_openai_server(model_path=path, n_threads=args.threads) as server,
        httpx.Client(base_url=server.base_url, timeout=300) as client,
    ):

        def over_http(prompt: str) -> dict[str, Any]:
            request = {"model": server.model, **body(prompt)}
            response = client.post("/chat/completions", json=request)
            response.raise_for_status()
            result: dict[str, Any] = response.json()
            return result

        paths: dict[str, Callable[[str], dict[str, Any]]] = {
            "in_process": in_process,
            "openai_http": over_http,
        }
        results: dict[str, list[dict[str, Any]]] = {name: [] for name in paths}
        walls: dict[str, list[float]] = {name: [] for name in paths}
        for call in paths.values():
            call(PROMPTS[0])  # warm-up: the first request builds compute graphs
        # Interleaved, so both paths see the same machine load (other processes vary it).
        for _ in range(args.rounds):
            for prompt in PROMPTS:
                for name, call in paths.items():
                    started = time.perf_counter()
                    results[name].append(call(prompt))
                    walls[name].append(time.perf_counter() - started)
        http_load = server.load_seconds

    inproc = _summarise(results["in_process"], walls["in_process"])
    http = _summarise(results["openai_http"], walls["openai_http"])
    overhead = statistics.median(
        h - i for h, i in zip(walls["openai_http"], walls["in_process"], strict=True)
    )
    report = {
        "model": "llamacpp:smollm2-135m",
        "n_threads": engine.n_threads,
        "n_ctx": engine.n_ctx,
        "max_tokens": args.max_tokens,
        "loadavg_1m": round(os.getloadavg()[0], 2),
        "load_seconds": round(engine.load_seconds, 3),
        "tokens_per_s": inproc["tokens_per_s"],
        "prompt_tokens_per_s": inproc["prompt_tokens_per_s"],
        "in_process": inproc,
        "openai_http": {**http, "load_seconds": round(http_load, 3)},
        "http_overhead_ms_per_request": round(overhead * 1000, 2),
    }
    print(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
