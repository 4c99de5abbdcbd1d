"""The tables of ``switchyard.toml`` (``[tiers]``, ``[router]``, ``[privacy]`` ...), one model each.

``core.settings`` assembles them into the one ``Settings`` object and loads it; each
table here only states its keys, their defaults and how a value is checked.
Unknown keys in a table are an error, so a typo fails at start instead of being ignored.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator
from pydantic_settings import NoDecode

from core.models.providers import validate_tier_model

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
    "national_id",
    "secret",
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
