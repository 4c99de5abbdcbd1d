"""``doctor``'s model-server check: is each tier's server up, and does it serve the model?

A tier's status says whether it can answer; this says why not in deployment terms:
the server at that URL did not answer, answered with an error, or answers but has not
got the configured model (``ollama pull`` it). Only servers of egress class ``local``
are probed (Ollama, vLLM, llama.cpp server, LM Studio on this machine or the LAN);
``doctor`` sends nothing to an external service.
"""

from __future__ import annotations

import time
from typing import Any

import httpx

from core.models.provider_base import Endpoint

PROBE_TIMEOUT_S = 3.0


def _listed_models(provider: str, body: Any) -> list[str]:
    if not isinstance(body, dict):
        return []
    if provider == "ollama":  # GET /api/tags: {"models": [{"name": "qwen2.5:3b"}, ...]}
        return [str(m.get("name", "")) for m in body.get("models", []) if isinstance(m, dict)]
    # OpenAI-compatible GET /models: {"data": [{"id": "..."}]}
    return [str(m.get("id", "")) for m in body.get("data", []) if isinstance(m, dict)]


def _probe_url(endpoint: Endpoint) -> str:
    base = (endpoint.base_url or "").rstrip("/")
    return f"{base}/api/tags" if endpoint.provider == "ollama" else f"{base}/models"


def probe(endpoint: Endpoint) -> dict[str, Any]:
    """Reachability of one tier's model server, as plain data.

    Returns:
        ``tier``, ``url``, ``reachable``, ``status`` (HTTP), ``latency_ms``,
        ``model_served`` (``None`` when the server does not list models) and ``detail``.
    """
    url = _probe_url(endpoint)
    row: dict[str, Any] = {
        "tier": endpoint.tier,
        "provider": endpoint.provider,
        "url": url,
        "reachable": False,
        "status": None,
        "latency_ms": None,
        "model_served": None,
        "detail": "",
    }
    headers = {}
    if endpoint.api_key is not None:
        headers["Authorization"] = f"Bearer {endpoint.api_key.get_secret_value()}"
    started = time.perf_counter()
    try:
        reply = httpx.get(url, headers=headers, timeout=PROBE_TIMEOUT_S)
    except httpx.HTTPError as error:
        row["detail"] = f"no answer: {type(error).__name__}"
        return row
    row["latency_ms"] = round((time.perf_counter() - started) * 1000, 1)
    row["status"] = reply.status_code
    row["reachable"] = True
    if reply.status_code >= 400:
        row["detail"] = f"answered HTTP {reply.status_code}"
        return row
    try:
        listed = _listed_models(endpoint.provider, reply.json())
    except ValueError:
        listed = []
    if listed:
        name = endpoint.name
        # Ollama lists "qwen2.5:3b"; a bare name means its ":latest" tag.
        served = name in listed or f"{name}:latest" in listed
        row["model_served"] = served
        row["detail"] = (
            "serves the configured model"
            if served
            else f"{name} is not on this server"
            + (f" (ollama pull {name})" if endpoint.provider == "ollama" else "")
        )
    return row


def model_servers(models: Any) -> list[dict[str, Any]]:
    """Probe every tier served over HTTP with egress class ``local`` (``ModelRegistry`` in)."""
    rows = []
    for tier in ("local", "cloud"):
        endpoint: Endpoint | None = models.endpoint(tier)
        if endpoint is None or not endpoint.base_url:
            continue
        if endpoint.egress != "local":
            rows.append(
                {
                    "tier": tier,
                    "provider": endpoint.provider,
                    "url": endpoint.base_url,
                    "reachable": None,
                    "detail": "external endpoint: not probed by doctor",
                }
            )
            continue
        rows.append(probe(endpoint))
    return rows
