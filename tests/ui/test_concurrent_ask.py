"""Six `switchyard ask` processes on one thread at once: every turn is kept, or refused aloud."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from core.settings import load_settings
from graphs.services import build_services

REPO = Path(__file__).resolve().parents[2]
PRODUCTS = {f"12*{n}": f"{12 * n}" for n in range(7, 13)}
BUSY = "still answering an earlier question"


@pytest.mark.slow
@pytest.mark.timeout(280)
def test_six_concurrent_asks_on_one_thread_keep_every_turn(tmp_path: Path) -> None:
    env = {
        **os.environ,
        "PYTHONPATH": str(REPO),
        "SWITCHYARD_DATA_DIR": str(tmp_path),
        "SWITCHYARD_RAG__INGEST_SAMPLES_ON_START": "false",
        "SWITCHYARD_MCP__CONFIG_PATH": str(tmp_path / "no-mcp.json"),
    }
    procs = {
        question: subprocess.Popen(
            [sys.executable, "-m", "ui.cli", "ask", question, "--thread", "shared", "--json"],
            cwd=REPO,
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for question in PRODUCTS
    }
    answered: set[str] = set()
    refused: set[str] = set()
    for question, proc in procs.items():
        out, err = proc.communicate(timeout=270)
        if proc.returncode == 0:
            assert PRODUCTS[question] in json.loads(out)["answer"]
            answered.add(question)
        else:
            # A refusal must say so; nothing else may fail.
            assert proc.returncode == 2 and BUSY in err, err
            refused.add(question)
    assert answered | refused == set(PRODUCTS) and answered
    settings = load_settings(data_dir=tmp_path)
    services = build_services(settings, mcp=False, docs=None)
    history = services.graph.get_state({"configurable": {"thread_id": "shared"}}).values["messages"]
    questions = [str(m.content) for m in history if m.type == "human"]
    # Every answered question is in the history exactly once, each followed by its answer.
    assert sorted(questions) == sorted(answered)
    for i in range(0, len(history), 2):
        question, answer = history[i], history[i + 1]
        assert question.type == "human" and answer.type == "ai"
        assert PRODUCTS[str(question.content)] in str(answer.content)
