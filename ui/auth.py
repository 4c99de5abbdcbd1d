"""The login gate: open on loopback, closed elsewhere unless a password or OIDC is set.

``switchyard ui --host`` exports ``SWITCHYARD_UI_HOST``. On 127.0.0.1 or
localhost the app serves one person and needs no login (a password, when set,
still applies). Bound anywhere else it refuses to serve unless
``SWITCHYARD_UI_PASSWORD`` is set (compared in constant time) or Streamlit's
OIDC login is configured in ``.streamlit/secrets.toml`` (``[auth]``).
"""

from __future__ import annotations

import hmac
import os

import streamlit as st
from streamlit.errors import StreamlitSecretNotFoundError

from ui.session import t

HOST_ENV = "SWITCHYARD_UI_HOST"
PASSWORD_ENV = "SWITCHYARD_UI_PASSWORD"
LOOPBACK = frozenset({"127.0.0.1", "localhost", "::1", "[::1]"})


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


def gate() -> bool:
    """Render the login (or the refusal) and return True once this session may use the app."""
    host = os.environ.get(HOST_ENV, "127.0.0.1")
    password = os.environ.get(PASSWORD_ENV, "")
    if oidc_configured():
        if st.user.get("is_logged_in"):
            st.sidebar.button(t("auth.logout"), on_click=st.logout)
            return True
        st.button(t("auth.oidc"), on_click=st.login, type="primary")
        return False
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
        if password_ok(given, password):
            st.session_state["sy_authed"] = True
            st.session_state.pop("sy_password", None)
            st.rerun()
        st.error(t("auth.wrong"))
    return False
