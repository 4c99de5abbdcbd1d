"""``langgraph.json`` lists every graph and workflow, and ``langgraph dev`` serves them.

The slow test starts langgraph-cli's in-memory server on loopback (no browser, no
reload, no tunnel, analytics off) and runs the ``support_triage`` sample through
``langgraph-sdk``: the FAQ path, which is code only, so no model is needed.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest

from bench.loopback import free_port
from core.workflow.loader import load_folder
from graphs.registry import registered
from graphs.workflow.registry import file_graph_names
from tests.workflow.sample_env import REPO, sample_config

CONFIG = json.loads((REPO / "langgraph.json").read_text(encoding="utf-8"))


def test_langgraph_json_lists_every_graph_and_workflow() -> None:
    workflows = set(load_folder(REPO / "workflows").workflows)
    # Other tests may have registered files of their own folders: only Python graphs count.
    python_graphs = {e.name for e in registered() if e.name not in file_graph_names()}
    assert set(CONFIG["graphs"]) == workflows | python_graphs
    for name, target in CONFIG["graphs"].items():
        assert target == f"./graphs/studio.py:{name}"


def _wait_until_up(url: str, server: subprocess.Popen[str], seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise AssertionError(f"langgraph dev exited: {server.communicate()[0][-3000:]}")
        try:
            if httpx.get(f"{url}/ok", timeout=2).status_code == 200:
                return
        except httpx.HTTPError:
            pass  # not listening yet
        time.sleep(1)
    raise AssertionError("langgraph dev did not come up")


@pytest.mark.slow
@pytest.mark.timeout(600)
def test_langgraph_dev_serves_the_workflows_and_runs_one(tmp_path: Path) -> None:
    from langgraph_sdk import get_sync_client

    port = free_port()
    env = {
        **sample_config(tmp_path),
        "PYTHONPATH": str(REPO),
        "LANGGRAPH_CLI_NO_ANALYTICS": "1",
        "LANGSMITH_TRACING": "false",
    }
    command = [
        str(Path(sys.executable).with_name("langgraph")),
        *("dev", "--host", "127.0.0.1", "--port", str(port), "--no-browser", "--no-reload"),
    ]
    # The server resolves langgraph.json's paths from its working directory (the
    # repository) and keeps its in-memory state there in .langgraph_api/: removed after.
    leftovers = REPO / ".langgraph_api"
    had_leftovers = leftovers.exists()
    server = subprocess.Popen(
        command,
        cwd=REPO,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        start_new_session=True,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        # Import of four graphs on a busy 2-core machine: allow minutes, not seconds.
        _wait_until_up(url, server, 420)
        client = get_sync_client(url=url, api_key=None)
        served = {a["graph_id"] for a in client.assistants.search(limit=50)}
        assert served == set(CONFIG["graphs"])
        thread = client.threads.create()
        final = client.runs.wait(
            thread["thread_id"],
            "support_triage",
            input={"inputs": {"message": "진료 시간이 어떻게 되나요?"}},
        )
        assert isinstance(final, dict)
        assert "09:00" in final["outputs"]["reply"]
        assert final["outputs"]["sent"] is None
        assert [(r["node"], r["tier"]) for r in final["records"]] == [
            ("kind", "deterministic"),
            ("faq", "deterministic"),
        ]
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(server.pid, signal.SIGTERM)
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)
            server.wait(timeout=30)
        if not had_leftovers:
            shutil.rmtree(leftovers, ignore_errors=True)
