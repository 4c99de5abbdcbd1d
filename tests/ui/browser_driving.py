"""Driving the product UI in Chromium: page names, waits, form filling, English found.

Shared by the browser tests (``test_browser_product.py``, ``test_browser_login.py``). Every
wait is for the app being idle (no script running, no spinner), not a fixed pause, so
the tests hold on a loaded machine.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[2]
HWP_DIR = REPO.parent / "shared" / "data" / "office" / "hwp"
SHOTS = REPO / "artifacts" / "ui-pages"
WAIT_MS = 150_000
VIEWS = ("chat", "workflows", "runs", "documents", "settings", "charts")
NAV = {
    "ko": {
        "chat": "대화",
        "workflows": "워크플로",
        "runs": "실행 기록",
        "documents": "문서",
        "settings": "설정",
        "charts": "차트",
    },
    "en": {
        "chat": "Chat",
        "workflows": "Workflows",
        "runs": "Runs",
        "documents": "Documents",
        "settings": "Settings",
        "charts": "Charts",
    },
}
# Words allowed in a Korean page: product, format and provider names, and units.
ALLOWED = {
    "switchyard",
    "smollm2",
    "mcp",
    "ollama",
    "openai",
    "gguf",
    "vllm",
    "lm",
    "studio",
    "api",
    "pdf",
    "hwp",
    "hwpx",
    "docx",
    "xlsx",
    "pptx",
    "html",
    "faq",
    "langsmith",
    "ms",
    "kb",
    "mb",
    "usd",
    "json",
    "yaml",
    "v1",
    "english",
    "support_triage",
}
# Visible text of the page outside code spans (ids, file names and model ids are code).
VISIBLE_TEXT = """
() => {
  const root = document.querySelector('[data-testid="stApp"]');
  const clone = root.cloneNode(true);
  // Code spans are identifiers; icons are ligature names; the skip link is for keyboards.
  clone.querySelectorAll('code, pre, svg, [data-testid="stCode"], [data-testid="stIconMaterial"],'
    + ' [data-testid="stSkipToContent"]').forEach(e => e.remove());
  document.body.appendChild(clone);
  clone.style.position = 'absolute'; clone.style.left = '-99999px';
  const text = clone.innerText;
  clone.remove();
  return text;
}
"""
PII_QUESTION = "주민번호 900101-1234567 인 환자의 검사 결과를 설명해줘"
IDLE = """() => document.querySelector(
  '[data-testid="stApp"][data-test-script-state="notRunning"]') !== null"""


def open_page(browser: Any, url: str, lang: str = "ko") -> Any:
    locale = "ko-KR" if lang == "ko" else "en-US"
    context = browser.new_context(locale=locale, viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    page.goto(url, wait_until="domcontentloaded")
    page.locator(".st-key-sy_view").wait_for(timeout=WAIT_MS)
    idle(page)
    return page


def idle(page: Any) -> None:
    page.wait_for_timeout(300)  # let a rerun that a click triggered begin
    page.wait_for_function(IDLE, timeout=WAIT_MS)


def wait_text(page: Any, text: str) -> None:
    """Wait for ``text``; on a timeout, fail with what the page shows instead."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    try:
        page.get_by_text(text).first.wait_for(timeout=WAIT_MS)
    except PlaywrightTimeout:
        shown = page.locator("body").inner_text(timeout=10_000)
        pytest.fail(f"{text!r} never appeared; the page shows:\n{shown[-3000:]}")


def open_view(page: Any, lang: str, view: str) -> None:
    page.locator(".st-key-sy_view").get_by_text(NAV[lang][view], exact=True).click()
    idle(page)


def ask(page: Any, question: str) -> None:
    box = page.locator('[data-testid="stChatInputTextArea"]')
    box.wait_for(state="visible", timeout=WAIT_MS)
    box.fill(question)
    box.press("Enter")


WAIT_OPTION_MS = 10_000


def choose(page: Any, key: str, option: str | re.Pattern[str]) -> None:
    """Pick ``option`` in the select box whose widget key is ``key``."""
    choose_in(page, f".st-key-{key}", option)


def choose_in(page: Any, selector: str, option: str | re.Pattern[str]) -> None:
    # A rerun that lands between opening the list and picking closes the list again
    # (seen on a loaded machine), so the list is reopened until the option shows.
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    # The rerun can also land between the option showing and the click, so the click
    # is retried the same way (a full run on CI waited 30 s on an option gone that way).
    choice = page.get_by_role("option", name=option)
    for attempt in range(5):
        idle(page)
        page.locator(selector).click()
        try:
            choice.wait_for(timeout=WAIT_OPTION_MS)
            choice.click(timeout=WAIT_OPTION_MS)
            break
        except PlaywrightTimeout:
            if attempt == 4:
                raise
            page.keyboard.press("Escape")
    idle(page)


def type_into(page: Any, key: str, value: str) -> None:
    field = page.locator(f".st-key-{key} input, .st-key-{key} textarea").first
    field.fill(value)
    field.press("Tab")
    idle(page)


def cloud_tier_form(page: Any, base_url: str, model: str) -> None:
    """Fill the settings page's cloud tier form for an OpenAI-compatible loopback server."""
    open_view(page, "ko", "settings")
    choose(page, "sy_set_cloud_provider", "OpenAI 호환 서버 (vLLM, LM Studio 등)")
    type_into(page, "sy_set_cloud_base_url", base_url)
    type_into(page, "sy_set_cloud_model_name", model)


def load_ms(page: Any) -> float:
    """Milliseconds from the first byte of the page to the welcome panel with no script running."""
    page.locator(".st-key-sy_welcome").wait_for(timeout=WAIT_MS)
    page.wait_for_function(IDLE, timeout=WAIT_MS)
    # performance.now() counts from navigation start; the first byte came at responseStart.
    return float(
        page.evaluate(
            "() => performance.now() - "
            "(performance.timing.responseStart - performance.timing.navigationStart)"
        )
    )


def english_words(page: Any) -> list[str]:
    """Visible words in Latin letters that are not product, format or unit names.

    Read again after a pause when some show: on a loaded machine the page can be caught
    mid-render (the file uploader's own "Upload ... per file" drawn a moment before the
    style that hides it), and only words still there once it settles are left in English.
    """
    found = _latin_words(page)
    if found:
        page.wait_for_timeout(1500)
        found = _latin_words(page)
    return found


def _latin_words(page: Any) -> list[str]:
    words = re.findall(r"[A-Za-z][A-Za-z_0-9]+", page.evaluate(VISIBLE_TEXT))
    return sorted({w for w in words if w.lower() not in ALLOWED})


def opened_english(page: Any, selector: str, limit: int = 8) -> list[str]:
    """Open each of the first ``limit`` popovers or expanders; the English each one shows."""
    found: list[str] = []
    for handle in page.locator(selector).all()[:limit]:
        handle.click()
        page.wait_for_timeout(300)
        found += english_words(page)
        if "Popover" in selector:
            page.keyboard.press("Escape")
    return found
