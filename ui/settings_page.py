"""The settings page: choose each tier's provider and model, test it, apply it now.

Shows the same facts as ``switchyard doctor`` (both call ``doctor_report``), and
below them one form per tier. Saving stores the choice (``ui.model_settings``) and
reconfigures the running model registry, so the next question already uses it.
"""

from __future__ import annotations

import streamlit as st
from pydantic import ValidationError

from core.types import ModelTier
from graphs.services import Services
from ui.model_settings import (
    TierChoice,
    apply,
    load_choices,
    mask,
    ollama_models,
    probe_connection,
    save_choice,
    with_choice,
)
from ui.session import Identity, t

PROVIDERS = ("llamacpp", "gguf", "ollama", "openai-compat", "openai")
_EMBEDDED = "llamacpp:smollm2-135m"


def may_change_settings(services: Services, ident: Identity) -> bool:
    """Without login the machine's user decides; with login (or OIDC) only an admin does."""
    if ident.via in ("cookie", "tab"):  # no login: a browser session of this machine
        return True
    role = ident.role or services.settings.roles.role_of(ident.user_id)
    return role == "admin"


def _current(services: Services, tier: ModelTier) -> tuple[str, str, str]:
    endpoint = services.models.endpoint(tier)
    if endpoint is None:
        return "openai" if tier == "cloud" else "llamacpp", "", ""
    return endpoint.provider, endpoint.name, endpoint.base_url or ""


def _tier_form(services: Services, tier: ModelTier) -> TierChoice | None:
    """One tier's form; returns the choice when the user pressed save or test."""
    provider_now, name_now, url_now = _current(services, tier)
    stored = load_choices(services.settings.data_dir).get(tier)
    key = f"sy_set_{tier}"
    provider = st.selectbox(
        t("set.provider"),
        PROVIDERS,
        index=PROVIDERS.index(provider_now) if provider_now in PROVIDERS else 0,
        format_func=lambda p: t(f"set.p_{p}"),
        key=f"{key}_provider",
    )
    base_url: str | None = None
    api_key: str | None = None
    if provider == "llamacpp":
        model = _EMBEDDED
        st.caption(t("set.embedded_note"))
    elif provider == "gguf":
        path = st.text_input(
            t("set.gguf_path"),
            value=name_now if provider_now == "gguf" else "",
            key=f"{key}_gguf",
        )
        model = f"gguf:{path.strip()}"
    elif provider == "ollama":
        base_url = st.text_input(
            t("set.ollama_url"),
            value=url_now if provider_now == "ollama" else "http://127.0.0.1:11434",
            key=f"{key}_ollama_url",
        )
        pulled = ollama_models(base_url)
        if pulled:
            name = st.selectbox(t("set.ollama_pulled"), pulled, key=f"{key}_ollama_model")
        else:
            st.caption(t("set.ollama_none"))
            name = st.text_input(t("set.model_name"), key=f"{key}_ollama_name")
        model = f"ollama:{name}"
    else:
        if provider == "openai-compat":
            base_url = st.text_input(
                t("set.base_url"),
                value=url_now if provider_now == "openai-compat" else "",
                key=f"{key}_base_url",
            )
        name = st.text_input(
            t("set.model_name"),
            value=name_now if provider_now == provider else "",
            key=f"{key}_model_name",
        )
        api_key = st.text_input(
            t("set.api_key"),
            type="password",
            key=f"{key}_api_key",
            help=t("set.key_stored", masked=mask(stored.api_key if stored else None) or "—"),
        )
        api_key = api_key or (stored.api_key if stored else None)
        model = f"{provider}:{name.strip()}"
    writes_korean: bool | None = None
    if provider != "llamacpp":
        known = services.models.profile(model).writes("ko") if ":" in model else False
        writes_korean = st.checkbox(
            t("set.writes_korean"),
            value=stored.writes_korean if stored and stored.writes_korean is not None else known,
            key=f"{key}_korean",
            help=t("set.writes_korean_help"),
        )
    return TierChoice(
        model=model,
        base_url=base_url or None,
        api_key=api_key or None,
        writes_korean=writes_korean,
    )


def _tier_section(services: Services, tier: ModelTier, allowed: bool) -> None:
    with st.container(border=True, key=f"sy_tier_box_{tier}"):
        st.markdown(f"**{t(f'set.tier_{tier}')}**")
        choice = _tier_form(services, tier)
        left, right = st.columns(2)
        test = left.button(t("set.test"), key=f"sy_test_{tier}", disabled=not allowed)
        save = right.button(
            t("set.save"), key=f"sy_save_{tier}", type="primary", disabled=not allowed
        )
        if choice is None or not (test or save):
            return
        try:
            candidate = with_choice(services.models.settings, tier, choice)
        except ValidationError as exc:
            st.error(t("set.invalid", error=exc.errors()[0].get("msg", "")))
            return
        if test:
            with st.spinner(t("set.testing")):
                check = probe_connection(candidate, tier)
            if check.ok:
                st.success(t("set.test_ok", ms=f"{check.latency_ms:,.0f}"))
            else:
                st.error(t("set.test_failed", error=check.detail))
        if save:
            save_choice(services.settings.data_dir, tier, choice)
            apply(services.models, candidate)
            st.success(t("set.saved"))


def render_model_settings(services: Services, ident: Identity) -> None:
    """The tier forms (disabled, with a note, for non-admins when login is on)."""
    st.subheader(t("set.header"))
    allowed = may_change_settings(services, ident)
    if not allowed:
        st.info(t("set.admin_only"))
    for tier in ("local", "cloud"):
        _tier_section(services, tier, allowed)
