"""Running ``switchyard`` as a user runs it: a fresh process on its own data directory.

Tests that start the CLI in a subprocess share this setup, so every one of them runs
this checkout (not an installed copy), sees no MCP server it did not configure, and
prints tables wide enough that no cell wraps.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def cli_env(
    data_dir: Path, *, mcp_config: Path | None = None, extra: Mapping[str, str] | None = None
) -> dict[str, str]:
    """The environment of a ``switchyard`` process that keeps its state in ``data_dir``.

    Args:
        data_dir: The data directory (``SWITCHYARD_DATA_DIR``).
        mcp_config: The MCP client config; by default a file that does not exist,
            so no server the developer configured is started.
        extra: More variables, e.g. ``SWITCHYARD_CONFIG``.

    Returns:
        This process's environment with those variables set.
    """
    return {
        **os.environ,
        "PYTHONPATH": str(REPO),
        "SWITCHYARD_DATA_DIR": str(data_dir),
        "SWITCHYARD_MCP__CONFIG_PATH": str(mcp_config or data_dir / "no-mcp.json"),
        "COLUMNS": "200",  # wide enough that no table cell wraps
        **(extra or {}),
    }


def run_cli(
    env: dict[str, str], *args: str, timeout: float = 300, cwd: Path = REPO
) -> subprocess.CompletedProcess[str]:
    """Run ``python -m ui.cli ARGS`` (from the repository root by default); never raises.

    Args:
        env: The process environment (usually from ``cli_env``).
        *args: The command line after ``switchyard``.
        timeout: Seconds before the run counts as hung.
        cwd: The working directory; another folder keeps the bundled samples out.

    Returns:
        The finished process with its text output.
    """
    return subprocess.run(
        [sys.executable, "-m", "ui.cli", *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
