"""A real Arize Phoenix on loopback: the OTLP receiver the export tests send spans to.

Phoenix lives in its own venv (``install_phoenix.sh``; the Makefile's test target runs
it) so its ~140 dependencies never touch the app's pins. Tests FAIL, not skip, when
it is missing: that is a broken set-up, not an optional feature.
"""

from __future__ import annotations

import os
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest

from bench.loopback import free_port, stop

REPO = Path(__file__).resolve().parents[2]
PHOENIX_VENV = Path(os.environ.get("SWITCHYARD_PHOENIX_VENV", REPO / ".phoenix-venv"))
INSTALL_HINT = "run `bash tests/telemetry/install_phoenix.sh` (the Makefile's test target does)"
# Phoenix runs its database migrations at start: tens of seconds on a busy 2-core machine.
START_TIMEOUT_S = 240.0

Span = dict[str, Any]


@dataclass
class Phoenix:
    """A running Phoenix: its OTLP endpoint and its REST API."""

    base_url: str

    @property
    def traces_endpoint(self) -> str:
        """The OTLP/HTTP traces URL to export to."""
        return f"{self.base_url}/v1/traces"

    def spans(self, project: str) -> list[Span]:
        """Every span Phoenix stored for ``project`` (empty when the project does not exist)."""
        out: list[Span] = []
        cursor: str | None = None
        for _ in range(50):  # bounded paging: 50 pages of 1000 spans is far past any test
            params: dict[str, str | int] = {"limit": 1000}
            if cursor:
                params["cursor"] = cursor
            reply = httpx.get(f"{self.base_url}/v1/projects/{project}/spans", params=params)
            if reply.status_code == 404:
                return []
            reply.raise_for_status()
            body = reply.json()
            out.extend(body["data"])
            cursor = body.get("next_cursor")
            if not cursor:
                break
        return out

    def wait_for_spans(self, project: str, count: int, timeout_s: float = 30.0) -> list[Span]:
        """Spans of ``project`` once at least ``count`` arrived (or whatever came by then)."""
        deadline = time.monotonic() + timeout_s
        spans = self.spans(project)
        while len(spans) < count and time.monotonic() < deadline:
            time.sleep(0.25)
            spans = self.spans(project)
        return spans


def _wait_until_up(url: str, process: subprocess.Popen[bytes], log: Path) -> None:
    deadline = time.monotonic() + START_TIMEOUT_S
    while time.monotonic() < deadline:
        if process.poll() is not None:
            tail = log.read_text(errors="replace")[-2000:]
            pytest.fail(f"Phoenix exited with {process.returncode}:\n{tail}", pytrace=False)
        try:
            if httpx.get(f"{url}/healthz", timeout=2).status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.5)
    pytest.fail(f"Phoenix did not answer on {url} within {START_TIMEOUT_S} s", pytrace=False)


@pytest.fixture(scope="session")
def phoenix(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Phoenix]:
    """Start Phoenix on free loopback ports with its data in a temporary folder."""
    exe = PHOENIX_VENV / "bin" / "phoenix"
    if not exe.exists():
        pytest.fail(f"Phoenix is not installed at {exe}: {INSTALL_HINT}", pytrace=False)
    work = tmp_path_factory.mktemp("phoenix")
    port = free_port()
    env = {
        **os.environ,
        "PHOENIX_HOST": "127.0.0.1",
        "PHOENIX_PORT": str(port),
        "PHOENIX_GRPC_PORT": str(free_port()),
        "PHOENIX_WORKING_DIR": str(work),
        # Phoenix's own usage telemetry would leave the machine.
        "PHOENIX_TELEMETRY_ENABLED": "false",
    }
    log = work / "phoenix.log"
    with log.open("wb") as out:
        process = subprocess.Popen(
            [str(exe), "serve"], env=env, stdout=out, stderr=subprocess.STDOUT
        )
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_until_up(url, process, log)
        yield Phoenix(url)
    finally:
        stop(process, timeout_s=20)
