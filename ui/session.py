"""Per-browser-session identity and state; the one place the app touches ``st.session_state``.

Isolation rule: user-independent objects (models, stores) are shared through
``st.cache_resource``; everything about a user (id, workspace, open
conversation, turns) lives in this session's ``st.session_state`` only.
"""

from __future__ import annotations

import hashlib
import os
import secrets
from dataclasses import dataclass
from typing import Any

import streamlit as st

from core.conversations import SCHEMA as CONVERSATIONS_SCHEMA
from core.conversations import ConversationIndex
from core.settings import RoleName
from core.storage import open_store
from core.users import ANONYMOUS_PREFIX, UserStore, open_user_store
from graphs.services import Services
from ui.i18n import Lang, detect, text
from ui.web_session import COOKIE

# A workspace every session shares (e.g. a team's document set); unset means one per user.
SHARED_WORKSPACE_ENV = "SWITCHYARD_UI_WORKSPACE"
# Per-user things kept in st.session_state; dropped when the session's user changes.
_PER_USER_KEYS = ("sy_thread", "sy_turns", "sy_inflight", "sy_run", "sy_run_pick", "sy_replays")


@dataclass(frozen=True)
class Identity:
    """Who this browser session is and which document collection it works in."""

    user_id: str
    workspace: str
    via: str
    role: RoleName | None = None
    username: str | None = None


def _hash(value: str) -> str:
    return hashlib.sha256(value.encode("utf-8")).hexdigest()[:16]


def browser_cookie() -> str:
    """The session cookie the browser sent when this page connected ('' when none)."""
    try:
        return str(st.context.cookies.get(COOKIE, "") or "")
    except (AttributeError, RuntimeError):
        return ""


def user_store(services: Services) -> UserStore:
    """The accounts and sessions of the data dir (user-independent, shared by sessions)."""
    store = services.extras.get("users")
    if not isinstance(store, UserStore):
        store = open_user_store(services.settings, session_days=services.settings.auth.session_days)
        services.extras["users"] = store
    return store


def identity(services: Services) -> Identity | None:
    """This session's user and workspace, checked against the server's session table.

    The token is the HttpOnly cookie the HTTP layer issued (``ui/web_session.py``);
    it is read once per browser tab and looked up again on every run, so logging
    out (here or in another tab) or an expired session takes effect at once.
    Nothing is read from the URL. Returns ``None`` when login is required and
    this session is not logged in.

    Without a server-made session (no cookie: the app was started without the
    session layer) the tab gets a random identity of its own that a reload does
    not keep, which is safe but forgetful.
    """
    state = st.session_state
    if "sy_token" not in state:
        state["sy_token"] = browser_cookie()
    token = str(state["sy_token"])
    ident = _resolve(services, token)
    previous = state.get("sy_identity")
    if ident is None or (previous is not None and previous != ident):
        for key in _PER_USER_KEYS:
            state.pop(key, None)
        state.pop("sy_identity", None)
    if ident is not None:
        state["sy_identity"] = ident
    return ident


def _resolve(services: Services, token: str) -> Identity | None:
    user = _oidc_user()
    if user is not None:
        return _identity("oidc-" + _hash(user), "oidc")
    session = user_store(services).session(token) if token else None
    if services.settings.auth.enabled:
        if session is None or session.username is None:
            return None
        return _identity(session.user_id, "login", role=session.role, username=session.username)
    if session is not None:
        return _identity(session.user_id, "cookie")
    state = st.session_state
    if "sy_tab_user" not in state:
        state["sy_tab_user"] = ANONYMOUS_PREFIX + secrets.token_hex(8)
    return _identity(str(state["sy_tab_user"]), "tab")


def _identity(
    user_id: str, via: str, *, role: RoleName | None = None, username: str | None = None
) -> Identity:
    shared = os.environ.get(SHARED_WORKSPACE_ENV, "").strip()
    return Identity(
        user_id=user_id,
        workspace=shared or f"ws-{user_id}",
        via=via,
        role=role,
        username=username,
    )


def _oidc_user() -> str | None:
    try:
        user = st.user
        if user.get("is_logged_in"):
            return str(user.get("sub") or user.get("email") or "") or None
    except (AttributeError, KeyError, RuntimeError):
        return None
    return None


def lang() -> Lang:
    """The UI language: the user's choice, else the browser's."""
    chosen = st.session_state.get("sy_lang", "auto")
    if chosen in ("ko", "en"):
        # Literals, not ``chosen``: session_state values are typed Any.
        return "ko" if chosen == "ko" else "en"
    try:
        accept = st.context.headers.get("Accept-Language")
        locale = st.context.locale
    except (AttributeError, RuntimeError):
        accept, locale = None, None
    return detect(locale, accept)


def t(key: str, **values: object) -> str:
    """Translate ``key`` into this session's language."""
    return text(lang(), key, **values)


def conversations(services: Services) -> ConversationIndex:
    """The conversation index (user-independent: every call passes a user id)."""
    index = services.extras.get("conversations")
    if index is None:
        index = ConversationIndex(open_store(services.settings, CONVERSATIONS_SCHEMA))
        services.extras["conversations"] = index
    return index


def current_thread(services: Services, ident: Identity) -> str:
    """The open conversation's thread id (the newest one, or a new conversation)."""
    state = st.session_state
    thread = state.get("sy_thread")
    index = conversations(services)
    if thread and index.get(thread, ident.user_id) is not None:
        return str(thread)
    existing = index.list(ident.user_id, ident.workspace, limit=1)
    conv = existing[0] if existing else index.new(ident.user_id, ident.workspace)
    state["sy_thread"] = conv.thread_id
    return conv.thread_id


def open_thread(thread_id: str) -> None:
    """Switch the session to another conversation."""
    st.session_state["sy_thread"] = thread_id
    st.session_state.pop("sy_inflight", None)


def turns_cache() -> dict[str, list[dict[str, Any]]]:
    """Rendered turns per thread for this session (rebuilt from the checkpointer on reload)."""
    cache: dict[str, list[dict[str, Any]]] = st.session_state.setdefault("sy_turns", {})
    return cache
