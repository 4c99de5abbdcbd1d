"""kill -9 in the middle of a side-effecting tool call, then resume: nothing is sent twice."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from core.trace_store import TraceStore
from core.workflow.runs import RunStore
from tests.workflow.conftest import BuildHarness

REPO = Path(__file__).resolve().parents[2]
WORKER = Path(__file__).with_name("crash_worker.py")
NOTIFY = """
name: notify
inputs: {body: {type: string}}
steps:
  - id: ok
    approval: "send {{ inputs.body }}?"
  - id: send
    tool: outbox_send
    args: {body: "{{ inputs.body }}"}
  - id: done
    answer: "{{ steps.send.output }}"
outputs: {result: "{{ steps.done.output }}"}
"""


def worker(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.run(
        [sys.executable, str(WORKER), str(home), *args],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=240,
    )


@pytest.mark.slow
def test_a_run_killed_inside_the_send_resumes_without_sending_again(tmp_path: Path) -> None:
    (tmp_path / "workflows").mkdir()
    (tmp_path / "workflows" / "notify.yaml").write_text(NOTIFY, encoding="utf-8")
    (tmp_path / "kill_on_send").touch()
    killed = worker(tmp_path, "run")
    assert killed.returncode == -9, killed.stderr
    assert (tmp_path / "outbox.txt").read_text(encoding="utf-8") == "hello\n"
    (run,) = RunStore(tmp_path / "data" / "workflow_runs.sqlite").list("notify")

    resumed = worker(tmp_path, "resume", run.run_id)
    assert resumed.returncode == 0, resumed.stderr
    result = json.loads(resumed.stdout)
    assert result["status"] == "done"
    assert (tmp_path / "outbox.txt").read_text(encoding="utf-8") == "hello\n"
    send = next(s for s in result["steps"] if s["node"] == "send")
    assert "not repeated" in send["reasons"][0]
    # One trace record per executed step: the approval, the send (not repeated), the answer.
    traces = TraceStore(tmp_path / "data" / "traces.sqlite", mask=lambda t: t)
    stored = traces.get_run(run.run_id)
    assert stored is not None and [s.node for s in stored.steps] == ["ok", "send", "done"]


def test_a_run_killed_before_its_first_checkpoint_starts_over_on_resume(
    harness: BuildHarness,
) -> None:
    from core.workflow.loader import load_text

    h = harness()
    h.write("notify", NOTIFY)
    loaded = load_text(NOTIFY, "notify.yaml")
    # What a kill right after ``runs.start`` leaves: a stored run, no checkpoint at all.
    h.runner.runs.start(
        "early",
        workflow="notify",
        version=loaded.version,
        content_hash=loaded.content_hash,
        snapshot=loaded.source,
        inputs={"body": "hello"},
    )
    paused = h.runner.resume("early")
    assert paused.status == "paused", paused.error
    done = h.runner.resume("early", "approve")
    assert done.status == "done", done.error
    assert done.outputs == {"result": "sent 1"}
    assert h.outbox.sent == ["hello"]
