"""``switchyard ingest`` as a user runs it, on the fault suite's bad files next to good ones."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.tools.rag.fault_files import build_fault_folder

REPO = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_cli_ingest_reports_every_bad_file_and_exits_zero(tmp_path: Path) -> None:
    folder = tmp_path / "inbox"
    expected = build_fault_folder(folder)
    env = dict(
        os.environ,
        PYTHONPATH=str(REPO),
        SWITCHYARD_DATA_DIR=str(tmp_path / "data"),
        SWITCHYARD_RAG__DENSE="false",
    )
    proc = subprocess.run(
        [sys.executable, "-m", "ui.cli", "ingest", str(folder), "--json"],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=600,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr
    report = json.loads(proc.stdout)
    outcome = {Path(f["source"]).name: f for f in report["files"]}
    assert sorted(outcome) == sorted(expected)
    for name, want in expected.items():
        if want == "added":
            assert outcome[name]["status"] == "added", outcome[name]
        else:
            assert outcome[name]["status"] == "rejected", outcome[name]
            assert want in outcome[name]["reason"].lower(), outcome[name]
