"""Tier choices made on the settings page: stored in the data dir (0600), applied everywhere.

Lives in ``core`` (not ``ui``) because every surface must see the same tiers: the app
applies a saved choice without a restart, and ``build_services`` applies the stored
file at start, so ``switchyard doctor`` and ``ask`` use what the page saved.

The file ``model-settings.json`` holds, per tier, the model id, the endpoint and the
key. Keys never leave this module except as the value of one environment variable per
tier (``SWITCHYARD_UI_KEY_LOCAL``/``..._CLOUD``), which the tier config names in
``api_key_env`` exactly as a hand-written ``switchyard.toml`` would; the page shows
them masked and nothing logs them.
"""

from __future__ import annotations

import json
import os
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from core.errors import ConfigError
from core.models.provider_base import Endpoint
from core.models.registry import ModelRegistry
from core.settings import ModelOverride, Settings, TierConfig
from core.types import ModelTier

FILE_NAME = "model-settings.json"
KEY_ENV = {"local": "SWITCHYARD_UI_KEY_LOCAL", "cloud": "SWITCHYARD_UI_KEY_CLOUD"}
_PROBE_TIMEOUT_S = 3.0


@dataclass(frozen=True)
class TierChoice:
    """What the settings page stores for one tier."""

    model: str
    base_url: str | None = None
    api_key: str | None = None
    # The user's word that the model writes Korean; unknown models are assumed not to,
    # so the router never sends Korean writing to them blindly.
    writes_korean: bool | None = None


@dataclass(frozen=True)
class ConnectionCheck:
    """The outcome of a one-token request: latency, or the exact error."""

    ok: bool
    latency_ms: float
    detail: str


def settings_file(data_dir: Path) -> Path:
    """Where the UI's tier choices live."""
    return Path(data_dir) / FILE_NAME


def mask(key: str | None) -> str:
    """``sk-…wxyz``: enough to recognise a key, never enough to use it."""
    if not key:
        return ""
    return f"{key[:3]}…{key[-4:]}" if len(key) > 10 else "…"


def load_choices(data_dir: Path) -> dict[ModelTier, TierChoice]:
    """The stored choices (empty when the page never saved any)."""
    path = settings_file(data_dir)
    if not path.exists():
        return {}
    try:
        raw: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        # Every command applies this file at start: name it rather than show a traceback.
        raise ConfigError(f"{path}: cannot read the saved model settings ({exc})") from exc
    if not isinstance(raw, dict):
        raise ConfigError(f"{path}: the saved model settings are not a JSON object")
    out: dict[ModelTier, TierChoice] = {}
    for tier in ("local", "cloud"):
        item = raw.get(tier)
        if isinstance(item, dict) and item.get("model"):
            out[tier] = TierChoice(
                model=str(item["model"]),
                base_url=item.get("base_url") or None,
                api_key=item.get("api_key") or None,
                writes_korean=item.get("writes_korean"),
            )
    return out


def save_choice(data_dir: Path, tier: ModelTier, choice: TierChoice) -> None:
    """Store one tier's choice; the file is created readable by this user only (0600)."""
    path = settings_file(data_dir)
    path.parent.mkdir(parents=True, exist_ok=True)
    current = {k: vars(v) for k, v in load_choices(data_dir).items()}
    current[tier] = vars(choice)
    # Open with 0600 from the start, so the key is never readable by others, not even briefly.
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        json.dump(current, handle, ensure_ascii=False, indent=2)
    os.chmod(path, 0o600)


def with_choice(settings: Settings, tier: ModelTier, choice: TierChoice) -> Settings:
    """``settings`` with one tier replaced by ``choice`` (validated like the config file).

    Raises:
        pydantic.ValidationError: the model id or the endpoint is not valid.
    """
    if choice.api_key:
        os.environ[KEY_ENV[tier]] = choice.api_key
    config = TierConfig(
        model=choice.model,
        base_url=choice.base_url,
        api_key_env=KEY_ENV[tier] if choice.api_key else None,
    )
    tiers = settings.tiers.model_copy(update={tier: config})
    update: dict[str, Any] = {"tiers": tiers}
    if choice.writes_korean is not None:
        models = dict(settings.models)
        current = models.get(choice.model) or ModelOverride()
        languages: list[Literal["ko", "en", "other"]] = (
            ["ko", "en"] if choice.writes_korean else ["en"]
        )
        models[choice.model] = current.model_copy(update={"languages": languages})
        update["models"] = models
    return settings.model_copy(update=update)


