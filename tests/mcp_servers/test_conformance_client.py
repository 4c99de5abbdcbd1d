"""The official MCP conformance suite's CLIENT scenarios against our client.

Each scenario the pinned suite lists runs on its own, two at a time (all in
parallel, two dozen Python clients on a shared two-core machine time out), through
``conformance_client.py``, which uses our config, ``mcp login`` and ``McpManager``.
The suite fails a run on a failure not in ``conformance_baseline.yml`` and on a
listed scenario that passes; this test adds that each listed scenario is one our
client does not declare, read from the initialize request the suite recorded.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.mcp_servers.third_party import REPO, conformance_command

BASELINE = Path(__file__).with_name("conformance_baseline.yml")
CLIENT = [sys.executable, "-m", "tests.mcp_servers.conformance_client"]
# All two dozen at once time out on a shared two-core machine; two at a time fill its cores.
SCENARIOS_AT_ONCE = 2
# Baseline entries and the evidence that they are not a feature our client declares:
# a check on the capabilities it sent at initialize, and on what it printed.
Evidence = Callable[[dict[str, Any], str], bool]
NOT_DECLARED: dict[str, Evidence] = {
    # An extension our client does not offer: it ran a grant it has, not the exchange.
    "auth/cross-app-access-complete-flow": lambda caps, out: (
        "did not perform token exchange" in out
    ),
}


def baseline() -> list[str]:
    listed = yaml.safe_load(BASELINE.read_text(encoding="utf-8"))["client"]
    assert isinstance(listed, list)
    return [str(name) for name in listed]


def client_scenarios() -> list[str]:
    """The client scenarios of the pinned suite (``list``), so a new pin's are run too."""
    out = subprocess.run(
        [*conformance_command(), "list"], capture_output=True, text=True, timeout=60, check=True
    ).stdout
    section = out[out.index("Client scenarios") :]
    return re.findall(r"^\s+- (\S+)", section, flags=re.MULTILINE)


def initialize_params(results: Path) -> dict[str, Any] | None:
    """The ``initialize`` params our client sent, as a scenario server logged them."""
    for checks in sorted(results.rglob("checks.json")):
        for check in json.loads(checks.read_text(encoding="utf-8")):
            details = check.get("details")
            body = details.get("body") if isinstance(details, dict) else None
            if isinstance(body, dict) and body.get("method") == "initialize":
                params = body.get("params", {})
                return params if isinstance(params, dict) else {}
    return None


def test_baseline_entries_each_have_their_evidence() -> None:
    listed = baseline()
    assert len(set(listed)) == len(listed)
    for scenario in listed:
        assert scenario in NOT_DECLARED, f"{scenario}: no reason it may fail; it must pass"


@pytest.mark.slow
@pytest.mark.timeout(1800)
def test_client_scenarios_pass_except_the_baseline(tmp_path: Path) -> None:
    suite, listed = conformance_command(), set(baseline())
    scenarios = client_scenarios()
    assert len(scenarios) >= 20 and listed <= set(scenarios)
    passed: list[str] = []
    outputs: dict[str, str] = {}

    def run(scenario: str) -> subprocess.CompletedProcess[str]:
        results = tmp_path / scenario.replace("/", "_")
        return subprocess.run(
            [*suite, "client", "--command", " ".join(CLIENT), "--scenario", scenario,
             "--expected-failures", str(BASELINE), "--timeout", "240000", "-o", str(results)],
            cwd=REPO, capture_output=True, text=True, timeout=300,
        )  # fmt: skip

    # Two scenarios at a time: each is a node suite plus one Python client, mostly start-up
    # CPU, so one at a time left the second core idle. Every scenario server listens on a
    # port of its own (port 0) and every client keeps its state in a temporary folder.
    with ThreadPoolExecutor(max_workers=SCENARIOS_AT_ONCE) as pool:
        finished = list(pool.map(run, scenarios))
    for scenario, proc in zip(scenarios, finished, strict=True):
        output = proc.stdout + proc.stderr
        # Exit 0 with a baseline: the scenario passed and is not listed, or failed and is.
        assert proc.returncode == 0, f"{scenario}:\n{output[-4000:]}"
        outputs[scenario] = output
        if scenario not in listed:
            passed.append(scenario)
    params = initialize_params(tmp_path)
    assert params is not None, "no scenario server logged our initialize request"
    assert params.get("clientInfo", {}).get("name") == "switchyard", params
    caps = params.get("capabilities", {})
    for scenario in listed:
        assert NOT_DECLARED[scenario](caps, outputs[scenario]), f"{scenario}: declared ({caps})"
    print(f"client scenarios: {len(passed)} passed, {len(listed)} in the baseline")
