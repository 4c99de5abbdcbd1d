"""Settings sources, precedence and actionable errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from core.errors import ConfigError
from core.settings import load_settings


def test_defaults_run_offline() -> None:
    settings = load_settings()
    assert settings.tiers.local.model == "llamacpp:smollm2-135m"
    assert settings.data_dir == Path(".switchyard")


def test_toml_then_env_precedence(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    config = tmp_path / "switchyard.toml"
    config.write_text(
        '[tiers]\nlocal = "ollama:qwen2.5:3b"\n[router]\ndifficulty_threshold = 0.7\n'
    )
    monkeypatch.setenv("SWITCHYARD_CONFIG", str(config))
    assert load_settings().tiers.local.model == "ollama:qwen2.5:3b"
    monkeypatch.setenv("SWITCHYARD_TIERS__LOCAL", "ollama:exaone3.5:2.4b")
    settings = load_settings()
    assert settings.tiers.local.model == "ollama:exaone3.5:2.4b"
    assert settings.router.difficulty_threshold == 0.7


def test_provider_keys_keep_standard_names(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test")
    monkeypatch.setenv("OPENAI_BASE_URL", "http://127.0.0.1:8000/v1")
    monkeypatch.setenv("OLLAMA_HOST", "http://127.0.0.1:11435")
    settings = load_settings()
    assert settings.openai_api_key is not None
    assert settings.openai_api_key.get_secret_value() == "sk-test"
    assert settings.openai_base_url == "http://127.0.0.1:8000/v1"
    assert settings.ollama_host == "http://127.0.0.1:11435"


@pytest.mark.parametrize(
    ("env", "value", "key", "hint"),
    [
        ("SWITCHYARD_TIERS__LOCAL", "smollm2", "tiers.local", "provider:model"),
        (
            "SWITCHYARD_ROUTER__DIFFICULTY_THRESHOLD",
            "1.5",
            "router.difficulty_threshold",
            "0 and 1",
        ),
        ("OPENAI_BASE_URL", "127.0.0.1:9/v1", "OPENAI_BASE_URL", "http://"),
    ],
)
def test_invalid_config_names_the_key_and_the_fix(
    monkeypatch: pytest.MonkeyPatch, env: str, value: str, key: str, hint: str
) -> None:
    monkeypatch.setenv(env, value)
    with pytest.raises(ConfigError) as excinfo:
        load_settings()
    message = str(excinfo.value)
    assert key in message and hint in message


def test_unknown_toml_key_is_rejected(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    config = tmp_path / "switchyard.toml"
    config.write_text("[router]\ndifficulty_treshold = 0.3\n")
    monkeypatch.setenv("SWITCHYARD_CONFIG", str(config))
    with pytest.raises(ConfigError, match="difficulty_treshold"):
        load_settings()


def test_tier_long_form_in_toml(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    config = tmp_path / "switchyard.toml"
    config.write_text(
        '[tiers.local]\nmodel = "openai-compat:qwen"\nbase_url = "http://127.0.0.1:8080/v1"\n'
        'api_key_env = "LOCAL_LLM_KEY"\n[tiers]\ncloud = "openai:gpt-4o-mini"\n'
    )
    monkeypatch.setenv("SWITCHYARD_CONFIG", str(config))
    local = load_settings().tiers.local
    assert (local.model, local.base_url) == ("openai-compat:qwen", "http://127.0.0.1:8080/v1")
    assert local.api_key_env == "LOCAL_LLM_KEY" and local.egress is None


@pytest.mark.parametrize(
    "env",
    [
        {
            "SWITCHYARD_TIERS__LOCAL": '{"model": "openai-compat:q", "base_url": "http://10.0.0.5/v1"}'
        },
        {
            "SWITCHYARD_TIERS__LOCAL__MODEL": "openai-compat:q",
            "SWITCHYARD_TIERS__LOCAL__BASE_URL": "http://10.0.0.5/v1",
        },
    ],
)
def test_tier_endpoint_from_environment(
    monkeypatch: pytest.MonkeyPatch, env: dict[str, str]
) -> None:
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    local = load_settings().tiers.local
    assert (local.model, local.base_url) == ("openai-compat:q", "http://10.0.0.5/v1")


def test_gguf_path_that_does_not_exist_fails_in_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SWITCHYARD_TIERS__LOCAL", f"gguf:{tmp_path / 'missing.gguf'}")
    with pytest.raises(ConfigError) as excinfo:
        load_settings()
    message = str(excinfo.value)
    assert "\n" not in message
    assert "tiers.local" in message and "does not exist" in message
    assert "switchyard models pull" in message


def test_gguf_path_that_is_not_gguf_fails(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fake = tmp_path / "model.gguf"
    fake.write_bytes(b"<html>not a model</html>")
    monkeypatch.setenv("SWITCHYARD_TIERS__LOCAL", f"gguf:{fake}")
    with pytest.raises(ConfigError, match=r"tiers\.local.*not a GGUF file.*models pull"):
        load_settings()


def test_openai_compat_needs_a_base_url(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SWITCHYARD_TIERS__LOCAL", "openai-compat:qwen")
    with pytest.raises(ConfigError, match=r"tiers\.local.*base_url"):
        load_settings()


def test_cloud_tier_cannot_be_declared_local() -> None:
    with pytest.raises(ConfigError, match="always external"):
        load_settings(tiers={"cloud": {"model": "openai:gpt-4o-mini", "egress": "local"}})


@pytest.mark.parametrize("module", ["core/settings.py", "core/settings_sections.py"])
def test_the_settings_modules_stay_small(module: str) -> None:
    # The project's limit for one module (../shared/DESIGN.md: "under ~400 lines").
    repo = Path(__file__).resolve().parents[2]
    assert len((repo / module).read_text(encoding="utf-8").splitlines()) < 400


def test_every_table_is_still_imported_from_core_settings() -> None:
    # Callers import the tables from core.settings; they are defined in core.settings_sections.
    import core.settings
    import core.settings_sections

    tables = {
        name
        for name, value in vars(core.settings_sections).items()
        if isinstance(value, type)
        and value.__module__ == "core.settings_sections"
        and not name.startswith("_")
    }
    assert tables <= set(core.settings.__all__)
    for name in core.settings.__all__:
        assert hasattr(core.settings, name), name
