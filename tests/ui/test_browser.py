"""The real app in a real browser: `switchyard ui` on loopback, driven by headless Chromium.

Runs the default stack (embedded SmolLM2, deterministic tools, sample documents)
in a temporary data directory, exactly as `make run` serves it.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
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
SCREENSHOT = REPO / "artifacts" / "ui-chat.png"
START_TIMEOUT_S = 90
ANSWER_TIMEOUT_MS = 150_000

# Records every text the assistant's chat message shows while the cursor is on (streaming).
WATCH_STREAM = """
() => {
  window.__streamed = [];
  window.__stopSeen = false;
  new MutationObserver(() => {
    for (const el of document.querySelectorAll('[data-testid="stChatMessage"]')) {
      const text = el.innerText || '';
      if (text.includes('\u258c')) window.__streamed.push(text);
    }
    if (document.querySelector('.st-key-sy_stop')) window.__stopSeen = true;
  }).observe(document.body, {subtree: true, childList: true, characterData: true});
}
"""

pytestmark = [pytest.mark.slow, pytest.mark.browser]


def _chromium() -> str:
    path = shutil.which("chromium") or (CHROMIUM if Path(CHROMIUM).exists() else None)
    if path is None:
        pytest.fail(
            "Chromium is not installed, so the browser test cannot run. "
            "Install it with `make system-deps` (Debian's chromium and fonts-noto-cjk)."
        )
    return path


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _wait_healthy(url: str, proc: subprocess.Popen[bytes]) -> None:
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


def _stop_group(proc: subprocess.Popen[bytes]) -> None:
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


@pytest.fixture(scope="module")
def served_app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """`switchyard ui --port N` on 127.0.0.1 with a temporary data directory."""
    tmp_path = tmp_path_factory.mktemp("ui")
    port = _free_port()
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith(("OPENAI_", "LANGSMITH_", "LANGCHAIN_", "SWITCHYARD_"))
    }
    env["SWITCHYARD_DATA_DIR"] = str(tmp_path / "data")
    log = (tmp_path / "ui.log").open("wb")
    proc = subprocess.Popen(
        [str(REPO / ".venv" / "bin" / "switchyard"), "ui", "--port", str(port)],
        cwd=REPO,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
        # Its own process group: `switchyard ui` runs streamlit as a child, and both must stop.
        start_new_session=True,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_healthy(url, proc)
        yield url
    finally:
        _stop_group(proc)
        log.close()


def _ask(page: object, question: str) -> None:
    box = page.locator('[data-testid="stChatInputTextArea"]')  # type: ignore[attr-defined]
    box.wait_for(state="visible", timeout=ANSWER_TIMEOUT_MS)
    box.fill(question)
    box.press("Enter")


def test_chat_in_a_real_browser(served_app: str) -> None:
    executable = _chromium()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        context = browser.new_context(locale="ko-KR", viewport={"width": 1280, "height": 1000})
        page = context.new_page()
        page.goto(served_app, wait_until="domcontentloaded")

        _ask(page, "3만 5천원의 15%는 얼마야?")
        page.wait_for_function(
            "() => document.body.innerText.includes('5,250원') && "
            "document.body.innerText.includes('계산기로 답함 · 모델 사용 안 함')",
            timeout=ANSWER_TIMEOUT_MS,
        )
        assert "sid=" not in page.url, "no URL carries the session (an HttpOnly cookie does)"

        page.evaluate(WATCH_STREAM)
        _ask(page, "Write one friendly sentence welcoming a new colleague.")
        page.wait_for_function(
            "() => [...document.querySelectorAll('[data-testid=\"stCaptionContainer\"]')]"
            ".some(el => el.innerText.includes('로컬 모델(SmolLM2)이 답함'))",
            timeout=ANSWER_TIMEOUT_MS,
        )
        streamed = page.evaluate("() => window.__streamed")
        partial = [s.split("\u258c")[0].strip() for s in streamed]
        assert any(partial), "answer text appeared while the model was still writing"
        assert page.evaluate("() => window.__stopSeen"), "a Stop button is offered while streaming"
        # The finished turn replaces the live one: two answers, each with its run link.
        page.wait_for_function(
            "() => document.querySelectorAll('[class*=\"st-key-trace-\"]').length >= 2",
            timeout=ANSWER_TIMEOUT_MS,
        )
        SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(SCREENSHOT), full_page=True)
        print(f"screenshot: {SCREENSHOT}")
        browser.close()


def test_stop_keeps_the_partial_answer(served_app: str) -> None:
    executable = _chromium()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        page = browser.new_context(locale="en-US").new_page()
        page.goto(served_app, wait_until="domcontentloaded")
        _ask(page, "Write a long story about a night train crossing the mountains.")
        stop = page.locator(".st-key-sy_stop button")
        stop.wait_for(state="visible", timeout=ANSWER_TIMEOUT_MS)
        page.wait_for_function(
            "() => [...document.querySelectorAll('[data-testid=\"stChatMessage\"]')]"
            ".some(el => /\\w+.*\u258c/.test(el.innerText))",
            timeout=ANSWER_TIMEOUT_MS,
        )
        stop.click()
        page.get_by_text("Stopped — partial answer.").wait_for(timeout=ANSWER_TIMEOUT_MS)
        # The thread stays usable: the next question is answered normally.
        _ask(page, "3만 5천원의 15%는 얼마야?")
        page.get_by_text("5,250원").wait_for(timeout=ANSWER_TIMEOUT_MS)
        browser.close()
