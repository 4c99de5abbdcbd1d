"""The model registry: ``provider:model`` ids resolved to chat models, tiers checked.

What each provider is (``llamacpp``, ``gguf``, ``ollama``, ``openai``,
``openai-compat``, ``test``) lives in ``core.models.providers``; which endpoint and
egress class each tier has lives in ``core.models.tiers``. This class caches the
built models and the availability answers, and routes around models that failed.
"""

from __future__ import annotations

import os
import threading
import time
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from core.egress import BlockListener
from core.errors import ConfigError, TierUnavailableError
from core.models.capabilities import ModelProfile, is_described, profile_for
from core.models.provider_base import Endpoint, ProviderContext
from core.models.providers import provider_for
from core.models.tiers import endpoint_for_model, resolve_tier
from core.settings import EgressClass, Settings
from core.types import ModelTier

if TYPE_CHECKING:
    # Annotations only: a registry that never builds a model never loads LangChain.
    from langchain_core.language_models import BaseChatModel

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
    endpoint: Endpoint | None = None

    @property
    def egress(self) -> EgressClass:
        """The tier's egress class (the cloud tier, or an unknown endpoint, is external)."""
        if self.endpoint is not None:
            return self.endpoint.egress
        return "local" if self.tier == "local" else "external"


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
        endpoint = self.endpoint(tier)
        return endpoint.model_id if endpoint is not None else None

    def endpoint(self, tier: ModelTier) -> Endpoint | None:
        """The tier's model id, endpoint and egress class (``None`` when switched off)."""
        return resolve_tier(self.settings, tier)

    def profile(self, model_id: str) -> ModelProfile:
        """Capability profile with config overrides applied."""
        return profile_for(model_id, self.settings.models)

    def picked_profile(self, tier: ModelTier, model_id: str) -> tuple[ModelProfile, bool]:
        """The capabilities of a model a conversation picked on ``tier``, and whether known.

        A model the capability table or the config describes is judged as itself. For
        any other, its provider's guess could be wrong either way, so it is judged as the
        tier's configured model (whose server offers it), under its own id.

        Returns:
            The profile, and ``False`` when it is the configured model's stand-in.
        """
        configured = self.model_for_tier(tier)
        if (
            configured is None
            or model_id == configured
            or is_described(model_id, self.settings.models)
        ):
            return self.profile(model_id), True
        return self.profile(configured).model_copy(update={"model_id": model_id}), False

    def with_pick(self, tier: ModelTier, model_id: str) -> PickedTiers:
        """The tiers as a step sees them whose conversation picked ``model_id`` on ``tier``."""
        return PickedTiers(self, tier, model_id)

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

    def reconfigure(self, settings: Settings) -> None:
        """Serve the tiers of ``settings`` from now on (the settings page, no restart).

        Built models and availability answers of the old configuration are dropped.
        """
        with self._lock:
            self.settings = settings
            self._models.clear()
            self._status.clear()
            self._down.clear()

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

    def picked_chat_model(self, tier: ModelTier, model_id: str) -> BaseChatModel:
        """A model a conversation picked, reached through ``tier``'s endpoint.

        The picker offers the models the tier's server serves (Ollama's pulled models, an
        OpenAI-compatible server's ``/v1/models``), so the pick shares the tier's URL, key
        and egress class; a model of another provider is refused rather than sent to
        that provider's default endpoint.

        Raises:
            ConfigError: the tier is switched off or serves another provider.
        """
        endpoint = self.endpoint(tier)
        if endpoint is not None and endpoint.model_id == model_id:
            return self.chat_model(model_id)
        if endpoint is None or provider_for(model_id) is not provider_for(endpoint.model_id):
            raise ConfigError(f"{model_id} is not served by the {tier} tier")
        key = f"{tier}>{model_id}"
        with self._lock:
            cached = self._models.get(key)
        if cached is not None:
            return cached
        model = provider_for(model_id).build(replace(endpoint, model_id=model_id), self._context())
        with self._lock:
            return self._models.setdefault(key, model)

    def _context(self) -> ProviderContext:
        return ProviderContext(
            settings=self.settings,
            fakes=self._fakes,
            egress_listener=self._egress_listener,
            embedded_threads=self.embedded_threads(),
        )

    def _build(self, model_id: str) -> BaseChatModel:
        endpoint = endpoint_for_model(self.settings, model_id)
        return provider_for(model_id).build(endpoint, self._context())

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
        try:
            endpoint = self.endpoint(tier)
        except ConfigError as exc:
            return TierStatus(tier, None, False, str(exc))
        if endpoint is None:
            return TierStatus(tier, None, False, f"{tier} tier: no model configured")
        model_id = endpoint.model_id
        down = self._down.get(model_id)
        if down is not None and time.monotonic() - down[0] < _DOWN_TTL_S:
            return TierStatus(tier, model_id, False, down[1], endpoint)
        try:
            found = provider_for(model_id).check(endpoint, self._context(), load=load)
        except (TierUnavailableError, ConfigError) as exc:
            return TierStatus(tier, model_id, False, str(exc), endpoint)
        return TierStatus(tier, model_id, found.available, found.reason, endpoint)


@dataclass(frozen=True)
class PickedTiers:
    """The registry with one tier serving a conversation's picked model (for the router).

    The router then judges the picked model's capabilities (Korean, tools, context,
    price), not the configured model's; availability is the tier's, whose server
    offers the pick.
    """

    registry: ModelRegistry
    tier: ModelTier
    model_id: str

    def model_for_tier(self, tier: ModelTier) -> str | None:
        """The picked model on the picked tier; the configured model elsewhere."""
        if tier == self.tier and self.registry.model_for_tier(tier) is not None:
            return self.model_id
        return self.registry.model_for_tier(tier)

    def profile(self, model_id: str) -> ModelProfile:
        """The pick's capabilities (see ``ModelRegistry.picked_profile``); others as usual."""
        if model_id == self.model_id:
            return self.registry.picked_profile(self.tier, model_id)[0]
        return self.registry.profile(model_id)

    def status(self, tier: ModelTier, *, load: bool = False) -> TierStatus:
        """The tier's availability (its server serves the pick too)."""
        return self.registry.status(tier, load=load)

    def capabilities_known(self) -> bool:
        """Whether the pick is judged by its own capabilities."""
        return self.registry.picked_profile(self.tier, self.model_id)[1]
