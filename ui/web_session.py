"""Server-side sessions for the Streamlit server: an HttpOnly cookie, login and logout routes.

Streamlit's script cannot set an HttpOnly cookie (it runs after the page, over a
websocket), so this runs in the HTTP layer in front of it (``st.App`` takes
Starlette routes and middleware; ``ui/serve.py`` wires them):

- ``SessionCookieMiddleware``: a page navigation without a live session cookie
  gets a new server-made session (``Set-Cookie: sy_session=…; HttpOnly;
  SameSite=Lax``). A cookie the server did not issue is not adopted: it is
  replaced, so a planted id (session fixation) never becomes anyone's session.
  With login on, an anonymous visitor asking for the app is sent to the login page.
- ``/sy/login`` (GET form, POST check): throttled per name and address, the
  password checked with Argon2, and on success the session id is *rotated* (the
  pre-login id is ended, a new one issued).
- ``/sy/logout``: ends the session and issues a fresh anonymous one.

Nothing secret is ever put in a URL; the form posts carry a CSRF value derived
from the (HttpOnly) session token, and SameSite=Lax keeps other sites' posts
from carrying the cookie at all.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property
from http.cookies import CookieError, SimpleCookie

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response
from starlette.routing import Route
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from core.login_throttle import LoginThrottle, limits_from
from core.settings import Settings
from core.users import UserStore, open_user_store
from ui.login_page import login_html

COOKIE = "sy_session"
LOGIN_PATH = "/sy/login"
LOGOUT_PATH = "/sy/logout"
# Where the issued token waits in the ASGI scope for the routes behind the middleware.
SCOPE_KEY = "sy_session_token"


@dataclass
class SessionServices:
    """What the HTTP layer needs: the account store, the login brake and the auth switches."""

    users: UserStore
    throttle: LoginThrottle
    login_required: bool
    cookie_max_age_s: int


def session_services(settings: Settings) -> SessionServices:
    """Build the session services from the settings (the data dir and ``[auth]``)."""
    auth = settings.auth
    users = open_user_store(settings, session_days=auth.session_days)
    return SessionServices(
        users=users,
        throttle=LoginThrottle(users.database, limits_from(auth)),
        login_required=auth.enabled,
        cookie_max_age_s=int(auth.session_days * 24 * 3600),
    )


def csrf_value(token: str) -> str:
    """The value a form must echo: derived from the HttpOnly token, so only its page knows it."""
    return hmac.new(token.encode("utf-8"), b"switchyard-form", hashlib.sha256).hexdigest()


def cookie_header(token: str, max_age_s: int, *, secure: bool) -> tuple[bytes, bytes]:
    """The ``Set-Cookie`` header carrying ``token`` (HttpOnly, SameSite=Lax, whole site)."""
    value = f"{COOKIE}={token}; Path=/; Max-Age={max_age_s}; HttpOnly; SameSite=Lax"
    if secure:
        value += "; Secure"
    return b"set-cookie", value.encode("latin-1")


def cookie_from_headers(headers: list[tuple[bytes, bytes]]) -> str:
    """The ``sy_session`` value among raw request headers ('' when there is none)."""
    for name, value in headers:
        if name.lower() == b"cookie":
            jar: SimpleCookie = SimpleCookie()
            try:
                jar.load(value.decode("latin-1"))
            except CookieError:  # a malformed Cookie header counts as no cookie
                continue
            if COOKIE in jar:
                return jar[COOKIE].value
    return ""


def _is_navigation(scope: Scope) -> bool:
    # Only page loads get a session: health checks and asset fetches must not create rows.
    if scope.get("method") != "GET":
        return False
    for name, value in scope.get("headers", []):
        if name == b"accept":
            return b"text/html" in value
    return False


class SessionCookieMiddleware:
    """Pure ASGI middleware issuing server-made session cookies (see the module docstring)."""

    def __init__(self, app: ASGIApp, factory: Callable[[], SessionServices]) -> None:
        self.app = app
        self._factory = factory

    @cached_property
    def services(self) -> SessionServices:
        """Built on first use, so importing the server module stays cheap."""
        return self._factory()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            # The websocket carries the cookie to the script, which checks it again itself.
            await self.app(scope, receive, send)
            return
        path = str(scope.get("path", ""))
        ours = path in (LOGIN_PATH, LOGOUT_PATH)
        if not ours and not _is_navigation(scope):
            await self.app(scope, receive, send)
            return
        services = self.services
        token = cookie_from_headers(list(scope.get("headers", [])))
        session = services.users.session(token)
        minted = session is None
        if minted:
            client = scope.get("client")
            token = services.users.new_session(address=client[0] if client else "")
        scope[SCOPE_KEY] = token
        secure = scope.get("scheme") == "https"
        new_cookie = cookie_header(token, services.cookie_max_age_s, secure=secure)

        if services.login_required and not ours and (session is None or not session.logged_in):
            response = RedirectResponse(LOGIN_PATH, status_code=303)
            response.raw_headers.append(new_cookie)
            await response(scope, receive, send)
            return

        # An anonymous session slides (see UserStore.session): its cookie is renewed with it.
        renew = minted or (session is not None and not session.logged_in)

        async def send_with_cookie(message: Message) -> None:
            if renew and message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                # A route that set its own session cookie (login, logout) wins.
                if not any(
                    n.lower() == b"set-cookie" and v.startswith(COOKIE.encode() + b"=")
                    for n, v in headers
                ):
                    headers.append(new_cookie)
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, send_with_cookie)


def _lang(request: Request) -> str:
    accept = request.headers.get("accept-language", "")
    return "ko" if accept.lower().startswith("ko") else "en"


def _client(request: Request) -> str:
    return request.client.host if request.client else ""


def _redirect_with_session(
    request: Request, services: SessionServices, token: str, to: str = "/"
) -> Response:
    response = RedirectResponse(to, status_code=303)
    secure = request.url.scheme == "https"
    response.raw_headers.append(cookie_header(token, services.cookie_max_age_s, secure=secure))
    return response


def session_routes(middleware_services: Callable[[], SessionServices]) -> list[Route]:
    """The ``/sy/login`` and ``/sy/logout`` routes, sharing the middleware's services."""

    async def login(request: Request) -> Response:
        services = middleware_services()
        token = str(request.scope.get(SCOPE_KEY, ""))
        lang = _lang(request)
        current = services.users.session(token)
        if current is not None and current.logged_in:
            return RedirectResponse("/", status_code=303)
        if request.method == "GET":
            return HTMLResponse(login_html(lang, csrf_value(token)))
        form = await request.form()
        name = str(form.get("username", "")).strip().lower()
        password = str(form.get("password", ""))
        if not hmac.compare_digest(str(form.get("csrf", "")), csrf_value(token)):
            return HTMLResponse(login_html(lang, csrf_value(token), "expired"), status_code=400)
        address = _client(request)
        wait = services.throttle.wait_s(name, address)
        if wait > 0:
            page = login_html(lang, csrf_value(token), "throttled", wait_s=wait)
            return HTMLResponse(page, status_code=429, headers={"Retry-After": str(int(wait) + 1)})
        user = await run_in_threadpool(services.users.verify_password, name, password)
        if user is None:
            services.throttle.record_failure(name, address)
            return HTMLResponse(login_html(lang, csrf_value(token), "wrong"), status_code=401)
        services.throttle.record_success(name)
        # Rotation: the id the browser had before logging in never becomes a logged-in id.
        services.users.end_session(token)
        fresh = services.users.new_session(username=user.name, address=address)
        return _redirect_with_session(request, services, fresh)

    async def logout(request: Request) -> Response:
        services = middleware_services()
        token = str(request.scope.get(SCOPE_KEY, ""))
        if request.method == "GET":
            # A link inside the app is a same-origin navigation; anything else (another
            # site's link or image) only gets a button, so it cannot log the user out.
            site = request.headers.get("sec-fetch-site", "")
            if site not in ("same-origin", "none"):
                return HTMLResponse(login_html(_lang(request), csrf_value(token), "logout"))
        else:
            form = await request.form()
            if not hmac.compare_digest(str(form.get("csrf", "")), csrf_value(token)):
                return HTMLResponse(
                    login_html(_lang(request), csrf_value(token), "logout"), status_code=400
                )
        services.users.end_session(token)
        fresh = services.users.new_session(address=_client(request))
        return _redirect_with_session(request, services, fresh)

    return [
        Route(LOGIN_PATH, login, methods=["GET", "POST"]),
        Route(LOGOUT_PATH, logout, methods=["GET", "POST"]),
    ]