def apply_stored(settings: Settings) -> Settings:
    """``settings`` with every stored choice applied (at start and after a save)."""
    for tier, choice in load_choices(settings.data_dir).items():
        settings = with_choice(settings, tier, choice)
    return settings


def apply(models: ModelRegistry, settings: Settings) -> None:
    """Make the running app use ``settings``' tiers now (no restart)."""
    models.reconfigure(settings)


def probe_connection(settings: Settings, tier: ModelTier) -> ConnectionCheck:
    """Send a one-token request to ``tier`` as configured in ``settings``.

    Returns:
        The latency on success, or the exact error (type and message) otherwise.
    """
    registry = ModelRegistry(settings)
    model_id = registry.model_for_tier(tier)
    if model_id is None:
        return ConnectionCheck(False, 0.0, f"{tier} tier: no model configured")
    started = time.perf_counter()
    try:
        chat = registry.chat_model(model_id)
        # Ollama's client takes no ``max_tokens`` (a TypeError that made every Ollama test
        # fail); its one-token limit is the ``num_predict`` option.
        limit: dict[str, Any] = (
            {"options": {"num_predict": 1}} if model_id.startswith("ollama:") else {"max_tokens": 1}
        )
        chat.bind(**limit).invoke("ping")
    # The boundary of a user-triggered probe: any failure is the answer, shown verbatim.
    except Exception as exc:  # noqa: BLE001
        return ConnectionCheck(False, _ms(started), f"{type(exc).__name__}: {exc}")
    return ConnectionCheck(True, _ms(started), model_id)


def _ms(started: float) -> float:
    return (time.perf_counter() - started) * 1000


def ollama_models(base_url: str) -> list[str]:
    """The models an Ollama server has pulled (``/api/tags``); empty when unreachable."""
    # Imported here: only the settings page lists pulled models, and a one-shot CLI
    # command that applies the stored settings should not pay for the HTTP client.
    import httpx

    try:
        reply = httpx.get(f"{base_url.rstrip('/')}/api/tags", timeout=_PROBE_TIMEOUT_S)
        reply.raise_for_status()
        return sorted(str(m.get("name", "")) for m in reply.json().get("models", []))
    except (httpx.HTTPError, ValueError, AttributeError):
        return []


def offered_models(endpoint: Endpoint) -> list[str]:
    """The ``provider:model`` ids a tier's server offers, the configured model first.

    Ollama's pulled models (``/api/tags``) and an OpenAI-compatible server's
    ``/v1/models``; an in-process model (embedded, a GGUF file) offers only itself.
    An unreachable server offers only the configured model.
    """
    provider = endpoint.provider
    listed: list[str] = []
    if provider == "ollama" and endpoint.base_url:
        listed = ollama_models(endpoint.base_url)
    elif provider in ("openai", "openai-compat") and endpoint.base_url:
        listed = _openai_models(endpoint)
    others = [f"{provider}:{name}" for name in listed if name]
    return [endpoint.model_id, *sorted({m for m in others if m != endpoint.model_id})]


def _openai_models(endpoint: Endpoint) -> list[str]:
    import httpx  # see ollama_models

    headers = {}
    if endpoint.api_key is not None:
        headers["Authorization"] = f"Bearer {endpoint.api_key.get_secret_value()}"
    base = (endpoint.base_url or "").rstrip("/")
    try:
        reply = httpx.get(f"{base}/models", headers=headers, timeout=_PROBE_TIMEOUT_S)
        reply.raise_for_status()
        return [str(m.get("id", "")) for m in reply.json().get("data", [])]
    except (httpx.HTTPError, ValueError, AttributeError):
        return []
