"""``switchyard bench cli``: what it runs and in which environment (never how fast)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from bench.cli import REPO, child_env, measure


def test_commands_cache_bytecode_outside_the_checkout(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A shell that never writes bytecode would make every run recompile each module.
    monkeypatch.setenv("PYTHONDONTWRITEBYTECODE", "1")
    env = child_env(tmp_path, tmp_path / "none.json")
    assert "PYTHONDONTWRITEBYTECODE" not in env
    assert Path(env["PYTHONPYCACHEPREFIX"]).parent == tmp_path
    assert env["SWITCHYARD_DATA_DIR"] == str(tmp_path / "data")
    # The interpreter takes it: a module imported there leaves its .pyc under the prefix.
    subprocess.run(
        [sys.executable, "-c", "import bench.cli"], env=env, cwd=REPO, check=True, timeout=120
    )
    cached = list(Path(env["PYTHONPYCACHEPREFIX"]).rglob("cli.cpython-*.pyc"))
    assert any("bench" in path.parts for path in cached)


def test_report_rows_are_measured_against_python_pass() -> None:
    report = measure(1, only=["help"])
    assert set(report["commands"]) == {"python_pass", "help"}
    assert report["commands"]["python_pass"]["extra_s"] == 0.0
    assert report["bytecode"].startswith("cached")
