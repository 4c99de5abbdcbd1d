"""The SDK's client session as Switchyard offers it to a server.

It declares form elicitation only: no sampling, no roots, no URL-mode elicitation.
A server that asks for sampling or roots anyway gets a refusal that says why.
Split from ``agents.mcp.connection``, which opens one of these per server.
"""

from __future__ import annotations

import logging
from typing import Any

from mcp import ClientSession, types

# MCP (syslog) levels onto Python's, for a server's ``notifications/message``.
LOG_LEVELS = {
    "debug": logging.DEBUG,
    "info": logging.INFO,
    "notice": logging.INFO,
    "warning": logging.WARNING,
    "error": logging.ERROR,
    "critical": logging.CRITICAL,
    "alert": logging.CRITICAL,
    "emergency": logging.CRITICAL,
}


def _unsupported(feature: str, method: str) -> types.ErrorData:
    # -32601 (method not found) with the reason, rather than the SDK's bare -32600:
    # the client never declared the capability, so the server should not have asked.
    return types.ErrorData(
        code=types.METHOD_NOT_FOUND,
        message=(
            f"Switchyard's MCP client does not support {feature}: it does not declare the "
            f"capability, so {method} is not available to servers"
        ),
    )


async def refuse_sampling(
    context: Any, params: types.CreateMessageRequestParams
) -> types.ErrorData:
    """The reply to ``sampling/createMessage``: not supported, and why."""
    return _unsupported("sampling", "sampling/createMessage")


async def refuse_roots(context: Any) -> types.ErrorData:
    """The reply to ``roots/list``: not supported, and why."""
    return _unsupported("roots", "roots/list")


class SwitchyardSession(ClientSession):
    """The SDK's session, declaring neither sampling nor roots.

    The SDK declares a capability whenever its callback is set; ours are set only to
    answer a server that asks anyway with a clear refusal, so the capabilities are
    taken back out here (``_build_capabilities`` is the SDK's one place for them).
    """

    def _build_capabilities(self, version: str) -> types.ClientCapabilities:
        built = super()._build_capabilities(version)
        # Form elicitation only: URL mode (send the user to a web page) is not offered.
        form_only = types.ElicitationCapability(form=types.FormElicitationCapability())
        return built.model_copy(update={"sampling": None, "roots": None, "elicitation": form_only})
