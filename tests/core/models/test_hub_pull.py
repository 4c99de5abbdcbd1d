"""``models pull`` against a loopback hub: real huggingface_hub, real transfer, real checks."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from core.errors import ConfigError
from core.models.embedded import smollm2_gguf_path
from core.models.hub import ChecksumMismatchError, pull_gguf, verify_checksum
from tests.core.models.hub_server import COMMIT, Hub, HubFile, serve_hub

REPO = Path(__file__).resolve().parents[3]
HUB_REPO = "HuggingFaceTB/SmolLM2-135M-Instruct-GGUF"
HUB_FILE = "SmolLM2-135M-Instruct.Q4_1.gguf"


@pytest.fixture(scope="module")
def smollm2() -> HubFile:
    return HubFile(HUB_REPO, HUB_FILE, smollm2_gguf_path())


@pytest.fixture
def hub(smollm2: HubFile, tmp_path: Path) -> Iterator[Hub]:
    not_gguf = tmp_path / "README.md"
    not_gguf.write_text("# not a model\n")
    with serve_hub([smollm2, HubFile(HUB_REPO, "README.md", not_gguf)]) as running:
        yield running


def _gets(hub: Hub) -> list[str | None]:
    return [rng for method, _, rng in hub.requests if method == "GET"]


def test_pull_downloads_and_verifies(hub: Hub, smollm2: HubFile, tmp_path: Path) -> None:
    pulled = pull_gguf(HUB_REPO, HUB_FILE, tmp_path / "data", endpoint=hub.base_url)
    assert pulled.path == (tmp_path / "data" / "models" / HUB_REPO / HUB_FILE).resolve()
    assert pulled.sha256 == smollm2.sha256
    assert pulled.size == smollm2.path.stat().st_size
    assert pulled.commit == COMMIT
    assert pulled.model_id == f"gguf:{pulled.path}"
    assert _gets(hub) == [None]


def test_interrupted_transfer_resumes_where_it_stopped(
    hub: Hub, smollm2: HubFile, tmp_path: Path
) -> None:
    # huggingface_hub keeps what it wrote in whole 10 MB chunks; cut well past two.
    cut = 25 * 1024 * 1024 + 17
    hub.cut_after_bytes = cut
    pulled = pull_gguf(HUB_REPO, HUB_FILE, tmp_path / "data", endpoint=hub.base_url)
    first, second = _gets(hub)
    assert first is None
    # The second GET asked only for the rest: from a point after the start, before the cut.
    assert second is not None and second.startswith("bytes=") and second.endswith("-")
    assert 0 < int(second.removeprefix("bytes=").rstrip("-")) <= cut
    assert pulled.sha256 == smollm2.sha256


def test_checksum_mismatch_is_rejected_and_the_file_deleted(hub: Hub, tmp_path: Path) -> None:
    hub.advertised_sha256 = hashlib.sha256(b"some other file").hexdigest()
    with pytest.raises(ChecksumMismatchError, match="does not match the hub's checksum"):
        pull_gguf(HUB_REPO, HUB_FILE, tmp_path / "data", endpoint=hub.base_url)
    assert not (tmp_path / "data" / "models" / HUB_REPO / HUB_FILE).exists()


def test_missing_file_and_non_gguf_are_config_errors(hub: Hub, tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="was not found on the hub"):
        pull_gguf(HUB_REPO, "nope.gguf", tmp_path / "data", endpoint=hub.base_url)
    with pytest.raises(ConfigError, match="not a GGUF file"):
        pull_gguf(HUB_REPO, "README.md", tmp_path / "data", endpoint=hub.base_url)


def test_git_sha1_etag_is_checked_too(tmp_path: Path) -> None:
    small = tmp_path / "config.json"
    small.write_bytes(b'{"a": 1}\n')
    blob = hashlib.sha1(b"blob 9\0" + small.read_bytes()).hexdigest()
    assert verify_checksum(small, f'"{blob}"') == hashlib.sha256(small.read_bytes()).hexdigest()
    with pytest.raises(ChecksumMismatchError):
        verify_checksum(small, '"' + "0" * 40 + '"')
    assert not small.exists()


def _cli(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "ui.cli", *args],
        cwd=REPO,
        env={**os.environ, "COLUMNS": "200", **env},
        capture_output=True,
        text=True,
        timeout=280,
    )


@pytest.mark.slow
def test_cli_pull_prints_a_gguf_line_that_serves_as_the_local_tier(
    hub: Hub, tmp_path: Path
) -> None:
    env = {
        "HF_ENDPOINT": hub.base_url,
        "HF_HOME": str(tmp_path / "hf-home"),
        "HF_HUB_DISABLE_TELEMETRY": "1",
        "SWITCHYARD_DATA_DIR": str(tmp_path / "data"),
    }
    pulled = _cli("models", "pull", HUB_REPO, HUB_FILE, env=env)
    assert pulled.returncode == 0, pulled.stderr
    assert "verified" in pulled.stdout
    line = pulled.stdout.strip().splitlines()[-1]
    key, _, model_id = line.partition("=")
    assert key == "SWITCHYARD_TIERS__LOCAL" and model_id.startswith("gguf:")
    asked = _cli(
        "ask",
        "Write one short sentence about the sea.",
        "--json",
        env={
            key: model_id,
            "SWITCHYARD_TIERS__CLOUD": "",
            "SWITCHYARD_DATA_DIR": str(tmp_path / "data"),
            "SWITCHYARD_RAG__INGEST_SAMPLES_ON_START": "false",
            "SWITCHYARD_MCP__CONFIG_PATH": str(tmp_path / "no-mcp.json"),
        },
    )
    assert asked.returncode == 0, asked.stderr
    result = json.loads(asked.stdout)
    model_steps = [s for s in result["steps"] if s["tier"] == "local"]
    assert model_steps and all(s["model"] == model_id for s in model_steps)
    assert model_steps[-1]["tokens_out"] > 0
    assert result["answer"].strip()


def test_unreachable_hub_is_a_config_error_naming_it(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match=r"127\.0\.0\.1:9.*run the same command again"):
        pull_gguf(HUB_REPO, HUB_FILE, tmp_path / "data", endpoint="http://127.0.0.1:9")
