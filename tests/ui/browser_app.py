"""What every browser test shares: `switchyard ui` on loopback, and Debian's Chromium.

One place starts the app (its own process group, a clean environment, a temporary
data dir) and stops it with every child; the browser tests differ only in the
settings they start it with (see the ``product_app`` fixture in ``conftest.py``).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from bench.loopback import free_port

REPO = Path(__file__).resolve().parents[2]
SWITCHYARD = str(REPO / ".venv" / "bin" / "switchyard")
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
START_TIMEOUT_S = 90


def chromium_path() -> str:
    """Debian's Chromium; fails the test with how to install it when missing."""
    path = shutil.which("chromium") or (CHROMIUM if Path(CHROMIUM).exists() else None)
    if path is None:
        pytest.fail(
            "Chromium is not installed, so the browser test cannot run. "
            "Install it with `make system-deps` (Debian's chromium and fonts-noto-cjk)."
        )
    return path


def wait_healthy(url: str, proc: subprocess.Popen[bytes]) -> None:
    """Wait until Streamlit's health endpoint says ok (or the app died)."""
    deadline = time.monotonic() + START_TIMEOUT_S
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise AssertionError(f"`switchyard ui` exited early with code {proc.returncode}")
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as response:
                if response.read().decode().strip() == "ok":
                    return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            pass
        time.sleep(0.5)
    raise AssertionError(f"the app did not report healthy within {START_TIMEOUT_S}s")


def stop_group(proc: subprocess.Popen[bytes]) -> None:
    """SIGTERM the server's process group and wait until every member (streamlit too) is gone."""
    try:
        os.killpg(proc.pid, signal.SIGTERM)
    except ProcessLookupError:
        return
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        proc.poll()
        try:
            os.killpg(proc.pid, 0)
        except ProcessLookupError:
            return
        time.sleep(0.2)
    with contextlib.suppress(ProcessLookupError):
        os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()


def app_env(data_dir: Path, **settings: str) -> dict[str, str]:
    """This process's environment without keys or tracing, on ``data_dir``, plus ``settings``."""
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("OPENAI_", "LANGSMITH_", "LANGCHAIN_", "SWITCHYARD_"))
    }
    env["SWITCHYARD_DATA_DIR"] = str(data_dir)
    env.update(settings)
    return env


@contextlib.contextmanager
def served_ui(env: dict[str, str], log_path: Path) -> Iterator[str]:
    """`switchyard ui` on a free loopback port with ``env``; yields its URL, stops it on exit."""
    port = free_port()
    with log_path.open("wb") as log:
        proc = subprocess.Popen(
            [SWITCHYARD, "ui", "--port", str(port)],
            cwd=REPO,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
            # Its own process group: `switchyard ui` runs streamlit as a child, and both must stop.
            start_new_session=True,
        )
        url = f"http://127.0.0.1:{port}"
        try:
            wait_healthy(url, proc)
            yield url
        finally:
            stop_group(proc)


@contextlib.contextmanager
def chromium() -> Iterator[Any]:
    """A headless Chromium driven by Playwright; closed on exit."""
    executable = chromium_path()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        launched = pw.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        try:
            yield launched
        finally:
            launched.close()
