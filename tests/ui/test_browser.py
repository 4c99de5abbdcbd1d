"""The real app in a real browser: `switchyard ui` on loopback, driven by headless Chromium.

Runs the default stack (embedded SmolLM2, deterministic tools, sample documents)
in a temporary data directory, exactly as `make run` serves it: the shared
``product_app`` of ``tests/ui/conftest.py``.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.ui.browser_app import REPO, chromium

SCREENSHOT = REPO / "artifacts" / "ui-chat.png"
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


@pytest.fixture
def served_app(product_app: dict[str, Any]) -> str:
    """The URL of the shared product app (see ``tests/ui/conftest.py``)."""
    return str(product_app["url"])


def _ask(page: object, question: str) -> None:
    box = page.locator('[data-testid="stChatInputTextArea"]')  # type: ignore[attr-defined]
    box.wait_for(state="visible", timeout=ANSWER_TIMEOUT_MS)
    box.fill(question)
    box.press("Enter")


def test_chat_in_a_real_browser(served_app: str) -> None:
    with chromium() as browser:
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


def test_stop_keeps_the_partial_answer(served_app: str) -> None:
    with chromium() as browser:
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
