"""The login gate: open on loopback, closed elsewhere unless login is configured.

Three ways to log in, checked in this order:

- Streamlit's OIDC login, when ``[auth]`` is in ``.streamlit/secrets.toml``.
- Accounts (``[auth] enabled = true`` in switchyard.toml, managed with
  ``switchyard users``): the login form is served by the HTTP layer
  (``/sy/login``, ``ui/web_session.py``), which rotates the session cookie; the
  script only checks the session it is handed and offers the link and log-out.
- One shared ``SWITCHYARD_UI_PASSWORD`` (compared in constant time), kept for
  single-team installs.

``switchyard ui --host`` exports ``SWITCHYARD_UI_HOST``. On 127.0.0.1 or
localhost the app serves one person and needs no login. Bound anywhere else it
refuses to serve unless one of the three is set up.
"""

from __future__ import annotations

import hmac
import math
import os

import streamlit as st
from streamlit.errors import StreamlitSecretNotFoundError

from core.login_throttle import LoginThrottle, limits_from
from graphs.services import Services
from ui.session import identity, lang, t, user_store
from ui.web_session import LOGIN_PATH, LOGOUT_PATH

HOST_ENV = "SWITCHYARD_UI_HOST"
PASSWORD_ENV = "SWITCHYARD_UI_PASSWORD"
LOOPBACK = frozenset({"127.0.0.1", "localhost", "::1", "[::1]"})
# Account-login strings live here (not in ui.i18n) to keep this module self-contained.
_ACCOUNT_TEXT: dict[str, tuple[str, str]] = {
    "needed": ("로그인이 필요합니다.", "Please log in to use Switchyard."),
    "link": ("로그인 페이지로", "Go to the login page"),
    "as": ("{name} 님으로 로그인됨 ({role})", "Logged in as {name} ({role})"),
    "throttled": (
        "로그인 시도가 너무 많습니다. {minutes}분 뒤에 다시 시도하세요.",
        "Too many login attempts. Try again in {minutes} min.",
    ),
}

_ROLE_KO = {"admin": "관리자", "user": "사용자", "viewer": "열람자"}


def is_loopback(host: str) -> bool:
    """True for addresses only this machine can reach."""
    return host.strip().lower() in LOOPBACK


def oidc_configured() -> bool:
    """True when ``[auth]`` is present in Streamlit's secrets."""
    try:
        return "auth" in st.secrets
    except (FileNotFoundError, StreamlitSecretNotFoundError):
        return False


def password_ok(given: str, expected: str) -> bool:
    """Constant-time comparison (no early exit that leaks the matching prefix length)."""
    return hmac.compare_digest(given.encode("utf-8"), expected.encode("utf-8"))


def _say(key: str, **values: object) -> str:
    korean, english = _ACCOUNT_TEXT[key]
    return (korean if lang() == "ko" else english).format(**values)


def _link(label: str, href: str, key: str) -> None:
    # target=_self: the login and log-out routes must replace this page (a new tab would
    # leave this tab's session running), and they are same-origin navigations.
    st.markdown(
        f'<a href="{href}" target="_self" class="sy-{key}">{label}</a>', unsafe_allow_html=True
    )


def _account_gate(services: Services) -> bool:
    ident = identity(services)
    if ident is None:
        st.title("🚦 Switchyard")
        st.info(_say("needed"))
        _link(_say("link"), LOGIN_PATH, "login")
        return False
    with st.sidebar:
        role = ident.role or "user"
        role_name = _ROLE_KO.get(role, role) if lang() == "ko" else role
        st.caption(_say("as", name=ident.username or ident.user_id, role=role_name))
        _link(t("auth.logout"), LOGOUT_PATH, "logout")
    return True


def gate(services: Services) -> bool:
    """Render the login (or the refusal) and return True once this session may use the app."""
    host = os.environ.get(HOST_ENV, "127.0.0.1")
    password = os.environ.get(PASSWORD_ENV, "")
    if oidc_configured():
        if st.user.get("is_logged_in"):
            st.sidebar.button(t("auth.logout"), on_click=st.logout)
            return True
        st.button(t("auth.oidc"), on_click=st.login, type="primary")
        return False
    if services.settings.auth.enabled:
        return _account_gate(services)
    if not password:
        if is_loopback(host):
            return True
        st.error(t("auth.refuse", host=host))
        return False
    if st.session_state.get("sy_authed"):
        return True
    with st.form("login"):
        given = st.text_input(t("auth.password"), type="password", key="sy_password")
        submitted = st.form_submit_button(t("auth.login"))
    if submitted:
        _check_shared_password(services, given, password)
    return False


def _check_shared_password(services: Services, given: str, expected: str) -> None:
    # One password for everyone: counted per address only (a per-name count would let
    # anyone lock the whole team out), persisted like the account logins' counts.
    brake = login_throttle(services)
    address = _client_address()
    subject = "shared-password@" + address
    wait = brake.wait_s(subject, address)
    if wait > 0:
        st.error(_say("throttled", minutes=max(1, math.ceil(wait / 60))))
        return
    if password_ok(given, expected):
        brake.record_success(subject)
        st.session_state["sy_authed"] = True
        st.session_state.pop("sy_password", None)
        st.rerun()
    brake.record_failure(subject, address)
    st.error(t("auth.wrong"))


def _client_address() -> str:
    try:
        address = st.context.ip_address
    except (AttributeError, RuntimeError):
        return ""
    # Anything but a plain string (no client behind this session) counts as unknown.
    return address if isinstance(address, str) else ""


def login_throttle(services: Services) -> LoginThrottle:
    """The persisted failed-login counter of the data dir (shared by every session)."""
    brake = services.extras.get("login_throttle")
    if not isinstance(brake, LoginThrottle):
        brake = LoginThrottle(user_store(services).database, limits_from(services.settings.auth))
        services.extras["login_throttle"] = brake
    return brake
