"""The shipped sample workflows: valid, and their own cases pass against a real outbox server."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from core.workflow.loader import load_folder
from core.workflow.validate import Known
from tools.builtin import builtin_tools

REPO = Path(__file__).resolve().parents[2]
SAMPLES = REPO / "workflows"


def test_every_sample_is_valid_and_has_cases() -> None:
    known = Known(
        tools=frozenset({*builtin_tools().names(), "outbox.*"}),
        collections=frozenset({"default"}),
        workflows=None,
    )
    folder = load_folder(SAMPLES, known)
    assert folder.problems == {}
    assert "support_triage" in folder.workflows
    for loaded in folder.workflows.values():
        assert loaded.workflow.cases, f"{loaded.name} ships without cases"


@pytest.mark.slow
def test_support_triage_cases_pass_and_send_only_the_approved_reply(tmp_path: Path) -> None:
    outbox = tmp_path / "outbox.jsonl"
    config = {
        "mcpServers": {
            "outbox": {
                "command": sys.executable,
                "args": [str(SAMPLES / "servers" / "outbox.py")],
                "env": {"OUTBOX_PATH": str(outbox)},
                "privacy": "local",
            }
        }
    }
    (tmp_path / "mcp.json").write_text(json.dumps(config), encoding="utf-8")
    env = {
        **os.environ,
        "SWITCHYARD_DATA_DIR": str(tmp_path / "data"),
        "SWITCHYARD_MCP__CONFIG_PATH": str(tmp_path / "mcp.json"),
        "SWITCHYARD_RAG__INGEST_SAMPLES_ON_START": "false",
    }
    done = subprocess.run(
        [sys.executable, "-m", "ui.cli", "workflow", "test", "support_triage", "--json"],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    report = json.loads(done.stdout)
    assert (report["cases"], report["failed"]) == (3, 0)
    assert "cloud" not in report["tiers"]
    # Three cases: one approved send, one rejected, one FAQ; exactly one message left.
    sent = [json.loads(line) for line in outbox.read_text(encoding="utf-8").splitlines()]
    assert [m["body"] for m in sent] == [
        "안녕하세요. 예약 변경을 도와드리겠습니다. 곧 연락드리겠습니다."
    ]
