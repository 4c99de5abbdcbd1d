"""``switchyard bench mcp`` runs end to end and prints the stable keys."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bench.mcp import main
from tests.mcp_servers.third_party import time_server_command


@pytest.mark.slow
@pytest.mark.timeout(300)
def test_bench_mcp_json(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    cmd = time_server_command()
    config = tmp_path / "mcp_servers.json"
    config.write_text(json.dumps({"mcpServers": {"time": {"command": cmd[0], "args": cmd[1:]}}}))
    assert main(["--json", "--n", "5", "--n-per-call", "2", "--config", str(config)]) == 0
    out = json.loads(capsys.readouterr().out)
    assert set(out["paths"]) == {
        "plain", "in_memory", "stdio_persistent", "stdio_per_call", "http_persistent"
    }  # fmt: skip
    for row in out["paths"].values():
        assert {"n", "p50_ms", "p95_ms", "ratio_p50_to_plain"} <= set(row)
    assert out["startup"]["servers"] == 1 and out["startup"]["running"] == 1
