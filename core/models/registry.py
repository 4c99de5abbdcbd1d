"""The model registry: ``provider:model`` ids resolved in one place.

``llamacpp:smollm2-135m`` is the embedded model (xllamacpp, loaded once per
process), ``ollama:<model>`` a local Ollama server, ``openai:<model>`` any
OpenAI-compatible endpoint (``OPENAI_BASE_URL``), ``test:<name>`` a scripted
fake registered by a test. Availability is checked, not assumed, and every
unavailable tier has a one-line reason.
"""

from __future__ import annotations

import os
import threading
import time
from dataclasses import dataclass
from typing import Any

import httpx
from langchain_core.language_models import BaseChatModel

from core.egress import BlockListener, guarded_clients
from core.errors import ConfigError, TierUnavailableError
from core.models.capabilities import ModelProfile, profile_for
from core.settings import Settings
from core.types import ModelTier

_STATUS_TTL_S = 15.0
# A model that failed at run time is routed around for this long, then tried again.
_DOWN_TTL_S = 30.0


@dataclass(frozen=True)
class TierStatus:
    """Whether a model tier can serve now, and why not."""

    tier: ModelTier
    model: str | None
    available: bool
    reason: str


class ModelRegistry:
    """Resolves model ids to chat models and reports tier availability."""

    def __init__(
        self,
        settings: Settings,
        *,
        fakes: dict[str, BaseChatModel] | None = None,
        egress_listener: BlockListener | None = None,
    ) -> None:
        self.settings = settings
        self._fakes: dict[str, BaseChatModel] = dict(fakes or {})
        self._models: dict[str, BaseChatModel] = {}
        self._status: dict[ModelTier, tuple[float, TierStatus]] = {}
        self._down: dict[str, tuple[float, str]] = {}
        self._lock = threading.Lock()
        self._egress_listener = egress_listener

    # -- configuration -------------------------------------------------------------
    def model_for_tier(self, tier: ModelTier) -> str | None:
        """The model id configured for a tier (``None`` when switched off)."""
        model_id = self.settings.tiers.local if tier == "local" else self.settings.tiers.cloud
        return model_id or None

    def profile(self, model_id: str) -> ModelProfile:
        """Capability profile with config overrides applied."""
        return profile_for(model_id, self.settings.models)

    def embedded_threads(self) -> int:
        """llama.cpp threads: configured, or all cores but one (spinning threads that compete
        with the UI or the embedding worker for the same cores slow generation many times)."""
        return self.settings.limits.embedded_threads or max(1, (os.cpu_count() or 2) - 1)

    def register_fake(self, name: str, model: BaseChatModel) -> str:
        """Make ``test:<name>`` resolve to ``model``; returns the id."""
        self._fakes[name] = model
        self._models.pop(f"test:{name}", None)
        return f"test:{name}"

    def mark_down(self, model_id: str, reason: str) -> None:
        """Record a runtime failure so later steps route around the model."""
        with self._lock:
            self._down[model_id] = (time.monotonic(), reason)
            self._status.clear()

    # -- resolution ------------------------------------------------------------------
    def chat_model(self, model_id: str) -> BaseChatModel:
        """The chat model for an id, built once and shared."""
        with self._lock:
            cached = self._models.get(model_id)
        if cached is not None:
            return cached
        model = self._build(model_id)
        with self._lock:
            return self._models.setdefault(model_id, model)

    def _build(self, model_id: str) -> BaseChatModel:
        provider, _, name = model_id.partition(":")
        if provider == "test":
            if name not in self._fakes:
                raise ConfigError(
                    f"{model_id!r} names a scripted test model that no test registered; "
                    "test: ids are for tests only — configure llamacpp:, ollama: or openai:"
                )
            return self._fakes[name]
        if provider == "llamacpp":
            from core.models.embedded import EmbeddedChatModel

            return EmbeddedChatModel(
                model_name=model_id,
                max_tokens=self.settings.limits.local_max_tokens,
                n_ctx=self.settings.limits.embedded_n_ctx,
                n_threads=self.embedded_threads(),
            )
        if provider == "ollama":
            from langchain_ollama import ChatOllama

            return ChatOllama(
                model=name,
                base_url=self.settings.ollama_host,
                num_predict=self.settings.limits.local_max_tokens,
                temperature=0.2,
            )
        if provider == "openai":
            return self._build_openai(name)
        raise ConfigError(f"unknown model provider in {model_id!r}")

    def _build_openai(self, name: str) -> BaseChatModel:
        from langchain_openai import ChatOpenAI

        key = self.settings.openai_api_key
        if key is None or not key.get_secret_value():
            raise TierUnavailableError("cloud tier: OPENAI_API_KEY is not set")
        sync_client, async_client = guarded_clients("cloud", listener=self._egress_listener)
        kwargs: dict[str, Any] = {
            "model": name,
            "api_key": key,
            "stream_usage": True,
            "max_retries": 1,
            "timeout": 60,
            "http_client": sync_client,
            "http_async_client": async_client,
        }
        if self.settings.openai_base_url:
            kwargs["base_url"] = self.settings.openai_base_url
        return ChatOpenAI(**kwargs)

    # -- availability ----------------------------------------------------------------
    def status(self, tier: ModelTier, *, load: bool = False) -> TierStatus:
        """Whether a tier can serve now; cached briefly so routing stays cheap.

        Args:
            tier: ``local`` or ``cloud``.
            load: also load the embedded model (``doctor`` does; routing does not).
        """
        now = time.monotonic()
        with self._lock:
            hit = self._status.get(tier)
        if hit is not None and now - hit[0] < _STATUS_TTL_S and not load:
            return hit[1]
        status = self._check(tier, load=load)
        with self._lock:
            self._status[tier] = (now, status)
        return status

    def _check(self, tier: ModelTier, *, load: bool) -> TierStatus:
        model_id = self.model_for_tier(tier)
        if model_id is None:
            return TierStatus(tier, None, False, f"{tier} tier: no model configured")
        down = self._down.get(model_id)
        if down is not None and time.monotonic() - down[0] < _DOWN_TTL_S:
            return TierStatus(tier, model_id, False, down[1])
        provider, _, name = model_id.partition(":")
        try:
            if provider == "test":
                self.chat_model(model_id)
                return TierStatus(tier, model_id, True, "scripted test model")
            if provider == "llamacpp":
                return self._check_embedded(tier, model_id, load=load)
            if provider == "ollama":
                return self._check_ollama(tier, model_id, name)
            if provider == "openai":
                key = self.settings.openai_api_key
                if key is None or not key.get_secret_value():
                    return TierStatus(tier, model_id, False, "OPENAI_API_KEY is not set")
                where = self.settings.openai_base_url or "api.openai.com"
                return TierStatus(tier, model_id, True, f"key set; endpoint {where}")
        except (TierUnavailableError, ConfigError) as exc:
            return TierStatus(tier, model_id, False, str(exc))
        return TierStatus(tier, model_id, False, f"unknown provider {provider!r}")

    def _check_embedded(self, tier: ModelTier, model_id: str, *, load: bool) -> TierStatus:
        from core.models.embedded import EmbeddedLlama, smollm2_gguf_path

        path = smollm2_gguf_path()
        if load:
            engine = EmbeddedLlama.shared(
                path, n_ctx=self.settings.limits.embedded_n_ctx, n_threads=self.embedded_threads()
            )
            return TierStatus(
                tier, model_id, True, f"embedded model loaded in {engine.load_seconds:.2f}s"
            )
        return TierStatus(tier, model_id, True, f"embedded model file present ({path.name})")

    def _check_ollama(self, tier: ModelTier, model_id: str, name: str) -> TierStatus:
        host = self.settings.ollama_host.rstrip("/")
        try:
            reply = httpx.get(f"{host}/api/tags", timeout=1.5)
            reply.raise_for_status()
        except httpx.HTTPError as exc:
            return TierStatus(
                tier, model_id, False, f"Ollama not reachable at {host} ({type(exc).__name__})"
            )
        pulled = {m.get("name", "") for m in reply.json().get("models", [])}
        if name in pulled or f"{name}:latest" in pulled:
            return TierStatus(tier, model_id, True, f"Ollama at {host} has {name}")
        return TierStatus(
            tier,
            model_id,
            False,
            f"Ollama at {host} has not pulled {name}: run `ollama pull {name}`",
        )
