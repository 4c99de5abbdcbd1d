"""Providers and tiers: ids, endpoints, egress classes, and the guard that follows them.

The egress tests send real HTTP to the recording OpenAI-compatible server on 127.0.0.1:
the same loopback server is reachable through a tier classed ``local`` (personal data
allowed) and one classed ``external`` (personal data blocked before the socket).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from langchain_core.messages import HumanMessage

from core.errors import ConfigError, PrivacyBlockedError
from core.models.capabilities import profile_for
from core.models.providers import PROVIDERS, check_model_id, provider_for
from core.models.registry import ModelRegistry, TierStatus
from core.models.tiers import host_egress, resolve_tier
from core.router import Router, StepRequest
from core.settings import BudgetSettings, RouterSettings, load_settings
from tests.recording_server import CANNED, recording_server

PHONE = "010-1234-5678"


def test_every_provider_is_known_to_settings_and_profiles() -> None:
    assert set(PROVIDERS) == {"llamacpp", "gguf", "ollama", "openai", "openai-compat", "test"}
    for name, provider in PROVIDERS.items():
        assert check_model_id(provider.example) == provider.example
        assert provider_for(provider.example) is provider
        # Unknown models of each provider get that provider's own defaults.
        assert profile_for(f"{name}:unknown-model").context_window == provider.defaults[2]


def test_unknown_provider_is_rejected_with_the_list() -> None:
    with pytest.raises(ValueError, match="openai-compat"):
        check_model_id("vllm:qwen")
    with pytest.raises(ConfigError, match="unknown model provider"):
        provider_for("vllm:qwen")


@pytest.mark.parametrize(
    ("url", "egress"),
    [
        ("http://127.0.0.1:8080/v1", "local"),
        ("http://localhost:11434", "local"),
        ("http://[::1]:8000/v1", "local"),
        ("http://192.168.0.20:8000/v1", "local"),
        ("http://10.1.2.3:8000/v1", "local"),
        ("https://api.together.xyz/v1", "external"),
        ("http://8.8.8.8/v1", "external"),
        (None, "external"),
    ],
)
def test_address_decides_the_default_egress_of_a_local_endpoint(
    url: str | None, egress: str
) -> None:
    assert host_egress(url)[0] == egress


def test_local_tier_endpoint_long_form(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VLLM_KEY", "sk-local")
    settings = load_settings(
        data_dir=tmp_path,
        tiers={
            "local": {
                "model": "openai-compat:qwen",
                "base_url": "http://vllm.lan:8000/v1",
                "api_key_env": "VLLM_KEY",
                "egress": "local",
            }
        },
    )
    endpoint = resolve_tier(settings, "local")
    assert endpoint is not None
    assert (endpoint.provider, endpoint.name) == ("openai-compat", "qwen")
    assert endpoint.base_url == "http://vllm.lan:8000/v1"
    assert endpoint.api_key is not None and endpoint.api_key.get_secret_value() == "sk-local"
    assert (endpoint.egress, endpoint.key_source) == ("local", "VLLM_KEY")
    cloud = resolve_tier(settings, "cloud")
    assert cloud is not None and cloud.egress == "external"
    assert cloud.where == "https://api.openai.com/v1"


def test_a_public_host_on_the_local_tier_is_external_until_said_otherwise(
    tmp_path: Path,
) -> None:
    tiers = {"local": {"model": "openai-compat:x", "base_url": "https://llm.example.com/v1"}}
    endpoint = resolve_tier(load_settings(data_dir=tmp_path, tiers=tiers), "local")
    assert endpoint is not None and endpoint.egress == "external"
    assert "host name" in endpoint.egress_reason


def test_in_process_models_are_local(tmp_path: Path) -> None:
    endpoint = resolve_tier(load_settings(data_dir=tmp_path), "local")
    assert endpoint is not None
    assert (endpoint.egress, endpoint.base_url, endpoint.where) == ("local", None, "in-process")


def test_router_keeps_personal_data_off_an_external_local_tier(tmp_path: Path) -> None:
    tiers = {
        "local": {"model": "openai-compat:x", "base_url": "https://llm.example.com/v1"},
        "cloud": "",
    }
    registry = ModelRegistry(load_settings(data_dir=tmp_path, tiers=tiers))
    router = Router(registry, RouterSettings(), BudgetSettings())
    decision = router.decide(StepRequest(text=f"Call {PHONE}", privacy="local_only"))
    assert decision.refusal is not None and decision.model is None
    assert any("external endpoint" in a.reason for a in decision.alternatives)


def test_tier_status_egress_defaults_by_tier() -> None:
    assert TierStatus("local", "test:local", True, "").egress == "local"
    assert TierStatus("cloud", "test:cloud", True, "").egress == "external"


def _tier_registry(tmp_path: Path, base_url: str, egress: str) -> ModelRegistry:
    tiers = {
        "local": {"model": "openai-compat:recorded", "base_url": base_url, "egress": egress},
        "cloud": "",
    }
    return ModelRegistry(load_settings(data_dir=tmp_path, tiers=tiers))


def test_local_egress_endpoint_receives_personal_data(tmp_path: Path) -> None:
    with recording_server() as recorder:
        registry = _tier_registry(tmp_path, f"{recorder.base_url}/v1", "local")
        model = registry.chat_model("openai-compat:recorded")
        answer = model.invoke([HumanMessage(content=f"Remind me to call {PHONE}.")])
    assert answer.text == CANNED
    assert PHONE in recorder.text()
    # The cloud's key never goes to a local server.
    assert registry.endpoint("local").key_source is None  # type: ignore[union-attr]


def test_external_egress_endpoint_is_guarded_at_the_wire(tmp_path: Path) -> None:
    with recording_server() as recorder:
        registry = _tier_registry(tmp_path, f"{recorder.base_url}/v1", "external")
        model = registry.chat_model("openai-compat:recorded")
        with pytest.raises(PrivacyBlockedError):
            model.invoke([HumanMessage(content=f"Remind me to call {PHONE}.")])
        model.invoke([HumanMessage(content="A harmless question about prime numbers.")])
    assert len(recorder.bodies) == 1
    assert PHONE not in recorder.text()
