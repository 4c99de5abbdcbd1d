"""Two Switchyard processes (separate data dirs, like two hosts) share one PostgreSQL.

Each command is a fresh ``switchyard`` process, so nothing is shared but the database:
a conversation, a paused workflow, an ingested document and the trace list all
cross from replica A to replica B.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.workflow.test_cli import GREETING

# Every command builds its services in a new process: slow on a shared machine.
pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parents[2]
FIRST = "환율 1350원일 때 250달러는 원화로 얼마고, 그걸 3명이 나누면?"


class Replica:
    """One app replica: its own data dir, the shared storage URL."""

    def __init__(self, home: Path, storage_url: str, workflows: Path) -> None:
        self.home = home
        self.env = {
            **os.environ,
            "SWITCHYARD_DATA_DIR": str(home / "data"),
            "SWITCHYARD_STORAGE_URL": storage_url,
            "SWITCHYARD_WORKFLOWS_DIR": str(workflows),
            "SWITCHYARD_MCP__CONFIG_PATH": str(home / "no-mcp.json"),
            "SWITCHYARD_RAG__INGEST_SAMPLES_ON_START": "false",
            "SWITCHYARD_RAG__DENSE": "false",
            "COLUMNS": "200",
        }

    def run(self, *args: str) -> Any:  # the command's JSON output
        done = subprocess.run(
            [sys.executable, "-m", "ui.cli", *args],
            cwd=REPO,
            env=self.env,
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )
        assert done.returncode == 0, done.stderr
        return json.loads(done.stdout)


@pytest.fixture
def replicas(tmp_path: Path, pg_url: str) -> tuple[Replica, Replica]:
    workflows = tmp_path / "workflows"
    workflows.mkdir()
    (workflows / "greeting.yaml").write_text(GREETING, encoding="utf-8")
    return (
        Replica(tmp_path / "a", pg_url, workflows),
        Replica(tmp_path / "b", pg_url, workflows),
    )


def test_a_conversation_continues_on_the_other_replica_and_traces_agree(
    replicas: tuple[Replica, Replica],
) -> None:
    a, b = replicas
    first = a.run("ask", FIRST, "--json")
    assert isinstance(first, dict) and "112,500" in str(first["answer"])
    # The follow-up only resolves against the first turn's history, which B reads from PG.
    second = b.run("ask", "그럼 4명이면?", "--thread", str(first["thread_id"]), "--json")
    assert isinstance(second, dict) and second["answer"] == "84,375원"
    listed_a = a.run("trace", "list", "--json")
    listed_b = b.run("trace", "list", "--json")
    assert listed_a == listed_b
    assert isinstance(listed_a, list) and len(listed_a) == 2
    assert {r["thread_id"] for r in listed_a} == {first["thread_id"]}


def test_a_workflow_paused_on_one_replica_resumes_on_the_other(
    replicas: tuple[Replica, Replica],
) -> None:
    a, b = replicas
    paused = a.run("workflow", "run", "greeting", "--input", "who=Dr. Lee", "--json")
    assert isinstance(paused, dict) and paused["status"] == "paused"
    assert "Greet Dr. Lee formally?" in json.dumps(paused["pending"], ensure_ascii=False)
    done = b.run("workflow", "resume", str(paused["run_id"]), "--approve", "--json")
    assert isinstance(done, dict) and done["status"] == "done"
    assert done["outputs"] == {"text": "Good day, Dr. Lee x1"}
    runs = a.run("workflow", "runs", "greeting", "--json")["runs"]
    assert [(r["run_id"], r["status"]) for r in runs] == [(paused["run_id"], "done")]


def test_a_document_ingested_through_one_replica_is_cited_by_the_other(
    replicas: tuple[Replica, Replica],
) -> None:
    a, b = replicas
    # A user's own copy: a file inside the samples folder counts as a sample, which the
    # first start of a replica moves out of the workspace into the `samples` collection.
    upload = a.home / "uploads" / "clinic_guide.md"
    upload.parent.mkdir(parents=True)
    upload.write_bytes((REPO / "data" / "samples" / "clinic_guide.md").read_bytes())
    report = a.run("ingest", str(upload), "--json")
    assert isinstance(report, dict)
    assert [f["status"] for f in report["files"]] == ["added"]
    assert not (b.home / "data" / "rag" / "rag.sqlite3").exists()
    result = b.run("ask", "예약 변경은 언제까지 연락해야 하나요?", "--json")
    assert isinstance(result, dict) and "전날" in str(result["answer"])
    citations = result["citations"]
    assert isinstance(citations, list)
    assert str(citations[0]["source"]).endswith("clinic_guide.md")
