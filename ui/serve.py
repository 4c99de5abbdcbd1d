"""What ``switchyard ui`` serves: the Streamlit app behind the session layer.

``streamlit run ui/serve.py`` finds the module-level ``st.App`` below and serves
it with uvicorn: Streamlit's own routes plus the login/logout routes, with the
session-cookie middleware in front of everything (``ui/web_session.py``).
"""

from __future__ import annotations

import functools
from pathlib import Path

import streamlit as st
from starlette.middleware import Middleware

from core.settings import load_settings
from ui.web_session import (
    SessionCookieMiddleware,
    SessionServices,
    session_routes,
    session_services,
)

APP_SCRIPT = Path(__file__).resolve().parent / "app.py"


@functools.cache
def shared_session_services() -> SessionServices:
    """One account store and login brake per server process (built on the first request)."""
    return session_services(load_settings())


app = st.App(
    APP_SCRIPT,
    routes=session_routes(shared_session_services),
    middleware=[Middleware(SessionCookieMiddleware, factory=shared_session_services)],
)
