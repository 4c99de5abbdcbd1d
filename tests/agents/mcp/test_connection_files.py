"""A server connection keeps its files in the data directory it is given (the settings')."""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

import pytest

from agents.mcp.config import parse_server
from agents.mcp.connection import ServerConnection
from agents.mcp.errors import McpServerUnavailableError

_CRASH = "import sys; sys.stderr.write('boom: token file missing\\n'); sys.exit(3)"


def test_a_crashing_servers_stderr_is_logged_under_the_data_dir_and_explains_it(
    tmp_path: Path,
) -> None:
    config = parse_server("crash", {"command": sys.executable, "args": ["-c", _CRASH]})
    data_dir = tmp_path / "data"
    conn = ServerConnection(
        config, startup_timeout_s=10, data_dir=data_dir, on_lost=lambda reason: None
    )

    async def start_then_close() -> None:
        try:
            await conn.start()
        finally:
            await conn.close()

    with pytest.raises(McpServerUnavailableError, match="boom: token file missing"):
        asyncio.run(start_then_close())
    log = data_dir / "logs" / "mcp-crash.log"
    assert "boom: token file missing" in log.read_text(encoding="utf-8")
