"""The product UI in a real browser: first run, every page in Korean, settings, workflows, HWP.

The shared ``product_app`` (``tests/ui/conftest.py``): `switchyard ui` on loopback with the
default stack (embedded SmolLM2) in a temporary data dir, a temporary workflows folder
(support_triage plus a file a test writes) and the outbox MCP server; Debian's Chromium
(the ``browser`` fixture) drives it. Screenshots of every page in Korean and
English land in ``artifacts/ui-pages/`` (gitignored).
"""

from __future__ import annotations

import re
import time
from typing import Any

import pytest

from tests.recording_server import CANNED, recording_server
from tests.ui.browser_driving import (
    HWP_DIR,
    PII_QUESTION,
    SHOTS,
    VIEWS,
    WAIT_MS,
    ask,
    choose,
    choose_in,
    cloud_tier_form,
    english_words,
    idle,
    load_ms,
    open_page,
    open_view,
    opened_english,
    type_into,
    wait_text,
)
from tests.ui.test_product_pages import GREETING_FLOW
from tests.ui.two_model_server import requested_models, two_model_server

pytestmark = [pytest.mark.slow, pytest.mark.browser]


@pytest.fixture
def app(product_app: dict[str, Any]) -> dict[str, Any]:
    """The shared product app (see ``tests/ui/conftest.py``)."""
    return product_app


