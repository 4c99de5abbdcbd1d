"""The settings panel: tiers, models, spend, MCP servers (the charts are ``ui.charts``)."""

from __future__ import annotations

import streamlit as st

from core.tracing_export import export_enabled
from graphs.services import Services
from ui.cli.doctor import doctor_report
from ui.session import Identity, lang, t
from ui.settings_page import render_model_settings
from ui.words import workspace_label_for


def render_settings(services: Services, ident: Identity, thread: str) -> None:
    """Tier availability, configured models, this conversation's spend and MCP servers."""
    st.header(t("nav.settings"))
    report = doctor_report(services)
    st.subheader(t("settings.tiers"))
    for row in report["tiers"]:
        _fact_line(
            "✅" if row["available"] else "❌",
            t(f"runs.tier_{row['tier']}"),
            f"`{row['model'] or '—'}`",
            t("settings.available" if row["available"] else "settings.unavailable"),
            row["reason"],
        )

    st.subheader(t("settings.models"))
    local, cloud = (services.models.model_for_tier(tier) or "—" for tier in ("local", "cloud"))
    st.markdown(f"- {t('charts.tier_local')}: `{local}`\n- {t('charts.tier_cloud')}: `{cloud}`")
    state = t("settings.on") if export_enabled(services.settings) else t("settings.off")
    st.caption(t("settings.export", state=state))

    render_model_settings(services, ident)

    st.subheader(t("settings.budget"))
    spent = services.traces.session_spend(thread)
    limit = services.settings.budget.max_cost_per_session_usd
    share = min(1.0, spent / limit) if limit > 0 else 1.0
    st.progress(share, text=t("settings.budget_of", spent=spent, limit=limit))

    st.subheader(t("settings.mcp"))
    servers = report.get("mcp_servers") or []
    if not servers:
        st.info(t("settings.mcp_none"))
    for server in servers:
        _fact_line(
            "🟢" if server["state"] == "running" else "🔴",
            f"`{server['name']}`",
            t("settings.mcp_tools", n=server["tools"]),
            t(f"settings.mcp_{server['state']}"),
            server["reason"],
        )

    st.subheader(t("settings.identity"))
    workspace = workspace_label_for(ident.workspace, ident.user_id, lang())
    st.caption(t("settings.identity_line", workspace=workspace, user=ident.user_id[:10]))


def _fact_line(mark: str, name: str, what: str, state: str, reason: str) -> None:
    """One ``doctor`` fact: in English as ``doctor`` prints it; otherwise in the UI language,
    with the recorded reason (English, as in ``doctor``) one click away."""
    if lang() == "en":
        st.markdown(f"{mark} **{name}** · {what} — {reason}")
        return
    left, right = st.columns([6, 1])
    left.markdown(f"{mark} **{name}** · {what} — {state}")
    with right.popover(t("words.details")):
        st.markdown(reason)
