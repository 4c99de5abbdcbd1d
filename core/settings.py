"""The one ``Settings`` object: ``switchyard.toml``, then ``.env``, then ``SWITCHYARD_*``.

Later sources override earlier ones. Provider keys keep their standard names
(``OPENAI_API_KEY``, ``OPENAI_BASE_URL``, ``OLLAMA_HOST``, ``LANGSMITH_*``).
Invalid configuration fails at start with a ``ConfigError`` that names the key
and the fix; nodes never read the environment themselves.
"""

from __future__ import annotations

import os
import tomllib
import uuid
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import Field, SecretStr, ValidationError, field_validator
from pydantic_settings import (
    BaseSettings,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
    TomlConfigSettingsSource,
)

from core.errors import ConfigError
from core.lazy_regex import LazyPattern
from core.models.providers import check_model_id

# The tables live in core.settings_sections; they are re-exported here so that every
# caller keeps importing its settings types from one place.
from core.settings_sections import (
    NEVER_LEAVES_DEFAULT,
    AuthSettings,
    BudgetSettings,
    EgressClass,
    LimitSettings,
    McpSettings,
    McpToolOverride,
    ModelOverride,
    OtelSettings,
    PrivacySettings,
    RagSettings,
    RoleName,
    RoleSettings,
    RouterSettings,
    TierConfig,
    TierSettings,
)

__all__ = [
    "CONFIG_ENV_VAR",
    "NEVER_LEAVES_DEFAULT",
    "AuthSettings",
    "BudgetSettings",
    "EgressClass",
    "LimitSettings",
    "McpSettings",
    "McpToolOverride",
    "ModelOverride",
    "OtelSettings",
    "PrivacySettings",
    "RagSettings",
    "RoleName",
    "RoleSettings",
    "RouterSettings",
    "Settings",
    "TierConfig",
    "TierSettings",
    "check_model_id",
    "ensure_data_dir",
    "load_settings",
]

CONFIG_ENV_VAR = "SWITCHYARD_CONFIG"


class Settings(BaseSettings):
    """All configuration, validated once at start."""

    model_config = SettingsConfigDict(
        env_prefix="SWITCHYARD_",
        env_nested_delimiter="__",
        env_file=".env",
        extra="ignore",
        populate_by_name=True,
    )

    data_dir: Path = Path(".switchyard")
    faq_path: Path = Path("data/faq.yaml")
    samples_dir: Path = Path("data/samples")
    workflows_dir: Path = Field(Path("workflows"), description="Workflow files (YAML) users own")
    timezone: str = "Asia/Seoul"
    storage_url: str | None = Field(
        None,
        description="postgresql://... for every store (replicas share it); empty: SQLite files",
    )
    # The older name, from when only checkpoints could move: still read, as an alias.
    checkpoint_url: str | None = Field(None, description="alias of storage_url (older name)")
    tiers: TierSettings = TierSettings()
    router: RouterSettings = RouterSettings()
    budget: BudgetSettings = BudgetSettings()
    limits: LimitSettings = LimitSettings()
    rag: RagSettings = RagSettings()
    mcp: McpSettings = McpSettings()
    privacy: PrivacySettings = PrivacySettings()
    roles: RoleSettings = RoleSettings()
    auth: AuthSettings = AuthSettings()
    otel: OtelSettings = OtelSettings()
    models: dict[str, ModelOverride] = Field(default_factory=dict)

    openai_api_key: SecretStr | None = Field(None, validation_alias="OPENAI_API_KEY")
    openai_base_url: str | None = Field(None, validation_alias="OPENAI_BASE_URL")
    ollama_host: str = Field("http://127.0.0.1:11434", validation_alias="OLLAMA_HOST")
    langsmith_tracing: bool = Field(False, validation_alias="LANGSMITH_TRACING")
    langsmith_api_key: SecretStr | None = Field(None, validation_alias="LANGSMITH_API_KEY")
    langsmith_endpoint: str | None = Field(None, validation_alias="LANGSMITH_ENDPOINT")
    langsmith_project: str = Field("switchyard", validation_alias="LANGSMITH_PROJECT")

    @field_validator("models")
    @classmethod
    def _valid_model_keys(cls, value: dict[str, ModelOverride]) -> dict[str, ModelOverride]:
        for key in value:
            check_model_id(key)
        return value

    @field_validator("timezone")
    @classmethod
    def _known_timezone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(
                f"unknown time zone {value!r} — use an IANA name such as 'Asia/Seoul' or 'UTC'"
            ) from None
        return value

    @field_validator("openai_base_url", "langsmith_endpoint")
    @classmethod
    def _valid_url(cls, value: str | None) -> str | None:
        if value and not value.startswith(("http://", "https://")):
            raise ValueError(f"{value!r} must start with http:// or https://")
        return value or None

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        # First in the tuple wins: explicit arguments, env, .env, then the TOML file.
        toml_path = Path(os.environ.get(CONFIG_ENV_VAR, "switchyard.toml"))
        return (
            init_settings,
            env_settings,
            dotenv_settings,
            TomlConfigSettingsSource(settings_cls, toml_file=toml_path),
        )


