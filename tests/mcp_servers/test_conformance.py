"""The official MCP conformance suite's server scenarios against our HTTP server.

Fails on any failure not in ``conformance_baseline.yml`` (and, the suite's own
rule, on a listed scenario that now passes); the baseline may list only
scenarios for features the server does not declare.
"""

from __future__ import annotations

import asyncio
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
import yaml
from mcp.client import Client
from mcp.types import ServerCapabilities

from tests.mcp_servers.conformance_server import build
from tests.mcp_servers.procs import free_port, running
from tests.mcp_servers.third_party import REPO, conformance_command

BASELINE = Path(__file__).with_name("conformance_baseline.yml")
# The scenarios a baseline may list, each with the check that the server really
# leaves the feature undeclared. Sampling and elicitation are client capabilities
# the server would use; no server capability can declare them, and no product
# tool sends those requests.
UNDECLARED: dict[str, Callable[[ServerCapabilities], bool]] = {
    "tools-call-sampling": lambda caps: True,
    "tools-call-elicitation": lambda caps: True,
    "elicitation-sep1034-defaults": lambda caps: True,
    "elicitation-sep1330-enums": lambda caps: True,
    "resources-subscribe": lambda caps: not (caps.resources and caps.resources.subscribe),
    "resources-unsubscribe": lambda caps: not (caps.resources and caps.resources.subscribe),
}


def baseline() -> list[str]:
    listed = yaml.safe_load(BASELINE.read_text(encoding="utf-8"))["server"]
    assert isinstance(listed, list)
    return [str(name) for name in listed]


def test_baseline_lists_only_features_the_server_does_not_declare(tmp_path: Path) -> None:
    server, store = build(tmp_path)

    async def capabilities() -> ServerCapabilities:
        async with Client(server, mode="legacy") as client:
            init = client.session.initialize_result
            assert init is not None
            return init.capabilities

    try:
        caps = asyncio.run(capabilities())
    finally:
        store.close()
    assert caps.logging is not None and caps.completions is not None
    assert caps.prompts is not None and caps.resources is not None and caps.tools is not None
    for scenario in baseline():
        assert scenario in UNDECLARED, f"{scenario} is for a declared feature; it must pass"
        assert UNDECLARED[scenario](caps), f"{scenario}: the server declares that feature"


@pytest.mark.slow
@pytest.mark.timeout(900)
def test_server_scenarios_pass_except_the_baseline(tmp_path: Path) -> None:
    suite = conformance_command()
    port = free_port()
    cmd = [sys.executable, "-m", "tests.mcp_servers.conformance_server", str(port), str(tmp_path)]
    with running(cmd, port) as url:
        proc = subprocess.run(
            [*suite, "server", "--url", url, "--expected-failures", str(BASELINE),
             "-o", str(tmp_path / "results")],
            cwd=REPO, capture_output=True, text=True, timeout=800,
        )  # fmt: skip
    output = proc.stdout + proc.stderr
    summary = output[output.find("=== SUMMARY ===") :]
    assert proc.returncode == 0, summary or output[-4000:]
    total = re.search(r"Total: (\d+) passed, (\d+) failed", summary)
    assert total is not None, summary
    passed, failed = int(total.group(1)), int(total.group(2))
    # Each baseline scenario is one failing check; everything else passed.
    assert failed == len(baseline()) and passed >= 20, summary