def test_first_run_welcome_examples_and_page_load(app: dict[str, Any], browser: Any) -> None:
    context = browser.new_context(locale="ko-KR", viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    page.goto(app["url"], wait_until="domcontentloaded")
    # "cold" when this is the shared app's first session (it then also starts the app's
    # services); when test_browser.py ran first on the same app, both loads are warm.
    cold = load_ms(page)
    page.reload(wait_until="domcontentloaded")
    warm = load_ms(page)
    print(f"chat page load, first byte to stable: cold {cold:.0f} ms, warm {warm:.0f} ms")
    assert page.get_by_text("Switchyard에 오신 것을 환영합니다").is_visible()
    assert page.get_by_text("지금 설정된 것").is_visible()
    page.locator(".st-key-sy_ex_follow button").first.click()
    wait_text(page, "84,375원")
    idle(page)
    wait_text(page, "모델 사용 안 함")  # the badge says in words that no model ran
    assert page.get_by_text("112,500원").first.is_visible()


# Turns that fill every page without reaching the cloud tier: code, a cited sample
# document, and personal data the English-only local model may not answer in Korean.
FILLING = ("3만 5천원의 15%는 얼마야?", "토요일 진료 시간은 언제야?", PII_QUESTION)


def test_every_page_in_korean_with_screenshots(app: dict[str, Any], browser: Any) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    leftovers: dict[str, list[str]] = {}
    empty = open_page(browser, app["url"], "ko")  # a new user's empty pages first
    for view in VIEWS:
        open_view(empty, "ko", view)
        if english := english_words(empty):
            leftovers[f"{view} (empty)"] = english
    empty.context.close()
    for lang in ("ko", "en"):
        page = open_page(browser, app["url"], lang)
        page.locator(".st-key-conv-new button").click()
        idle(page)
        for question in FILLING:
            ask(page, question)
            page.wait_for_timeout(500)
            idle(page)
        for view in VIEWS:
            open_view(page, lang, view)
            opened: list[str] = []
            if lang == "ko" and view == "chat":  # the numbers and reasons behind each badge
                opened = opened_english(page, '[data-testid="stPopover"] button')
            elif lang == "ko" and view == "runs":  # each step's reasons
                expanders = '[data-testid="stMain"] [data-testid="stExpander"] summary'
                opened = opened_english(page, expanders)
            page.screenshot(path=str(SHOTS / f"{lang}-{view}.png"), full_page=True)
            if lang == "ko" and (english := sorted({*english_words(page), *opened})):
                leftovers[view] = english
        page.context.close()
    print(f"screenshots: {SHOTS}")
    assert leftovers == {}, f"English words visible in the Korean UI: {leftovers}"


def test_settings_test_connection_regenerate_and_edit(app: dict[str, Any], browser: Any) -> None:
    with recording_server() as recorder:
        page = open_page(browser, app["url"], "ko")
        cloud_tier_form(page, f"{recorder.base_url}/v1", "recorded")
        page.locator(".st-key-sy_test_cloud button").click()
        page.get_by_text(re.compile(r"연결됨 · 응답 [\d,]+ ms")).wait_for(timeout=WAIT_MS)
        page.locator(".st-key-sy_save_cloud button").click()
        page.get_by_text("저장했습니다").wait_for(timeout=WAIT_MS)
        # An English question the local model answers, then regenerated on the cloud tier.
        open_view(page, "ko", "chat")
        page.locator(".st-key-conv-new button").click()
        idle(page)
        ask(page, "Write one friendly sentence welcoming a new colleague.")
        page.get_by_text("로컬 모델(SmolLM2)이 답함").first.wait_for(timeout=WAIT_MS)
        idle(page)
        page.get_by_role("button", name=re.compile("다시 답하기")).first.click()
        page.get_by_text("클라우드 모델", exact=True).last.click()
        page.locator('[class*="st-key-regen-"] button').last.click()
        page.get_by_text(CANNED).first.wait_for(timeout=WAIT_MS)
        assert "welcoming a new colleague" in recorder.text()
        # Edit the question and resend: the fork holds the edited question's answer only.
        idle(page)
        page.get_by_role("button", name=re.compile("질문 고치기")).first.click()
        area = page.locator('[class*="st-key-edit-text-"] textarea').last
        area.fill("3만 5천원의 15%는 얼마야?")
        area.press("Tab")
        page.locator('[class*="st-key-edit-send-"] button').last.click()
        page.get_by_text("5,250원").first.wait_for(timeout=WAIT_MS)
        idle(page)
        assert page.get_by_text(CANNED).count() == 0


def test_a_conversation_picks_a_model_and_its_request_names_it(
    app: dict[str, Any], browser: Any
) -> None:
    with two_model_server() as server:
        page = open_page(browser, app["url"], "ko")
        cloud_tier_form(page, f"{server.base_url}/v1", "model-a")
        korean = page.locator(".st-key-sy_set_cloud_korean input")
        if not korean.is_checked():
            page.locator(".st-key-sy_set_cloud_korean label").click()
            idle(page)
        page.locator(".st-key-sy_test_cloud button").click()
        page.get_by_text(re.compile(r"연결됨 · 응답 [\d,]+ ms")).wait_for(timeout=WAIT_MS)
        page.locator(".st-key-sy_save_cloud button").click()
        page.get_by_text("저장했습니다").wait_for(timeout=WAIT_MS)
        assert requested_models(server) == ["model-a"], "the one-token test of the tier's model"

        open_view(page, "ko", "chat")
        page.locator(".st-key-conv-new button").click()
        idle(page)
        choose_in(page, '[class*="st-key-sy_force_"]', "클라우드 모델")
        # The list comes from the server's /v1/models: the configured model, then model-b.
        choose_in(page, '[class*="st-key-sy_fmodel_cloud_"]', "model-b")
        ask(page, "새로 온 동료를 환영하는 문장을 한 줄 써 줘.")
        page.get_by_text(CANNED).first.wait_for(timeout=WAIT_MS)
        wait_text(page, "클라우드 모델(model-b)이 답함")
        assert requested_models(server) == ["model-a", "model-b"]

        idle(page)
        page.get_by_role("button", name=re.compile("실행 보기")).last.click()
        idle(page)
        page.get_by_text("1. 단계 실행 · 클라우드 모델(model-b)이 답함").click()
        wait_text(page, "이 대화에서 고른 모델")
        page.screenshot(path=str(SHOTS / "ko-runs-picked-model.png"), full_page=True)


def test_workflows_new_file_and_support_triage_approval(app: dict[str, Any], browser: Any) -> None:
    (app["flows"] / "greet_check.yaml").write_text(GREETING_FLOW, encoding="utf-8")
    page = open_page(browser, app["url"], "ko")
    open_view(page, "ko", "workflows")
    choose(page, "sy_wf_pick", "greet_check — 인사말을 승인받고 만든다")
    type_into(page, "wf-in-greet_check-name", "미나")
    page.get_by_role("button", name="실행").click()
    page.get_by_text("미나님께 인사할까요?").first.wait_for(timeout=WAIT_MS)
    page.locator('[class*="st-key-wf-approve-"] button').first.click()
    page.get_by_text("안녕하세요, 미나님").first.wait_for(timeout=WAIT_MS)

    choose(page, "sy_wf_pick", re.compile("^support_triage"))
    # Personal data keeps every step local; SmolLM2 (the local tier here) writes English only.
    message = "Please move my appointment to Friday. My phone is 010-2345-6789."
    type_into(page, "wf-in-support_triage-message", message)
    page.get_by_role("button", name="실행").click()
    wait_text(page, "이 답장을 보낼까요?")
    assert not app["outbox"].exists() or app["outbox"].read_text() == ""
    page.locator('[class*="st-key-wf-approve-"] button').first.click()
    # The resumed run's status line ("완료 · <run id> · v1"), not a step of the live board.
    page.get_by_text(re.compile(r"^완료 · \w{8} · v")).first.wait_for(timeout=WAIT_MS)
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and not app["outbox"].exists():
        time.sleep(0.2)
    sent = app["outbox"].read_text(encoding="utf-8").splitlines()
    assert len(sent) == 1, "the approved reply is sent once"
    idle(page)
    page.screenshot(path=str(SHOTS / "ko-workflows-run.png"), full_page=True)
    # A finished run's page: statuses, step table and answers, all in Korean. The
    # workflow's own step ids (its YAML) and the outbox tool's reply are its content.
    content = {"kind", "draft", "approve", "send", "queued", "for", "customer"}
    assert [w for w in english_words(page) if w not in content] == []


@pytest.mark.skipif(not HWP_DIR.is_dir(), reason="../shared/data/office/hwp is missing")
def test_hwp_upload_and_a_cited_answer(app: dict[str, Any], browser: Any) -> None:
    page = open_page(browser, app["url"], "ko")
    open_view(page, "ko", "documents")
    page.locator('.st-key-sy_upload input[type="file"]').set_input_files(
        str(HWP_DIR / "headerfooter.hwp")
    )
    page.get_by_role("button", name="색인하기").click()
    # Exact: the empty list's "색인된 문서가 없습니다." may still show while indexing.
    page.get_by_text("색인된 문서", exact=True).first.wait_for(timeout=WAIT_MS)
    page.locator('[data-testid="stDataFrame"]').first.wait_for(timeout=WAIT_MS)
    idle(page)
    open_view(page, "ko", "chat")
    page.locator(".st-key-conv-new button").click()
    idle(page)
    # Issue 14's acceptance question, answered by the extractive track with a citation.
    ask(page, "머리말에 뭐라고 적혀 있어?")
    wait_text(page, "문서에서 찾아 인용함")
    # The finished turn (after the streamed one) lists the citation, opening the section.
    citation = page.locator('[data-testid="stExpander"]').filter(has_text="headerfooter.hwp")
    citation.first.wait_for(timeout=WAIT_MS)
    citation.first.click()
    wait_text(page, "이것은 머리말입니다.")
