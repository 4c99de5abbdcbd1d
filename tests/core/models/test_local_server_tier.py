"""An OpenAI-compatible server as the local tier: llama.cpp's server (xllamacpp) on loopback.

Issue 9's acceptance check, run as a user runs it: ``SWITCHYARD_TIERS__LOCAL`` points at
the server, the cloud tier at a recorder, and a question holding a phone number is
answered by the local endpoint while the recorder receives nothing.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from langchain_core.messages import HumanMessage

from core.models.embedded import EmbeddedServerHandle, start_openai_server
from core.models.registry import ModelRegistry
from core.settings import load_settings
from tests.recording_server import CANNED, Recorder, recording_server

pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parents[3]
PHONE = "010-1234-5678"


@pytest.fixture(scope="module")
def server() -> Iterator[EmbeddedServerHandle]:
    with start_openai_server() as handle:
        yield handle


@pytest.fixture
def recorder() -> Iterator[Recorder]:
    with recording_server() as running:
        yield running


def _ask(question: str, server: EmbeddedServerHandle, recorder: Recorder, tmp: Path) -> Any:
    env = {
        **os.environ,
        "COLUMNS": "200",
        "SWITCHYARD_DATA_DIR": str(tmp),
        "SWITCHYARD_RAG__INGEST_SAMPLES_ON_START": "false",
        "SWITCHYARD_MCP__CONFIG_PATH": str(tmp / "no-mcp.json"),
        "SWITCHYARD_TIERS__LOCAL": json.dumps(
            {"model": "openai-compat:smollm2", "base_url": server.base_url}
        ),
        "SWITCHYARD_TIERS__CLOUD": json.dumps(
            {"model": "openai:gpt-4o-mini", "base_url": f"{recorder.base_url}/v1"}
        ),
        "OPENAI_API_KEY": "dummy",
        # Every model step would prefer the cloud: only privacy may keep one local.
        "SWITCHYARD_ROUTER__DIFFICULTY_THRESHOLD": "0",
    }
    done = subprocess.run(
        [sys.executable, "-m", "ui.cli", "ask", question, "--json"],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        timeout=280,
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_phone_number_is_answered_by_the_local_server_and_never_reaches_the_cloud(
    server: EmbeddedServerHandle, recorder: Recorder, tmp_path: Path
) -> None:
    result = _ask(
        f"My number is {PHONE}. Write one sentence reminding me to call back.",
        server,
        recorder,
        tmp_path,
    )
    model_steps = [s for s in result["steps"] if s["model"]]
    assert model_steps and all(s["tier"] == "local" for s in model_steps)
    assert all(s["model"] == "openai-compat:smollm2" for s in model_steps)
    assert model_steps[-1]["tokens_out"] > 0
    assert result["answer"].strip() and result["answer"] != CANNED
    assert recorder.bodies == []


def test_without_personal_data_the_same_setup_reaches_the_cloud(
    server: EmbeddedServerHandle, recorder: Recorder, tmp_path: Path
) -> None:
    # The control: the recorder is wired, so its silence above means something.
    result = _ask("Write one short sentence about the sea.", server, recorder, tmp_path)
    assert [s["tier"] for s in result["steps"] if s["model"]] == ["cloud"]
    assert result["answer"] == CANNED
    assert len(recorder.bodies) == 1


def test_openai_provider_on_a_loopback_base_url_is_a_local_endpoint(
    server: EmbeddedServerHandle, tmp_path: Path
) -> None:
    # The shape from the issue: tiers.local = "openai:<name>" with OPENAI_BASE_URL on loopback.
    settings = load_settings(
        data_dir=tmp_path,
        tiers={"local": "openai:smollm2", "cloud": ""},
        openai_api_key="dummy",
        openai_base_url=server.base_url,
    )
    registry = ModelRegistry(settings)
    status = registry.status("local")
    assert status.available and status.egress == "local", status
    answer = registry.chat_model("openai:smollm2").invoke(
        [HumanMessage(content=f"Remind me to call {PHONE}.")]
    )
    assert answer.usage_metadata is not None and answer.usage_metadata["output_tokens"] > 0
