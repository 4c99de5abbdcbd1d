"""The sidebar: language, view, and this user's conversation list (new, rename, delete)."""

from __future__ import annotations

from pathlib import Path

import streamlit as st

from core.types import ModelTier
from graphs.services import Services
from ui.model_pick import FORCE_KEY, model_pick_key, offered_on, saved_pick
from ui.prefs import load_pref, save_pref
from ui.session import Identity, conversations, open_thread, t, turns_cache
from ui.words import model_name

VIEWS = ("chat", "workflows", "runs", "documents", "settings", "charts")


def render_sidebar(services: Services, ident: Identity, thread: str) -> str:
    """Draw the sidebar and return the selected view."""
    side = st.sidebar
    side.title("🚦 Switchyard")
    side.caption(t("app.tagline"))
    # Labels are resolved now: format_func may also be called outside this script run.
    lang_labels = {"auto": t("lang.auto"), "ko": "한국어", "en": "English"}
    data_dir = services.settings.data_dir
    if "sy_lang" not in st.session_state:
        # A new browser session (a reload) starts in the language this user chose last.
        saved = load_pref(data_dir, ident.user_id, "lang")
        if saved in lang_labels:
            st.session_state["sy_lang"] = saved
    side.selectbox(
        t("lang.label"),
        options=list(lang_labels),
        format_func=lang_labels.__getitem__,
        key="sy_lang",
        on_change=_remember_language,
        args=(data_dir, ident.user_id),
    )
    force_labels = {
        "auto": t("chat.force_auto"),
        "local": t("tier.local"),
        "cloud": t("tier.cloud"),
    }
    force_key = f"{FORCE_KEY}{thread}"
    _restore_pick(data_dir, ident.user_id, force_key, set(force_labels))
    picked = side.selectbox(
        t("chat.force"),
        options=list(force_labels),
        format_func=force_labels.__getitem__,
        key=force_key,
        help=t("chat.force_help"),
        on_change=_remember_pick,
        args=(data_dir, ident.user_id, force_key),
    )
    for tier in ("local", "cloud"):
        if picked == tier:
            _model_picker(services, ident, tier, thread)
    view_labels = {v: t(f"nav.{v}") for v in VIEWS}
    view = side.radio(
        t("nav.view"), options=list(VIEWS), format_func=view_labels.__getitem__, key="sy_view"
    )
    _conversation_list(services, ident, thread)
    return str(view)


def _model_picker(services: Services, ident: Identity, tier: ModelTier, thread: str) -> None:
    """The models the forced tier's server offers (the configured one first)."""
    endpoint = services.models.endpoint(tier)
    if endpoint is None:
        return
    models = offered_on(endpoint)
    labels = {m: model_name(m) for m in models}
    labels[endpoint.model_id] = t("chat.force_model_default", model=model_name(endpoint.model_id))
    key = model_pick_key(tier, thread)
    data_dir = services.settings.data_dir
    _restore_pick(data_dir, ident.user_id, key, set(models))
    st.sidebar.selectbox(
        t("chat.force_model"),
        options=models,
        format_func=labels.__getitem__,
        key=key,
        help=t("chat.force_model_help"),
        on_change=_remember_pick,
        args=(data_dir, ident.user_id, key),
    )


def _restore_pick(data_dir: Path, user_id: str, key: str, options: set[str]) -> None:
    # A reload starts a new browser session: the conversation keeps the tier and model
    # its user picked, as long as the tier's server still offers that model.
    if key not in st.session_state:
        saved = saved_pick(data_dir, user_id, key)
        if isinstance(saved, str) and saved in options:
            st.session_state[key] = saved


def _remember_pick(data_dir: Path, user_id: str, key: str) -> None:
    save_pref(data_dir, user_id, f"pick:{key}", st.session_state.get(key))


def _remember_language(data_dir: Path, user_id: str) -> None:
    save_pref(data_dir, user_id, "lang", st.session_state.get("sy_lang", "auto"))


# Callbacks run before the next script run, so they may set the view widget's state.
def _switch_to(thread_id: str) -> None:
    open_thread(thread_id)
    st.session_state["sy_view"] = "chat"


def _new_conversation(services: Services, ident: Identity) -> None:
    conv = conversations(services).new(ident.user_id, ident.workspace)
    _switch_to(conv.thread_id)


def _conversation_list(services: Services, ident: Identity, thread: str) -> None:
    side = st.sidebar
    index = conversations(services)
    side.subheader(t("conv.header"))
    side.button(
        t("conv.new"),
        key="conv-new",
        icon="➕",
        use_container_width=True,
        on_click=_new_conversation,
        args=(services, ident),
    )
    items = index.list(ident.user_id, ident.workspace)
    if not items:
        side.caption(t("conv.none"))
    for conv in items:
        title = conv.title or t("conv.untitled")
        current = conv.thread_id == thread
        side.button(
            ("▶ " if current else "") + title,
            key=f"conv-open-{conv.thread_id}",
            type="primary" if current else "secondary",
            use_container_width=True,
            on_click=_switch_to,
            args=(conv.thread_id,),
        )
    current_conv = index.get(thread, ident.user_id)
    if current_conv is None:
        return
    with side.expander(t("conv.rename") + " / " + t("conv.delete")):
        new_title = st.text_input(
            t("conv.rename_label"), value=current_conv.title, key=f"rename-{thread}"
        )
        left, right = st.columns(2)
        if left.button(t("conv.rename"), key=f"conv-rename-{thread}") and new_title.strip():
            index.rename(thread, ident.user_id, new_title)
            st.rerun()
        if right.button(t("conv.delete"), key=f"conv-delete-{thread}", type="primary"):
            index.delete(
                thread,
                ident.user_id,
                traces=services.traces,
                checkpointer=services.checkpointer,
                cache=services.cache,
            )
            turns_cache().pop(thread, None)
            st.session_state.pop("sy_thread", None)
            st.toast(t("conv.deleted"))
            st.rerun()
