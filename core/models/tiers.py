"""Tiers: a model id plus its endpoint and its egress class.

The egress class decides who may see personal data: a ``local`` endpoint (the
embedded model, a llama.cpp/vLLM/Ollama server on this machine or the LAN) may;
an ``external`` one never does, and every request to it passes the egress guard.
The cloud tier is always external. A network endpoint on the local tier is local
when its host is loopback or a private address, or when the config says
``egress = "local"`` (a LAN host name we cannot classify); otherwise it is
external, so a mistyped public URL fails closed instead of receiving personal data.
"""

from __future__ import annotations

import ipaddress
import os
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from pydantic import SecretStr

from core.models.provider_base import Endpoint
from core.models.providers import provider_for
from core.types import ModelTier

if TYPE_CHECKING:
    from core.settings import EgressClass, Settings, TierConfig


def host_egress(base_url: str | None) -> tuple[EgressClass, str]:
    """The egress class a network endpoint gets from its address alone, with the reason."""
    host = (urlsplit(base_url).hostname or "") if base_url else ""
    if not host:
        return "external", "no endpoint host to classify"
    if host == "localhost" or host.endswith(".localhost"):
        return "local", f"{host} is this machine"
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        return "external", f'{host} is a host name; set egress = "local" if it is yours'
    if address.is_loopback:
        return "local", f"{host} is loopback"
    if address.is_private or address.is_link_local:
        return "local", f"{host} is a private network address"
    return "external", f"{host} is a public address"


def tier_config(settings: Settings, tier: ModelTier) -> TierConfig:
    """The configured ``[tiers.<tier>]`` block."""
    return settings.tiers.local if tier == "local" else settings.tiers.cloud


def _egress(
    tier: ModelTier, config: TierConfig, in_process: bool, base_url: str | None
) -> tuple[EgressClass, str]:
    if tier == "cloud":
        return "external", "the cloud tier is always external"
    if in_process:
        return "local", "runs in this process"
    if config.egress is not None:
        return config.egress, f"tiers.{tier}.egress = {config.egress!r}"
    return host_egress(base_url)


def resolve_tier(settings: Settings, tier: ModelTier) -> Endpoint | None:
    """The endpoint serving ``tier``, or ``None`` when the tier is switched off.

    Args:
        settings: validated settings.
        tier: ``local`` or ``cloud``.

    Returns:
        The model id with its endpoint, key and egress class.
    """
    config = tier_config(settings, tier)
    if not config.model:
        return None
    provider = provider_for(config.model)
    base_url = config.base_url or provider.default_base_url(settings)
    if config.api_key_env:
        value = os.environ.get(config.api_key_env, "")
        api_key: SecretStr | None = SecretStr(value) if value else None
        key_source: str | None = config.api_key_env
    else:
        api_key, key_source = provider.default_key(settings)
    egress, why = _egress(tier, config, provider.in_process, base_url)
    if provider.in_process:
        base_url = None
    return Endpoint(
        tier=tier,
        model_id=config.model,
        base_url=base_url,
        api_key=api_key,
        key_source=key_source,
        egress=egress,
        egress_reason=why,
        where="in-process" if provider.in_process else base_url or provider.default_where,
    )


def endpoint_for_model(settings: Settings, model_id: str) -> Endpoint:
    """The endpoint for a model id: its tier's when a tier uses it, else provider defaults.

    The local tier is looked up first, so a model configured on both tiers is reached
    through the local tier's endpoint only when that tier names it.
    """
    for tier in ("local", "cloud"):
        endpoint = resolve_tier(settings, tier)
        if endpoint is not None and endpoint.model_id == model_id:
            return endpoint
    # Not a configured tier (a test asking for a model directly): the provider's own
    # endpoint, classed external unless it runs in this process, so the guard applies.
    provider = provider_for(model_id)
    api_key, key_source = provider.default_key(settings)
    return Endpoint(
        tier="cloud",
        model_id=model_id,
        base_url=provider.default_base_url(settings),
        api_key=api_key,
        key_source=key_source,
        egress="local" if provider.in_process else "external",
        egress_reason="not a configured tier",
    )
