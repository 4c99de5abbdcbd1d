"""The installed Switchyard version, as our MCP server and client tell their peers."""

from __future__ import annotations

from functools import cache
from importlib import metadata

UNKNOWN_VERSION = "0+unknown"
"""What ``switchyard_version`` returns when the distribution is not installed."""


@cache
def switchyard_version() -> str:
    """The installed ``switchyard`` distribution's version (``0+unknown`` when not installed)."""
    try:
        return metadata.version("switchyard")
    except metadata.PackageNotFoundError:
        return UNKNOWN_VERSION
