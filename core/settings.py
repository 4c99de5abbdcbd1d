"""The one ``Settings`` object: ``switchyard.toml``, then ``.env``, then ``SWITCHYARD_*``.

Later sources override earlier ones. Provider keys keep their standard names
(``OPENAI_API_KEY``, ``OPENAI_BASE_URL``, ``OLLAMA_HOST``, ``LANGSMITH_*``).
Invalid configuration fails at start with a ``ConfigError`` that names the key
and the fix; nodes never read the environment themselves.
"""

from __future__ import annotations

import json
import os
import tomllib
import uuid
from pathlib import Path
from typing import Annotated, Any, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    SecretStr,
    ValidationError,
    field_validator,
    model_validator,
)
from pydantic_settings import (
    BaseSettings,
    NoDecode,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
    TomlConfigSettingsSource,
)

from core.errors import ConfigError
from core.lazy_regex import LazyPattern
from core.models.providers import PROVIDERS, validate_tier_model
from core.models.providers import check_model_id as check_model_id  # re-exported

CONFIG_ENV_VAR = "SWITCHYARD_CONFIG"
MODEL_PROVIDERS = tuple(PROVIDERS)
EgressClass = Literal["local", "external"]
"""``local`` endpoints may receive personal data; ``external`` ones never do."""


class _Section(BaseModel):
    model_config = ConfigDict(extra="forbid")


class TierConfig(_Section):
    """One tier: a model id, where it is reached, and whether it may see personal data."""

    model: str = Field(description="'provider:model' id; empty switches the tier off")
    base_url: str | None = Field(
        None, description="the endpoint (vLLM, LM Studio, llama.cpp server, Ollama)"
    )
    api_key_env: str | None = Field(
        None, description="name of the environment variable holding this endpoint's key"
    )
    egress: EgressClass | None = Field(
        None,
        description="'local' may receive personal data, 'external' never; default: from the "
        "tier and the endpoint's address (the cloud tier is always external)",
    )

    @field_validator("base_url")
    @classmethod
    def _valid_base_url(cls, value: str | None) -> str | None:
        if value and not value.startswith(("http://", "https://")):
            raise ValueError(f"{value!r} must start with http:// or https://")
        return value or None

    @model_validator(mode="after")
    def _valid_model(self) -> TierConfig:
        if self.model:
            validate_tier_model(self.model, self.base_url)
        return self


def _tier_from_short_form(value: Any) -> Any:
    # `local = "ollama:qwen2.5:3b"` (TOML or SWITCHYARD_TIERS__LOCAL) is the short form of
    # `[tiers.local] model = ...`; a JSON object in the variable gives the long form.
    if isinstance(value, str):
        return json.loads(value) if value.lstrip().startswith("{") else {"model": value}
    return value


class TierSettings(_Section):
    """Which model serves each model tier; an empty cloud model switches that tier off."""

    # NoDecode: the env source must hand the short-form string to the validator below
    # instead of trying to parse it as JSON.
    local: Annotated[TierConfig, NoDecode] = TierConfig(model="llamacpp:smollm2-135m")
    cloud: Annotated[TierConfig, NoDecode] = TierConfig(model="openai:gpt-4o-mini")

    @field_validator("local", "cloud", mode="before")
    @classmethod
    def _short_form(cls, value: Any) -> Any:
        return _tier_from_short_form(value)

    @model_validator(mode="after")
    def _cloud_is_external(self) -> TierSettings:
        if self.cloud.egress == "local":
            raise ValueError(
                "tiers.cloud.egress cannot be 'local': the cloud tier is always external; "
                "put a server that may see personal data on the local tier instead"
            )
        return self


class RouterSettings(_Section):
    """Router knobs."""

    difficulty_threshold: float = Field(0.5, ge=0.0, le=1.0)
    expected_output_tokens: int = Field(256, ge=1)
    # "cascade": borderline steps try the local tier first (core/router.py).
    mode: Literal["score", "cascade"] = "score"


class BudgetSettings(_Section):
    """Limits that stop runaway loops and spend (per turn and per session)."""

    max_steps_per_turn: int = Field(8, ge=1)
    max_tool_calls_per_turn: int = Field(6, ge=0)
    max_tokens_per_turn: int = Field(16_000, ge=1)
    max_cost_per_turn_usd: float = Field(0.25, ge=0.0)
    max_cost_per_session_usd: float = Field(2.0, ge=0.0)
    max_tool_calls_per_session: int = Field(40, ge=0)
    max_tokens_per_session: int = Field(200_000, ge=1)


