"""``switchyard workflow ...`` as a user runs it: a new YAML file in a temporary folder, no code."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

# Each command is a fresh process that builds the services: slow on a shared machine.
pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parents[2]
BROKEN = Path(__file__).parent / "broken"

GREETING = """
name: greeting
version: 7
description: greet, ask a human, then answer
inputs:
  who: {type: string, description: whom to greet}
  times: {type: integer, default: 1}
steps:
  - id: kind
    classify: "{{ inputs.who }}"
    labels: [vip, guest]
    rules: {vip: ["/^Dr\\\\./"]}
    default: guest
    tier: deterministic
  - id: ok
    when: "steps.kind.label == 'vip'"
    approval: "Greet {{ inputs.who }} formally?"
    value: "Good day, {{ inputs.who }}"
  - id: hello
    answer: "{{ steps.ok.value or 'hi' }} x{{ inputs.times }}"
outputs:
  text: "{{ steps.hello.output }}"
cases:
  - name: guest
    inputs: {who: Kim}
    expect: {output_equals: {text: hi x1}, tiers_not: [cloud, local]}
  - name: vip approved
    inputs: {who: Dr. Lee, times: 2}
    approve: approve
    expect: {output_contains: "Good day, Dr. Lee x2", approval_reached: true}
"""


def cli(*args: str, home: Path) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "SWITCHYARD_DATA_DIR": str(home / "data"),
        "SWITCHYARD_WORKFLOWS_DIR": str(home / "workflows"),
        "SWITCHYARD_MCP__CONFIG_PATH": str(home / "no-mcp.json"),
        "SWITCHYARD_RAG__INGEST_SAMPLES_ON_START": "false",
        "COLUMNS": "200",
    }
    return subprocess.run(
        [sys.executable, "-m", "ui.cli", "workflow", *args],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=240,
    )


def test_a_new_file_runs_pauses_and_resumes_in_another_process(tmp_path: Path) -> None:
    (tmp_path / "workflows").mkdir()
    (tmp_path / "workflows" / "greeting.yaml").write_text(GREETING, encoding="utf-8")
    listing = json.loads(cli("list", "--json", home=tmp_path).stdout)
    assert {"name": "greeting", "kind": "file"}.items() <= next(
        w for w in listing["workflows"] if w["name"] == "greeting"
    ).items()

    done = cli("run", "greeting", "--input", "who=Kim", "--json", home=tmp_path)
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert {k: result[k] for k in ("workflow", "version", "status", "outputs", "pending")} == {
        "workflow": "greeting",
        "version": "7",
        "status": "done",
        "outputs": {"text": "hi x1"},
        "pending": None,
    }
    assert [s["node"] for s in result["steps"]] == ["kind", "hello"]
    assert set(result["steps"][0]) >= {"node", "tier", "model", "reasons", "latency_ms"}

    paused = json.loads(
        cli("run", "greeting", "-i", "who=Dr. Lee", "-i", "times=2", "--json", home=tmp_path).stdout
    )
    assert paused["status"] == "paused"
    assert paused["pending"]["question"] == "Greet Dr. Lee formally?"
    edited = cli("resume", paused["run_id"], "--edit", '"Hello, doctor"', "--json", home=tmp_path)
    assert edited.returncode == 0, edited.stderr
    final = json.loads(edited.stdout)
    assert (final["status"], final["outputs"]) == ("done", {"text": "Hello, doctor x2"})
    assert final["hash"] == paused["hash"] == result["hash"]

    runs = json.loads(cli("runs", "greeting", "--json", home=tmp_path).stdout)["runs"]
    assert sorted(r["status"] for r in runs) == ["done", "done"]


def test_validate_show_and_test_commands(tmp_path: Path) -> None:
    (tmp_path / "workflows").mkdir()
    (tmp_path / "workflows" / "greeting.yaml").write_text(GREETING, encoding="utf-8")
    bad = cli("validate", str(BROKEN / "later_step.yaml"), home=tmp_path)
    assert bad.returncode == 1
    assert "later_step.yaml:6: step 'reply', field 'answer'" in bad.stdout
    good = cli("validate", str(tmp_path / "workflows" / "greeting.yaml"), home=tmp_path)
    assert good.returncode == 0 and "valid (greeting v7)" in good.stdout

    shown = cli("show", "greeting", home=tmp_path)
    assert shown.returncode == 0, shown.stderr
    assert "graph TD" in shown.stdout
    assert {"kind -.-> ok;", "ok -.-> hello;", "ok -.-> _finish;"} <= {
        line.strip() for line in shown.stdout.splitlines()
    }

    tested = cli("test", "greeting", "--json", home=tmp_path)
    assert tested.returncode == 0, tested.stdout + tested.stderr
    report = json.loads(tested.stdout)
    assert (report["cases"], report["passed"]) == (2, 2)
    assert report["tiers"] == {"deterministic": 1.0}

    failing = GREETING.replace("output_equals: {text: hi x1}", "output_equals: {text: hello}")
    (tmp_path / "workflows" / "greeting.yaml").write_text(failing, encoding="utf-8")
    tested = cli("test", "greeting", home=tmp_path)
    assert tested.returncode == 1
    assert "FAIL" in tested.stdout and "output text = 'hi x1'" in tested.stdout
