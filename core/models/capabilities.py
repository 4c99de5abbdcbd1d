"""Capability profiles: what each model can do and what it costs.

The router never sends a step to a model that lacks what the step needs
(Korean generation, tool calling, context). Known models have defaults here;
``[models."provider:name"]`` in the config overrides any field.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

from core.models.provider_base import Capabilities
from core.models.providers import PROVIDERS
from core.settings import ModelOverride
from core.types import Language


class ModelProfile(BaseModel):
    """What a model writes well, whether it calls tools, its context and its price."""

    model_config = ConfigDict(frozen=True)

    model_id: str
    languages: frozenset[Language]
    tool_calling: bool
    context_window: int
    price_in_per_1k: float = 0.0
    price_out_per_1k: float = 0.0

    def writes(self, language: Language) -> bool:
        """True when the model generates this language well enough to show a user."""
        return language in self.languages or (language == "other" and "en" in self.languages)

    def cost(self, tokens_in: int, tokens_out: int) -> float:
        """Estimated cost in USD for a call of this size."""
        return tokens_in / 1000 * self.price_in_per_1k + tokens_out / 1000 * self.price_out_per_1k


_EN: frozenset[Language] = frozenset({"en"})
_KO_EN: frozenset[Language] = frozenset({"ko", "en"})

# Prices are USD per 1K tokens from the providers' public price lists; local models cost 0.
_KNOWN: dict[str, Capabilities] = {
    "llamacpp:smollm2-135m": (_EN, False, 2048, 0.0, 0.0),
    "ollama:exaone3.5:2.4b": (_KO_EN, True, 32_768, 0.0, 0.0),
    "ollama:exaone3.5:7.8b": (_KO_EN, True, 32_768, 0.0, 0.0),
    "ollama:qwen2.5:3b": (_KO_EN, True, 32_768, 0.0, 0.0),
    "ollama:qwen2.5:7b": (_KO_EN, True, 32_768, 0.0, 0.0),
    "ollama:llama3.2:3b": (_EN, True, 131_072, 0.0, 0.0),
    "openai:gpt-4o-mini": (_KO_EN, True, 128_000, 0.00015, 0.0006),
    "openai:gpt-4o": (_KO_EN, True, 128_000, 0.0025, 0.01),
    "openai:gpt-4.1-mini": (_KO_EN, True, 1_000_000, 0.0004, 0.0016),
    "openai:gpt-4.1": (_KO_EN, True, 1_000_000, 0.002, 0.008),
}


def is_described(model_id: str, overrides: dict[str, ModelOverride] | None = None) -> bool:
    """Whether the model's capabilities are known (the table above or the config), not
    only its provider's conservative guess."""
    return model_id in _KNOWN or model_id in (overrides or {})


def profile_for(model_id: str, overrides: dict[str, ModelOverride] | None = None) -> ModelProfile:
    """The capability profile of a model id, with config overrides applied.

    Args:
        model_id: a ``provider:model`` id.
        overrides: ``Settings.models``.

    Returns:
        The merged profile.
    """
    # Unknown models get their provider's conservative guess (see ``Provider.defaults``).
    provider = PROVIDERS.get(model_id.partition(":")[0], PROVIDERS["ollama"])
    languages, tools, ctx, p_in, p_out = _KNOWN.get(model_id, provider.defaults)
    override = (overrides or {}).get(model_id)
    if override is not None:
        languages = frozenset(override.languages) if override.languages else languages
        tools = tools if override.tool_calling is None else override.tool_calling
        ctx = override.context_window or ctx
        p_in = p_in if override.price_in_per_1k is None else override.price_in_per_1k
        p_out = p_out if override.price_out_per_1k is None else override.price_out_per_1k
    return ModelProfile(
        model_id=model_id,
        languages=languages,
        tool_calling=tools,
        context_window=ctx,
        price_in_per_1k=p_in,
        price_out_per_1k=p_out,
    )