# Identifiers that are never sent out, not even pseudonymized: a leak of the mapping
# context (or a model echoing a near-copy) would be irreversible for these.
NEVER_LEAVES_DEFAULT = [
    "kr_rrn",
    "kr_frn",
    "us_ssn",
    "card",
    "bank_account",
    "passport",
    "kr_driver_license",
    "birth_date",
]


class PrivacySettings(_Section):
    """How personal data may (never) leave the machine."""

    pseudonymize_for_cloud: bool = Field(
        False,
        description="replace personal data with placeholders so a step may use the cloud tier; "
        "the mapping stays in local state and the answer is restored locally",
    )
    never_leaves: list[str] = Field(default_factory=lambda: list(NEVER_LEAVES_DEFAULT))
    public_contacts: list[str] = Field(
        default_factory=list,
        description="the organisation's own phone numbers, e-mails, addresses: not personal data",
    )

    @field_validator("never_leaves")
    @classmethod
    def _known_types(cls, value: list[str]) -> list[str]:
        from core.privacy import PII_TYPES

        unknown = sorted(set(value) - set(PII_TYPES))
        if unknown:
            raise ValueError(
                f"unknown personal-data type(s) {', '.join(unknown)}; known: {', '.join(PII_TYPES)}"
            )
        return value


RoleName = Literal["viewer", "user", "admin"]


class RoleSettings(_Section):
    """Who may do what: user id → role, checked by the backend on every tool call."""

    default: RoleName = "user"
    users: dict[str, RoleName] = Field(default_factory=dict)

    def role_of(self, user_id: str) -> RoleName:
        """The configured role of ``user_id`` (the default role when not listed)."""
        return self.users.get(user_id, self.default)


class AuthSettings(_Section):
    """Login (``[auth]``): accounts are managed with ``switchyard users``."""

    enabled: bool = False
    session_days: float = Field(30.0, gt=0, description="a session ends this long after login")
    max_failures_per_user: int = Field(5, ge=1)
    max_failures_per_address: int = Field(20, ge=1)
    failure_window_s: float = Field(900.0, gt=0)


class ModelOverride(_Section):
    """Per-model capability overrides (keys of ``[models."provider:name"]``)."""

    languages: list[Literal["ko", "en", "other"]] | None = None
    tool_calling: bool | None = None
    context_window: int | None = Field(None, ge=256)
    price_in_per_1k: float | None = Field(None, ge=0.0)
    price_out_per_1k: float | None = Field(None, ge=0.0)


class LimitSettings(_Section):
    """Input guards."""

    max_input_chars: int = Field(8_000, ge=10)
    local_max_tokens: int = Field(256, ge=1)
    embedded_n_ctx: int = Field(2048, ge=256)
    embedded_threads: int | None = Field(
        None, ge=1, description="llama.cpp threads; default leaves one core for the app"
    )


class RagSettings(_Section):
    """Document store knobs."""

    dense: bool = True
    max_file_bytes: int = Field(20_000_000, ge=1)
    default_collection: str = "default"
    ingest_samples_on_start: bool = True


class McpToolOverride(_Section):
    """An admin's word on one MCP tool (``[mcp.tools."server.tool"]``), over its annotations."""

    permission: Literal["read", "write", "destructive", "external"]


class McpSettings(_Section):
    """MCP client and server knobs."""

    config_path: Path = Path("mcp_servers.json")
    request_timeout_s: float = Field(5.0, gt=0)
    startup_timeout_s: float = Field(10.0, gt=0)
    # A call that keeps sending progress may run this long in all (request_timeout_s
    # then bounds each silence between progress notifications).
    max_call_s: float = Field(300.0, gt=0)
    allow_ingest_tool: bool = False
    # MCP clients (the name they send in ``initialize``) that get search_documents and
    # ask results with personal data unmasked; every other client gets them masked.
    trusted_clients: list[str] = Field(default_factory=list)
    # Keyed "server.tool": e.g. mark an unannotated third-party tool read-only.
    tools: dict[str, McpToolOverride] = Field(default_factory=dict)


class OtelSettings(_Section):
    """OpenTelemetry export of runs as spans (``[otel]``); off unless ``enabled``.

    Every exported string is masked and the request body is re-scanned at the wire,
    so a collector never receives personal data (DESIGN.md principle 3).
    """

    enabled: bool = False
    endpoint: str = Field(
        "http://127.0.0.1:4318/v1/traces", description="OTLP/HTTP (protobuf) traces URL"
    )
    headers: dict[str, str] = Field(
        default_factory=dict, description="sent with each export, e.g. an API key header"
    )
    service_name: str = "switchyard"
    timeout_s: float = Field(10.0, gt=0)


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
