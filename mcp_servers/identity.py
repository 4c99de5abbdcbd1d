"""What our servers tell clients about themselves at ``initialize`` (``serverInfo``).

The SDK reports an empty version for a server that gives none (v1 reported the
SDK's own version, which clients then showed as ours), so every server built
here names Switchyard and carries the installed package's version.
"""

from __future__ import annotations

from core.version import switchyard_version
from mcp_servers.base import SwitchyardMCPServer

__all__ = ["new_server", "switchyard_version"]


def new_server(name: str, *, instructions: str, title: str = "Switchyard") -> SwitchyardMCPServer:
    """An empty server whose ``serverInfo`` names Switchyard and its version.

    Args:
        name: ``serverInfo.name`` (``switchyard``, ``switchyard-tools``, ...).
        instructions: Sent at ``initialize``; clients show it to their model.
        title: ``serverInfo.title``, the human-readable name a client displays.
    """
    return SwitchyardMCPServer(
        name,
        title=title,
        instructions=instructions,
        version=switchyard_version(),
        log_level="WARNING",
    )
