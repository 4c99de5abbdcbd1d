"""The HTTP session layer (ui/web_session.py): the real middleware and routes over real stores.

The Streamlit app is replaced by a one-line page so these tests look at the
cookie, login and logout behaviour alone; the browser test drives the real app.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from argon2 import PasswordHasher
from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import PlainTextResponse
from starlette.routing import Route
from starlette.testclient import TestClient

from core.login_throttle import LoginThrottle, ThrottleLimits
from core.users import UserStore
from ui.web_session import (
    COOKIE,
    SessionCookieMiddleware,
    SessionServices,
    session_routes,
)

PAGE = {"accept": "text/html,application/xhtml+xml"}
PASSWORD = "correct horse battery"

MakeClient = Callable[..., tuple[TestClient, SessionServices]]


@pytest.fixture
def make_client(tmp_path: Path) -> MakeClient:
    def factory(
        *, login_required: bool = True, per_user: int = 5
    ) -> tuple[TestClient, SessionServices]:
        # Cheap Argon2 parameters: the tests check the flow, not the hash cost.
        users = UserStore(
            tmp_path / "users.sqlite", hasher=PasswordHasher(time_cost=1, memory_cost=1024)
        )
        users.add_user("alice", PASSWORD)
        users.add_user("bob", PASSWORD, "viewer")
        services = SessionServices(
            users=users,
            throttle=LoginThrottle(
                users.database, ThrottleLimits(per_user=per_user, per_address=50)
            ),
            login_required=login_required,
            cookie_max_age_s=3600,
        )

        async def app_page(request: Request) -> PlainTextResponse:
            return PlainTextResponse("the app")

        app = Starlette(
            routes=[
                *session_routes(lambda: services),
                Route("/", app_page),
                Route("/_stcore/health", app_page),
            ],
            middleware=[Middleware(SessionCookieMiddleware, factory=lambda: services)],
        )
        return TestClient(app, follow_redirects=False), services

    return factory


def _set_cookie(response: object) -> str:
    headers = response.headers.get_list("set-cookie")  # type: ignore[attr-defined]
    found = [h for h in headers if h.startswith(COOKIE + "=")]
    assert len(found) == 1, headers
    return str(found[0])


def _token(set_cookie: str) -> str:
    return set_cookie.split(";", 1)[0].split("=", 1)[1]


def _csrf(html: str) -> str:
    match = re.search(r'name="csrf" value="([0-9a-f]+)"', html)
    assert match, html
    return match.group(1)


def _log_in(client: TestClient, name: str = "alice", password: str = PASSWORD) -> object:
    form = client.get("/sy/login", headers=PAGE)
    return client.post(
        "/sy/login", data={"username": name, "password": password, "csrf": _csrf(form.text)}
    )


def test_a_page_load_gets_an_httponly_samesite_cookie(make_client: MakeClient) -> None:
    client, services = make_client(login_required=False)
    response = client.get("/", headers=PAGE)
    assert response.status_code == 200 and response.text == "the app"
    cookie = _set_cookie(response)
    assert "HttpOnly" in cookie and "SameSite=Lax" in cookie and "Path=/" in cookie
    assert services.users.session(_token(cookie)) is not None
    # The browser sends it back: the same session, its cookie renewed (anonymous ones slide).
    again = client.get("/", headers=PAGE)
    assert _token(_set_cookie(again)) == _token(cookie)


def test_health_checks_and_assets_create_no_sessions(make_client: MakeClient) -> None:
    client, services = make_client(login_required=False)
    for _ in range(3):
        assert "set-cookie" not in client.get("/_stcore/health").headers
    with sqlite3.connect(services.users.path) as db:
        assert db.execute("SELECT COUNT(*) FROM sessions").fetchone()[0] == 0


def test_a_client_chosen_session_id_is_never_adopted(make_client: MakeClient) -> None:
    client, services = make_client(login_required=False)
    planted = "attacker-planted-session-id-000000000000"
    client.cookies.set(COOKIE, planted)
    issued = _token(_set_cookie(client.get("/", headers=PAGE)))
    assert issued != planted
    assert services.users.session(planted) is None


def test_login_required_sends_the_app_page_to_the_login_form(make_client: MakeClient) -> None:
    client, _ = make_client()
    response = client.get("/", headers=PAGE)
    assert response.status_code == 303 and response.headers["location"] == "/sy/login"
    form = client.get("/sy/login", headers=PAGE)
    assert 'type="hidden" name="csrf"' in form.text and "password" in form.text


def test_login_rotates_the_session_id(make_client: MakeClient) -> None:
    client, services = make_client()
    before = _token(_set_cookie(client.get("/", headers=PAGE)))
    response = _log_in(client)
    assert response.status_code == 303 and response.headers["location"] == "/"  # type: ignore[attr-defined]
    after = _token(_set_cookie(response))
    assert after != before
    assert services.users.session(before) is None, "the pre-login id is dead"
    session = services.users.session(after)
    assert session is not None and session.username == "alice"
    assert client.get("/", headers=PAGE).text == "the app"
    # No URL on the way carried a session token.
    assert before not in response.headers["location"] and after not in response.headers["location"]  # type: ignore[attr-defined]


def test_a_planted_cookie_does_not_survive_login(make_client: MakeClient) -> None:
    client, services = make_client()
    planted = "attacker-planted-session-id-000000000000"
    client.cookies.set(COOKIE, planted)
    response = _log_in(client)
    logged_in = _token(_set_cookie(response))
    assert logged_in != planted and services.users.session(planted) is None


def test_a_form_without_the_pages_csrf_value_is_refused(make_client: MakeClient) -> None:
    client, services = make_client()
    anonymous = _token(_set_cookie(client.get("/sy/login", headers=PAGE)))
    response = client.post(
        "/sy/login", data={"username": "alice", "password": PASSWORD, "csrf": "0" * 64}
    )
    assert response.status_code == 400
    # Still the same anonymous session: nobody was logged in.
    assert _token(_set_cookie(response)) == anonymous
    assert services.users.activity()[0]["open_sessions"] == 0


def test_wrong_passwords_are_throttled_even_when_the_right_one_follows(
    make_client: MakeClient,
) -> None:
    client, _ = make_client(per_user=3)
    for _ in range(3):
        assert _log_in(client, password="wrong password!").status_code == 401  # type: ignore[attr-defined]
    blocked = _log_in(client)
    assert blocked.status_code == 429  # type: ignore[attr-defined]
    assert "retry-after" in blocked.headers  # type: ignore[attr-defined]
    # Another name is still allowed (the address limit is higher).
    assert _log_in(client, "bob").status_code == 303  # type: ignore[attr-defined]


def test_unknown_names_fail_like_wrong_passwords(make_client: MakeClient) -> None:
    client, _ = make_client()
    unknown = _log_in(client, "mallory")
    wrong = _log_in(client, "alice", "wrong password!")
    assert unknown.status_code == wrong.status_code == 401  # type: ignore[attr-defined]
    assert unknown.text == wrong.text  # type: ignore[attr-defined]


def test_logout_ends_the_session(make_client: MakeClient) -> None:
    client, services = make_client()
    logged_in = _token(_set_cookie(_log_in(client)))
    response = client.get("/sy/logout", headers={**PAGE, "sec-fetch-site": "same-origin"})
    assert response.status_code == 303
    fresh = _token(_set_cookie(response))
    assert services.users.session(logged_in) is None
    session = services.users.session(fresh)
    assert session is not None and not session.logged_in
    assert client.get("/", headers=PAGE).status_code == 303, "back to the login form"


def test_another_site_cannot_log_the_user_out(make_client: MakeClient) -> None:
    client, services = make_client()
    logged_in = _token(_set_cookie(_log_in(client)))
    response = client.get("/sy/logout", headers={**PAGE, "sec-fetch-site": "cross-site"})
    assert response.status_code == 200 and "set-cookie" not in response.headers
    assert services.users.session(logged_in) is not None
    confirm = client.post("/sy/logout", data={"csrf": _csrf(response.text)})
    assert confirm.status_code == 303 and services.users.session(logged_in) is None
