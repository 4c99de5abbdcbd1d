"""``SwitchyardMCPServer``: the SDK's ``MCPServer`` with the protocol details we need.

- Resources listed at request time (documents come and go while the server runs),
  through catalogs registered by the features that own them.
- A prompt that does not exist, or misses a required argument, is the client's
  error: JSON-RPC ``-32602`` (invalid params), not the SDK's code ``0``.
- ``completion/complete`` asks each feature's completer in turn (the SDK has one
  handler per server), so resources and prompts each complete their own arguments.
- ``logging/setLevel`` is answered and remembered (the SDK no longer serves it by
  default; the 2026-07-28 spec deprecates it, older clients still send it).
"""

from __future__ import annotations

import warnings
from collections.abc import Awaitable, Callable
from typing import Any

from mcp import MCPDeprecationWarning
from mcp.server import ServerRequestContext
from mcp.server.mcpserver import Context, MCPServer
from mcp.shared.exceptions import MCPError
from mcp.types import (
    INVALID_PARAMS,
    CompleteRequestParams,
    CompleteResult,
    Completion,
    CompletionArgument,
    CompletionContext,
    EmptyResult,
    GetPromptResult,
    InputRequiredResult,
    LoggingLevel,
    PromptReference,
    Resource,
    ResourceTemplateReference,
    SetLevelRequestParams,
)

# RFC 5424 order, least to most severe: a client's level lets through itself and above.
LOG_LEVELS: tuple[LoggingLevel, ...] = (
    "debug", "info", "notice", "warning", "error", "critical", "alert", "emergency",
)  # fmt: skip

ResourceCatalog = Callable[[], list[Resource]]
# (reference, argument being typed, arguments already chosen) -> suggestions, or
# None when the reference is not this completer's.
Completer = Callable[
    [PromptReference | ResourceTemplateReference, CompletionArgument, CompletionContext | None],
    Awaitable[Completion | None],
]


class SwitchyardMCPServer(MCPServer):
    """``MCPServer`` plus dynamic resource catalogs, -32602 prompt errors and a log level."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.resource_catalogs: list[ResourceCatalog] = []
        self.completers: list[Completer] = []
        self._lowlevel_server.add_request_handler(
            "completion/complete", CompleteRequestParams, self._complete
        )
        # Server-wide, not per client: v2 gives handlers no stable connection
        # key on every transport, and stdio (desktop clients) has one client.
        self.client_log_level: LoggingLevel = "info"
        with warnings.catch_warnings():
            # Deprecated by the 2026-07-28 spec, still what 2025-era clients send.
            warnings.simplefilter("ignore", MCPDeprecationWarning)
            self._lowlevel_server.add_request_handler(
                "logging/setLevel", SetLevelRequestParams, self._set_log_level
            )

    async def _set_log_level(
        self, ctx: ServerRequestContext[Any], params: SetLevelRequestParams
    ) -> EmptyResult:
        self.client_log_level = params.level
        return EmptyResult()

    async def _complete(
        self, ctx: ServerRequestContext[Any], params: CompleteRequestParams
    ) -> CompleteResult:
        for completer in self.completers:
            found = await completer(params.ref, params.argument, params.context)
            if found is not None:
                return CompleteResult(completion=found)
        return CompleteResult(completion=Completion(values=[], total=0, has_more=False))

    def wants_log(self, level: LoggingLevel) -> bool:
        """Whether a message at ``level`` passes the level the client set."""
        return LOG_LEVELS.index(level) >= LOG_LEVELS.index(self.client_log_level)

    async def list_resources(self) -> list[Resource]:
        """Static resources plus every catalog's current entries."""
        listed = await super().list_resources()
        for catalog in self.resource_catalogs:
            listed.extend(catalog())
        return listed

    async def get_prompt(
        self,
        name: str,
        arguments: dict[str, Any] | None = None,
        context: Context[Any, Any] | None = None,
    ) -> GetPromptResult | InputRequiredResult:
        """Render a prompt; unknown names and missing arguments raise ``-32602``."""
        known = {p.name: p for p in await self.list_prompts()}
        prompt = known.get(name)
        if prompt is None:
            raise MCPError(INVALID_PARAMS, f"Unknown prompt: {name}", {"name": name})
        given = arguments or {}
        missing = [a.name for a in prompt.arguments or [] if a.required and a.name not in given]
        if missing:
            raise MCPError(INVALID_PARAMS, f"Prompt {name!r} needs arguments: {', '.join(missing)}")
        return await super().get_prompt(name, arguments, context)


async def log_to_client(ctx: Context[Any, Any], level: LoggingLevel, message: str) -> None:
    """Send one log notification if the client's level lets it through.

    Logging is deprecated by the 2026-07-28 spec (SEP-2577) but still how
    2025-era clients see what a long call is doing; the SDK delivers it only to
    requests that can carry it.
    """
    server = ctx.mcp_server
    if isinstance(server, SwitchyardMCPServer) and not server.wants_log(level):
        return
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", MCPDeprecationWarning)
        await ctx.log(level, message, logger_name="switchyard")
