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
from core.storage import open_store
from graphs.services import Services
from ui.i18n import Lang, detect, text

SID_PARAM = "sid"
# A workspace every session shares (e.g. a team's document set); unset means one per user.
SHARED_WORKSPACE_ENV = "SWITCHYARD_UI_WORKSPACE"


@dataclass(frozen=True)
class Identity:
    """Who this browser session is and which document collection it works in."""

    user_id: str
    workspace: str
    via: str


def _hash(value: str) -> str:
    return hashlib.sha256(value.encode("utf-8")).hexdigest()[:16]


def identity() -> Identity:
    """Resolve (once per session) the user id and workspace.

    A logged-in OIDC user keeps their id across devices. Otherwise the session
    gets a random token kept in the URL (``?sid=``), so a page reload returns to
    the same conversations while another browser never guesses it; the user id
    is a hash of the token, so traces never hold the token itself.
    """
    state = st.session_state
    if "sy_identity" in state:
        found: Identity = state["sy_identity"]
        return found
    user = _oidc_user()
    if user is not None:
        user_id, via = "oidc-" + _hash(user), "oidc"
    else:
        sid = st.query_params.get(SID_PARAM, "")
        if len(sid) < 16:
            sid = secrets.token_urlsafe(18)
            st.query_params[SID_PARAM] = sid
        user_id, via = "u-" + _hash(sid), "session"
    shared = os.environ.get(SHARED_WORKSPACE_ENV, "").strip()
    ident = Identity(user_id=user_id, workspace=shared or f"ws-{user_id}", via=via)
    state["sy_identity"] = ident
    return ident


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
