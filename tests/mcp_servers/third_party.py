"""Where the third-party MCP servers live (installed by install_third_party.sh).

Tests FAIL, not skip, when they are missing: the Makefile's test target runs
the install script first, so a missing server is a broken set-up.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
FIXTURES = Path(__file__).resolve().parent / "fixtures"
PYTHON = str(REPO / ".venv" / "bin" / "python")
THIRD_PARTY = Path(os.environ.get("SWITCHYARD_MCP_THIRD_PARTY", REPO / ".mcp-third-party"))
INSTALL_HINT = (
    "run `bash tests/mcp_servers/install_third_party.sh` (the Makefile's test target does)"
)


def time_server_command() -> list[str]:
    """Command line of ``mcp-server-time`` (PyPI) in its own venv."""
    exe = THIRD_PARTY / "time-venv" / "bin" / "mcp-server-time"
    if not exe.exists():
        pytest.fail(f"mcp-server-time is not installed at {exe}: {INSTALL_HINT}", pytrace=False)
    return [str(exe), "--local-timezone", "UTC"]


def git_server_command(repo: Path) -> list[str]:
    """Command line of ``mcp-server-git`` (PyPI) in its own venv, confined to ``repo``."""
    exe = THIRD_PARTY / "git-venv" / "bin" / "mcp-server-git"
    if not exe.exists():
        pytest.fail(f"mcp-server-git is not installed at {exe}: {INSTALL_HINT}", pytrace=False)
    return [str(exe), "--repository", str(repo)]


def filesystem_server_command(root: Path) -> list[str]:
    """Command line of ``@modelcontextprotocol/server-filesystem`` (npm) serving ``root``."""
    script = (
        THIRD_PARTY / "npm" / "node_modules" / "@modelcontextprotocol" / "server-filesystem"
        / "dist" / "index.js"
    )  # fmt: skip
    node = shutil.which("node")
    if node is None:
        pytest.fail(
            f"node is not on PATH; it runs server-filesystem: {INSTALL_HINT}", pytrace=False
        )
    if not script.exists():
        pytest.fail(
            f"server-filesystem is not installed at {script}: {INSTALL_HINT}", pytrace=False
        )
    return [node, str(script), str(root)]


def everything_server_command(transport: str = "stdio") -> list[str]:
    """Command line of ``@modelcontextprotocol/server-everything`` (npm) on ``transport``
    (``stdio`` or ``streamableHttp``, which listens on ``$PORT``)."""
    script = (
        THIRD_PARTY / "npm" / "node_modules" / "@modelcontextprotocol" / "server-everything"
        / "dist" / "index.js"
    )  # fmt: skip
    node = shutil.which("node")
    if node is None or not script.exists():
        pytest.fail(
            f"server-everything (or node) is not installed at {script}: {INSTALL_HINT}",
            pytrace=False,
        )
    return [node, str(script), transport]


def fixture_command(name: str, *args: str) -> list[str]:
    """Command line of one of our fixture servers, run with the project's venv."""
    return [PYTHON, str(FIXTURES / name), *args]


def conformance_command() -> list[str]:
    """``node .../conformance/dist/index.js``: the official MCP conformance suite, pinned."""
    base = THIRD_PARTY / "conformance" / "node_modules"
    node, suite = base / ".bin" / "node", base / "@modelcontextprotocol" / "conformance"
    if not node.exists() or not (suite / "dist" / "index.js").exists():
        pytest.fail(f"the MCP conformance suite is not installed in {base}: {INSTALL_HINT}",
                    pytrace=False)  # fmt: skip
    return [str(node), str(suite / "dist" / "index.js")]


def inspector_command() -> list[str]:
    """``node .../inspector``: the official MCP Inspector (its ``--cli`` mode), pinned."""
    base = THIRD_PARTY / "inspector" / "node_modules"
    node, inspector = base / ".bin" / "node", base / ".bin" / "inspector"
    if not node.exists() or not inspector.exists():
        pytest.fail(f"the MCP Inspector is not installed in {base}: {INSTALL_HINT}",
                    pytrace=False)  # fmt: skip
    return [str(node), str(inspector)]
