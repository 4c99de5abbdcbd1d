"""The Workflows page shows each step's status while the run goes on (issue 14, live status).

The app's local tier is an OpenAI-compatible server on loopback, chosen the way the
settings page saves it (``model-settings.json`` in the data dir). The server holds
each chat request until the test opens its gate, so the agent step is provably still
running when the page must already say so.
"""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest

from tests.recording_server import QuietHandler, Recorder, serving
from tests.ui.browser_app import app_env, served_ui
from tests.ui.two_model_server import answer_completion, read_request

WAIT_MS = 150_000
LIVE_FLOW = """
name: live_check
version: 1
description: 단계 상태를 바로 보여 준다
inputs:
  message: {type: string, description: 메시지}
steps:
  - id: greet
    answer: "received {{ inputs.message }}"
  - id: slow
    agent:
      instructions: Reply in one short sentence.
      input: "{{ inputs.message }}"
      tier: local
  - id: wrap
    answer: "{{ steps.slow.output }}"
outputs:
  reply: "{{ steps.wrap.output }}"
"""

pytestmark = [pytest.mark.slow, pytest.mark.browser]


class Gate:
    """A chat request arrived (``arrived``); it is answered once ``release`` is set."""

    def __init__(self) -> None:
        self.arrived = threading.Event()
        self.release = threading.Event()


@contextmanager
def gated_model_server(gate: Gate) -> Iterator[Recorder]:
    """An OpenAI-compatible loopback server whose chat answers wait for the test's gate."""
    recorder = Recorder()

    class Handler(QuietHandler):
        def do_POST(self) -> None:
            body = read_request(self, recorder)
            if not self.path.endswith("/chat/completions"):
                self.reply_json(b"{}")
                return
            gate.arrived.set()
            gate.release.wait(timeout=WAIT_MS / 1000)
            answer_completion(self, body)

    Handler.recorder = recorder
    with serving(recorder, Handler):
        yield recorder


def _shows(page: Any, text: str) -> None:
    page.wait_for_function("t => document.body.innerText.includes(t)", arg=text, timeout=WAIT_MS)


def test_a_running_step_shows_running_before_the_run_is_done(tmp_path: Path, browser: Any) -> None:
    gate = Gate()
    flows = tmp_path / "flows"
    flows.mkdir()
    (flows / "live_check.yaml").write_text(LIVE_FLOW, encoding="utf-8")
    data = tmp_path / "data"
    data.mkdir()
    with gated_model_server(gate) as server:
        saved = {"local": {"model": "openai-compat:gated", "base_url": f"{server.base_url}/v1"}}
        (data / "model-settings.json").write_text(json.dumps(saved), encoding="utf-8")
        env = app_env(
            data,
            SWITCHYARD_WORKFLOWS_DIR=str(flows),
            SWITCHYARD_MCP__CONFIG_PATH=str(tmp_path / "no-mcp.json"),
            SWITCHYARD_RAG__INGEST_SAMPLES_ON_START="false",
        )
        try:
            with served_ui(env, tmp_path / "ui.log") as url:
                context = browser.new_context(
                    locale="en-US", viewport={"width": 1400, "height": 1000}
                )
                page = context.new_page()
                page.goto(url, wait_until="domcontentloaded")
                view = page.locator(".st-key-sy_view")
                view.wait_for(timeout=WAIT_MS)
                view.get_by_text("Workflows", exact=True).click()
                field = page.locator(".st-key-wf-in-live_check-message textarea").first
                field.wait_for(timeout=WAIT_MS)
                field.fill("hello there")
                field.press("Tab")
                page.get_by_role("button", name="Run", exact=True).click()
                _shows(page, "slow · Running")
                # The step's model call is now held by the server (it may reach it just
                # after the page said "running"): the run cannot be done, the page is live.
                assert gate.arrived.wait(timeout=WAIT_MS / 1000)
                shown = page.locator("body").inner_text()
                assert "slow · Running" in shown and "wrap · Waiting" in shown, shown
                assert "greet · Done" in shown
                gate.release.set()
                _shows(page, "slow · Done")
                _shows(page, "wrap · Done")
        finally:
            gate.release.set()  # never leave the app's request hanging
