"""deploy/: the compose file's shape, and the settings it mounts load as the app loads them."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from core.settings import Settings, load_settings

DEPLOY = Path(__file__).resolve().parents[2] / "deploy"


@pytest.fixture(scope="module")
def compose() -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load((DEPLOY / "compose.yaml").read_text(encoding="utf-8"))
    return data


def test_the_mounted_settings_load_with_a_local_model_server(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("SWITCHYARD_CONFIG", str(DEPLOY / "switchyard.toml"))
    settings = load_settings()
    local = settings.tiers.local
    assert local.model.startswith("ollama:") and local.base_url == "http://ollama:11434"
    # A container name cannot be classified by address: the file must say it is local.
    assert local.egress == "local"
    assert settings.otel.enabled is False and settings.otel.endpoint.endswith("/v1/traces")


def test_replicas_database_model_server_and_optional_phoenix(compose: dict[str, Any]) -> None:
    services = compose["services"]
    assert services["app"]["deploy"]["replicas"] >= 2
    assert services["mcp"]["deploy"]["replicas"] >= 2
    assert "pgvector" in services["postgres"]["image"]
    assert services["ollama"]["image"].startswith("ollama/ollama:")
    assert services["phoenix"]["profiles"] == ["observability"]
    # Published ports are bound to loopback: TLS and sign-in go in front (README).
    for service in services.values():
        for port in service.get("ports", []):
            assert port.startswith("127.0.0.1:"), port


def test_the_pulled_model_is_the_configured_one(compose: dict[str, Any]) -> None:
    pull = compose["services"]["ollama-pull"]["entrypoint"][-1]
    default = re.fullmatch(r"\$\{SWITCHYARD_LOCAL_MODEL:-(.+)\}", pull)
    assert default is not None
    toml = (DEPLOY / "switchyard.toml").read_text(encoding="utf-8")
    assert f'model = "ollama:{default.group(1)}"' in toml
    assert f"SWITCHYARD_LOCAL_MODEL={default.group(1)}" in (DEPLOY / ".env.example").read_text()


def test_every_app_variable_is_a_setting_the_app_reads(compose: dict[str, Any]) -> None:
    environment = compose["x-app"]["environment"]
    fields = set(Settings.model_fields)
    for name in environment:
        if name in ("SWITCHYARD_CONFIG", "OLLAMA_HOST"):
            continue  # the config file's path; Ollama's own variable (Settings alias)
        key = name.removeprefix("SWITCHYARD_").lower()
        if key == "storage_url" and key not in fields:
            continue  # added by the storage layer (issue 15 part 1), merged separately
        assert key in fields, f"{name} is not a Switchyard setting"
