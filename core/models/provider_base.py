"""What every model provider shares: the endpoint it serves, its context, the base class.

:mod:`core.models.providers` holds the providers themselves and the ``PROVIDERS``
table; the types here are what the tiers, the registry and the settings pass around.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar

from pydantic import SecretStr

from core.types import Language, ModelTier

if TYPE_CHECKING:
    from langchain_core.language_models import BaseChatModel

    from core.egress import BlockListener
    from core.settings import EgressClass, Settings

__all__ = ["Availability", "Capabilities", "Endpoint", "Provider", "ProviderContext"]

Capabilities = tuple[frozenset[Language], bool, int, float, float]
"""languages, tool calling, context window, USD per 1K tokens in, USD per 1K tokens out."""


@dataclass(frozen=True)
class Endpoint:
    """A tier's model as configured: the id, where it is reached and who may see the data.

    Attributes:
        tier: the tier this endpoint serves.
        model_id: the ``provider:model`` id.
        base_url: the HTTP endpoint; ``None`` for in-process models (or the provider default).
        api_key: the key sent to the endpoint, if any.
        key_source: the variable the key comes from, named in messages (never the key).
        egress: ``local`` endpoints may receive personal data; ``external`` ones never.
        egress_reason: why the endpoint has that egress class.
    """

    tier: ModelTier
    model_id: str
    base_url: str | None
    api_key: SecretStr | None
    key_source: str | None
    egress: EgressClass
    egress_reason: str
    where: str = ""
    """Where requests go, for people: the URL, the provider's default, or ``in-process``."""

    @property
    def provider(self) -> str:
        """The provider part of the model id."""
        return self.model_id.partition(":")[0]

    @property
    def name(self) -> str:
        """The model part of the id (a path for ``gguf:``)."""
        return self.model_id.partition(":")[2]


@dataclass(frozen=True)
class ProviderContext:
    """What building or checking a model needs besides its endpoint."""

    settings: Settings
    fakes: Mapping[str, BaseChatModel]
    egress_listener: BlockListener | None
    embedded_threads: int


@dataclass(frozen=True)
class Availability:
    """Whether an endpoint can serve now, with a one-line reason either way."""

    available: bool
    reason: str


class Provider:
    """Base class: override what differs. Methods raise ``ValueError`` for bad config."""

    name: ClassVar[str]
    example: ClassVar[str]
    defaults: ClassVar[Capabilities]
    """Capabilities of a model this provider serves when ``capabilities`` does not know it."""
    in_process: ClassVar[bool] = False
    """True when the model runs inside this process, so data never leaves it."""
    default_where: ClassVar[str] = ""
    """Where requests go when no ``base_url`` is configured (for ``doctor``)."""

    def validate(self, name: str, base_url: str | None) -> None:
        """Check a tier's model name and endpoint at start; raise ``ValueError`` on a bad one."""

    def default_base_url(self, settings: Settings) -> str | None:
        """The endpoint used when the tier sets no ``base_url``."""
        return None

    def default_key(self, settings: Settings) -> tuple[SecretStr | None, str | None]:
        """The key (and its variable name) used when the tier sets no ``api_key_env``."""
        return None, None

    def check(self, endpoint: Endpoint, ctx: ProviderContext, *, load: bool) -> Availability:
        """Whether the endpoint can serve now; ``load`` also loads in-process models."""
        raise NotImplementedError

    def build(self, endpoint: Endpoint, ctx: ProviderContext) -> BaseChatModel:
        """The LangChain chat model for the endpoint."""
        raise NotImplementedError
