"""A deterministic `ask` loads no model, embedding, MCP or UI module it does not use.

Checked in a fresh interpreter, since this test process has imported everything.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
# Top-level packages only a model call, an embedding, an MCP server or the web UI needs.
HEAVY = (
    "mcp",
    "openai",
    "langchain_openai",
    "langchain_ollama",
    "xllamacpp",
    "llama_cpp",
    "streamlit",
    "huggingface_hub",
    "onnxruntime",
    "torch",
    "transformers",
    "fastembed",
)
_DRIVER = f"""
import json, sys
from ui.cli import app
try:
    app(["ask", "3+4", "--json"], standalone_mode=False)
except SystemExit:
    pass
sys.stderr.write("\\nLOADED=" + json.dumps([m for m in {HEAVY!r} if m in sys.modules]))
"""


@pytest.mark.parametrize("servers", ["none", "hung"])
def test_a_calculator_ask_imports_no_model_embedding_mcp_or_ui_module(
    tmp_path: Path, servers: str
) -> None:
    config = tmp_path / "mcp_servers.json"
    if servers == "hung":
        # Configured but never answering: the ask must neither wait for it nor load MCP.
        hung = {"command": sys.executable, "args": ["-c", "import time; time.sleep(3600)"]}
        config.write_text(json.dumps({"mcpServers": {"hung": hung}}))
    env = {
        **os.environ,
        "PYTHONPATH": str(REPO),
        "SWITCHYARD_DATA_DIR": str(tmp_path),
        "SWITCHYARD_RAG__INGEST_SAMPLES_ON_START": "false",
        "SWITCHYARD_MCP__CONFIG_PATH": str(config),
    }
    done = subprocess.run(
        [sys.executable, "-c", _DRIVER],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=240,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["answer"].strip().startswith("7"), done.stdout
    loaded = json.loads(done.stderr.rsplit("LOADED=", 1)[1])
    assert loaded == []
