"""`switchyard ask` refuses what may not enter a conversation, aloud and with exit code 2."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def test_undecodable_bytes_in_argv_are_a_clear_error_not_a_crash(tmp_path: Path) -> None:
    env = {
        **os.environ,
        "PYTHONPATH": str(REPO),
        "SWITCHYARD_DATA_DIR": str(tmp_path),
        "SWITCHYARD_RAG__INGEST_SAMPLES_ON_START": "false",
        "SWITCHYARD_MCP__CONFIG_PATH": str(tmp_path / "no-mcp.json"),
        "PYTHONUTF8": "1",
    }
    # argv as a terminal in another encoding sends it: "café" in Latin-1.
    command = [sys.executable.encode(), b"-m", b"ui.cli", b"ask", b"caf\xe9 menu?", b"--json"]
    done = subprocess.run(command, cwd=REPO, env=env, capture_output=True, timeout=240)
    stderr = done.stderr.decode("utf-8", "replace")
    assert done.returncode == 2, stderr
    assert "Traceback" not in stderr and "not valid UTF-8" in stderr and "0xE9" in stderr
    payload = json.loads(done.stdout)
    assert payload["refused"] == "invalid_utf8" and payload["steps"] == []
    # Nothing of it was kept: no trace, no cache entry, no checkpoint.
    assert (
        not (tmp_path / "checkpoints.sqlite").exists()
        or b"caf" not in (tmp_path / "checkpoints.sqlite").read_bytes()
    )
    listing = subprocess.run(
        [sys.executable, "-m", "ui.cli", "trace", "list", "--json"],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=240,
    )
    assert json.loads(listing.stdout) == []
