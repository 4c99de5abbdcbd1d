"""The settings panel (tiers, models, spend, MCP) and the charts panel."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import Any

import streamlit as st

from core.tracing_export import export_enabled
from core.types import TIERS
from graphs.services import Services
from ui.cli.doctor import doctor_report
from ui.session import Identity, conversations, lang, t
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


def _aggregate(rows: list[dict[str, Any]], key: str) -> dict[str, dict[str, Any]]:
    def empty() -> dict[str, Any]:
        bucket: dict[str, Any] = {tier: 0 for tier in TIERS}
        bucket.update(cost=0.0, latency_ms=0.0, runs=set())
        return bucket

    out: dict[str, dict[str, Any]] = defaultdict(empty)
    for row in rows:
        bucket = out[row[key]]
        bucket[row["tier"]] += 1
        bucket["cost"] += float(row["cost"])
        bucket["latency_ms"] += float(row["latency_ms"])
        bucket["runs"].add(row["run_id"])
    return out


def chart_tables(
    rows: list[dict[str, Any]], titles: dict[str, str], by: str
) -> dict[str, dict[str, list[Any]]]:
    """Column-oriented tables for the three charts, per conversation or per day."""
    for row in rows:
        row["day"] = dt.datetime.fromtimestamp(float(row["created_at"])).strftime("%Y-%m-%d")
        row["conversation"] = titles.get(str(row["thread_id"])) or str(row["thread_id"])[:8]
    buckets = _aggregate(rows, "day" if by == "day" else "conversation")
    labels = sorted(buckets)
    steps: dict[str, list[Any]] = {"label": labels}
    steps.update({tier: [buckets[x][tier] for x in labels] for tier in TIERS})
    cost = {"label": labels, "cost": [buckets[x]["cost"] for x in labels]}
    latency = {
        "label": labels,
        "mean latency per run (ms)": [
            buckets[x]["latency_ms"] / max(1, len(buckets[x]["runs"])) for x in labels
        ],
    }
    return {"steps": steps, "cost": cost, "latency": latency}


def render_charts(services: Services, ident: Identity) -> None:
    """Steps by tier, cost and latency from this user's trace records."""
    st.header(t("charts.header"))
    rows = services.traces.step_stats(user_id=ident.user_id)
    if not rows:
        st.info(t("charts.none"))
        return
    by = st.radio(
        t("charts.scope"),
        options=["conversation", "day"],
        format_func=lambda v: t(
            "charts.by_conversation" if v == "conversation" else "charts.by_day"
        ),
        horizontal=True,
        key="sy_chart_scope",
    )
    titles = {c.thread_id: c.title for c in conversations(services).list(ident.user_id, limit=500)}
    tables = chart_tables([dict(r) for r in rows], titles, by)
    # Series and axis names in the UI language; labels stay horizontal and uncut at 1,400 px.
    x_title = t("charts.by_conversation" if by == "conversation" else "charts.by_day")
    tier_names = {tier: t(f"charts.tier_{tier}") for tier in TIERS}
    steps = {"label": tables["steps"]["label"]}
    steps.update({tier_names[tier]: tables["steps"][tier] for tier in TIERS})
    st.subheader(t("charts.steps"))
    st.bar_chart(
        steps,
        x="label",
        y=list(tier_names.values()),
        stack=True,
        x_label=x_title,
        y_label=t("charts.y_steps"),
        horizontal=True,
    )
    st.subheader(t("charts.cost"))
    cost = {"label": tables["cost"]["label"], t("charts.y_cost"): tables["cost"]["cost"]}
    st.bar_chart(
        cost,
        x="label",
        y=t("charts.y_cost"),
        x_label=x_title,
        y_label=t("charts.y_cost"),
        horizontal=True,
    )
    st.subheader(t("charts.latency"))
    latency = {
        "label": tables["latency"]["label"],
        t("charts.y_latency"): tables["latency"]["mean latency per run (ms)"],
    }
    st.bar_chart(
        latency,
        x="label",
        y=t("charts.y_latency"),
        x_label=x_title,
        y_label=t("charts.y_latency"),
        horizontal=True,
    )
