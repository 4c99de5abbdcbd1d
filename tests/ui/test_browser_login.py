"""Login, logout and isolation in a real browser: `switchyard ui` with ``[auth]`` on, Chromium.

Accounts are made with the real CLI (``switchyard users add --password-stdin``)
in a temporary data dir; the server is the one `make run` starts.
"""

from __future__ import annotations

import re
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.ui.browser_app import REPO, SWITCHYARD, app_env, chromium, served_ui
from tests.ui.test_browser import ANSWER_TIMEOUT_MS, _ask

pytestmark = [pytest.mark.slow, pytest.mark.browser]

ACCOUNTS = {"alice": "alice's long password", "bob": "bob's long password"}
QUESTION = "3만 5천원의 15%는 얼마야?"
SCREENSHOT = REPO / "artifacts" / "ui-login.png"


def _env(data_dir: Path) -> dict[str, str]:
    return app_env(
        data_dir,
        SWITCHYARD_AUTH__ENABLED="true",
        SWITCHYARD_AUTH__MAX_FAILURES_PER_USER="3",
    )


@pytest.fixture(scope="module")
def login_app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """`switchyard ui` on loopback with two accounts and login required."""
    tmp_path = tmp_path_factory.mktemp("login")
    env = _env(tmp_path / "data")
    for name, password in ACCOUNTS.items():
        subprocess.run(
            [SWITCHYARD, "users", "add", name, "--password-stdin"],
            input=password + "\n",
            text=True,
            env=env,
            cwd=REPO,
            check=True,
            capture_output=True,
        )
    with served_ui(env, tmp_path / "ui.log") as url:
        yield url


def _session_cookie(context: Any) -> dict[str, Any]:
    found = [c for c in context.cookies() if c["name"] == "sy_session"]
    assert len(found) == 1, context.cookies()
    return dict(found[0])


def _log_in(page: Any, url: str, name: str, password: str) -> None:
    page.goto(url, wait_until="domcontentloaded")
    assert page.url.endswith("/sy/login"), "the app sends a visitor to the login form"
    page.fill("#username", name)
    page.fill("#password", password)
    page.click("button[type=submit]")


def test_login_logout_and_isolation(login_app: str) -> None:
    urls: list[str] = []
    with chromium() as browser:
        alice_ctx = browser.new_context(locale="en-US", viewport={"width": 1280, "height": 900})
        alice = alice_ctx.new_page()
        alice.on("request", lambda request: urls.append(request.url))

        alice.goto(login_app, wait_until="domcontentloaded")
        before = _session_cookie(alice_ctx)
        assert before["httpOnly"] and before["sameSite"] == "Lax"
        _log_in(alice, login_app, "alice", ACCOUNTS["alice"])
        alice.get_by_text("Logged in as alice").wait_for(timeout=ANSWER_TIMEOUT_MS)
        after = _session_cookie(alice_ctx)
        assert after["value"] != before["value"], "the session id is rotated on login"
        assert "sy_session" not in alice.evaluate("() => document.cookie"), "scripts cannot read it"

        _ask(alice, QUESTION)
        alice.get_by_text("5,250원").first.wait_for(timeout=ANSWER_TIMEOUT_MS)
        # A reload keeps the conversation: the cookie, not the URL, carries the session.
        alice.reload(wait_until="domcontentloaded")
        alice.get_by_text("5,250원").first.wait_for(timeout=ANSWER_TIMEOUT_MS)
        SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
        alice.screenshot(path=str(SCREENSHOT), full_page=True)

        # Bob, in another browser, sees none of it.
        bob_ctx = browser.new_context(locale="en-US")
        bob = bob_ctx.new_page()
        bob.on("request", lambda request: urls.append(request.url))
        _log_in(bob, login_app, "bob", ACCOUNTS["bob"])
        bob.get_by_text("Logged in as bob").wait_for(timeout=ANSWER_TIMEOUT_MS)
        bob.locator('[data-testid="stChatInputTextArea"]').wait_for(timeout=ANSWER_TIMEOUT_MS)
        assert "5,250" not in bob.inner_text("body") and "3만 5천원" not in bob.inner_text("body")

        # Alice's old pre-login id opens nothing in a third browser (it was ended at login).
        planted_ctx = browser.new_context(locale="en-US")
        planted_ctx.add_cookies(
            [{"name": "sy_session", "value": before["value"], "url": login_app}]
        )
        planted = planted_ctx.new_page()
        planted.goto(login_app, wait_until="domcontentloaded")
        assert planted.url.endswith("/sy/login")
        assert _session_cookie(planted_ctx)["value"] != before["value"]

        # Log out: back to the login form, and the logged-in id is dead everywhere.
        alice.get_by_role("link", name="Log out").click()
        alice.wait_for_url("**/sy/login", timeout=ANSWER_TIMEOUT_MS)
        stolen_ctx = browser.new_context(locale="en-US")
        stolen_ctx.add_cookies([{"name": "sy_session", "value": after["value"], "url": login_app}])
        stolen = stolen_ctx.new_page()
        stolen.goto(login_app, wait_until="domcontentloaded")
        assert stolen.url.endswith("/sy/login"), "a logged-out id no longer opens the app"

        # Guessing is throttled: after 3 wrong passwords even the right one is refused.
        guesser = browser.new_context(locale="en-US").new_page()
        for _ in range(3):
            _log_in(guesser, login_app, "bob", "not the password")
            guesser.get_by_text("Wrong user name or password.").wait_for(timeout=30_000)
        _log_in(guesser, login_app, "bob", ACCOUNTS["bob"])
        guesser.get_by_text("Too many login attempts").wait_for(timeout=30_000)

    tokens = {before["value"], after["value"]}
    assert urls and not [u for u in urls if "sid=" in u or any(t in u for t in tokens)], (
        "no URL carries the session"
    )


def test_login_and_the_logged_in_page_speak_korean(login_app: str) -> None:
    from tests.ui.browser_driving import ALLOWED, english_words

    def foreign(text: str) -> list[str]:
        words = re.findall(r"[A-Za-z][A-Za-z_0-9]+", text)
        return sorted({w for w in words if w.lower() not in ALLOWED})

    with chromium() as browser:
        page = browser.new_context(locale="ko-KR").new_page()
        page.goto(login_app, wait_until="domcontentloaded")
        page.get_by_text("Switchyard 로그인").wait_for(timeout=ANSWER_TIMEOUT_MS)
        assert foreign(page.inner_text("body")) == []
        # "carol" has no account: one wrong try, far below the per-user throttle.
        _log_in(page, login_app, "carol", "not a password")
        page.get_by_text("사용자 이름 또는 비밀번호가 틀렸습니다.").wait_for(timeout=30_000)
        assert foreign(page.inner_text("body")) == []
        _log_in(page, login_app, "alice", ACCOUNTS["alice"])
        page.get_by_text("alice 님으로 로그인됨 (사용자)").wait_for(timeout=ANSWER_TIMEOUT_MS)
        page.locator('[data-testid="stChatInputTextArea"]').wait_for(timeout=ANSWER_TIMEOUT_MS)
        page.wait_for_timeout(1000)
        assert [w for w in english_words(page) if w != "alice"] == []
        page.screenshot(path=str(REPO / "artifacts" / "ui-pages" / "ko-login-app.png"))
        page.get_by_role("link", name="로그아웃").click()
        page.wait_for_url("**/sy/login", timeout=ANSWER_TIMEOUT_MS)
        assert foreign(page.inner_text("body")) == []