_FIX_HINTS = {
    "tiers": "set it to a 'provider:model' id such as 'llamacpp:smollm2-135m', "
    "'gguf:/path/model.gguf', 'ollama:qwen2.5:3b' or 'openai:gpt-4o-mini'",
    "router": "use a number between 0 and 1",
    "budget": "use a non-negative number",
    "privacy": "see the [privacy] block in switchyard.toml",
    "roles": "roles are 'viewer', 'user' or 'admin'",
    "auth": "see the [auth] block in README (enabled, session_days, max_failures_*)",
    "models": "model keys are 'provider:model' ids; see switchyard.toml for the allowed fields",
}


def load_settings(**overrides: object) -> Settings:
    """Build and validate the settings, turning validation errors into a ``ConfigError``.

    Args:
        **overrides: values that win over every file and environment source.

    Returns:
        The validated settings.

    Raises:
        ConfigError: a value is invalid; the message names each key and how to fix it.
    """
    try:
        return Settings(**overrides)  # type: ignore[arg-type]
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(_toml_error(exc)) from exc
    except ValidationError as exc:
        lines = []
        for err in exc.errors():
            key = ".".join(str(part) for part in err["loc"])
            message = str(err["msg"]).removeprefix("Value error, ")
            # A message that already carries its fix (after a dash) needs no generic hint.
            hint = "" if " — " in message else _FIX_HINTS.get(str(err["loc"][0]), "")
            lines.append(f"{key}: {message}" + (f" — {hint}" if hint else ""))
        source = os.environ.get(CONFIG_ENV_VAR, "switchyard.toml")
        header = f"invalid configuration (from {source}, .env or SWITCHYARD_* variables)"
        if len(lines) == 1:
            raise ConfigError(f"{header}: {lines[0]}") from exc
        raise ConfigError(header + ":\n" + "\n".join(f"  {line}" for line in lines)) from exc


_TOML_POSITION = LazyPattern(r"\(at line (\d+), column (\d+)\)|\(at end of document\)")
_TOML_TABLE = LazyPattern(r"^\s*\[+\s*([^\]]+?)\s*\]+")


def _toml_error(exc: tomllib.TOMLDecodeError) -> str:
    """One line: which file, which line (and key), what is wrong, and the fix."""
    path = Path(os.environ.get(CONFIG_ENV_VAR, "switchyard.toml"))
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError:
        lines = []
    text = str(exc)
    found = _TOML_POSITION.search(text)
    what = text[: found.start()].strip() if found else text
    # "at end of document": an array, string or table left open; point at the last line.
    line_no = int(found.group(1)) if found and found.group(1) else max(1, len(lines))
    where = f"line {line_no}"
    line = lines[line_no - 1] if 0 < line_no <= len(lines) else ""
    table = next(
        (m.group(1) for row in reversed(lines[:line_no]) if (m := _TOML_TABLE.match(row))),
        None,
    )
    key = line.split("=", 1)[0].strip() if "=" in line else ""
    if key:
        where += f" (key {table + '.' if table else ''}{key})"
    elif table:
        where += f" (in [{table}])"
    return (
        f"{path} is not valid TOML: {where}: {what} — fix that line (strings need quotes, "
        "arrays a closing ']', one key = value per line)"
    )


def ensure_data_dir(settings: Settings) -> Path:
    """Create ``data_dir`` and check that it is writable, before any store opens a file.

    Returns:
        The data directory.

    Raises:
        ConfigError: it cannot be created or written; the message names ``data_dir``.
    """
    directory = settings.data_dir
    probe = directory / f".write-test-{uuid.uuid4().hex}"
    try:
        directory.mkdir(parents=True, exist_ok=True)
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        raise ConfigError(
            f"data_dir: cannot write to {str(directory)!r} ({reason}) — set data_dir in "
            "switchyard.toml or SWITCHYARD_DATA_DIR to a folder this user can write"
        ) from exc
    return directory
