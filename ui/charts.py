"""The charts page: steps by tier, cost and time per run, per conversation or per day.

Drawn with Altair (Streamlit's own chart library) rather than ``st.bar_chart`` so the
axis titles can stay horizontal above the bars: a rotated title beside Korean
conversation names was squeezed and cut at 1,400 px. Bars are horizontal, so long
conversation titles read left to right, up to ``LABEL_LIMIT_PX``.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from typing import Any

import altair as alt
import streamlit as st

from core.types import TIERS
from graphs.services import Services
from ui.session import Identity, conversations, t

LABEL_LIMIT_PX = 320
BAR_PX = 28
TIER_COLOURS = {"deterministic": "#8fc1e9", "local": "#0b66c3", "cloud": "#e8453c"}


def _aggregate(rows: list[dict[str, Any]], key: str) -> dict[str, dict[str, Any]]:
    def empty() -> dict[str, Any]:
        bucket: dict[str, Any] = {tier: 0 for tier in TIERS}
        bucket.update(cost=0.0, runs=set())
        return bucket

    out: dict[str, dict[str, Any]] = defaultdict(empty)
    for row in rows:
        bucket = out[row[key]]
        bucket[row["tier"]] += 1
        bucket["cost"] += float(row["cost"])
        bucket["runs"].add(row["run_id"])
    return out


def chart_tables(
    rows: list[dict[str, Any]],
    titles: dict[str, str],
    by: str,
    run_ms: dict[str, float],
) -> dict[str, dict[str, list[Any]]]:
    """Column-oriented tables for the three charts, per conversation or per day.

    Args:
        rows: ``TraceStore.step_stats`` rows (one per step).
        titles: conversation titles by thread id.
        by: ``"conversation"`` or ``"day"``.
        run_ms: each run's own latency (the whole turn, not the sum of its steps).
    """
    for row in rows:
        row["day"] = dt.datetime.fromtimestamp(float(row["created_at"])).strftime("%Y-%m-%d")
        row["conversation"] = titles.get(str(row["thread_id"])) or str(row["thread_id"])[:8]
    buckets = _aggregate(rows, "day" if by == "day" else "conversation")
    labels = sorted(buckets)
    steps: dict[str, list[Any]] = {"label": labels}
    steps.update({tier: [buckets[x][tier] for x in labels] for tier in TIERS})
    cost = {"label": labels, "cost": [buckets[x]["cost"] for x in labels]}
    mean_ms = []
    for x in labels:
        timed = [run_ms[r] for r in buckets[x]["runs"] if r in run_ms]
        mean_ms.append(sum(timed) / len(timed) if timed else 0.0)
    latency: dict[str, list[Any]] = {"label": labels, "ms": mean_ms}
    return {"steps": steps, "cost": cost, "latency": latency}


def _axis_title_above(label_title: str) -> alt.Y:
    # The category axis's title sits horizontally above its labels instead of rotated
    # beside them.
    return alt.Y(
        "label:N",
        sort=None,
        title=label_title,
        axis=alt.Axis(
            labelLimit=LABEL_LIMIT_PX,
            titleAngle=0,
            titleAnchor="end",
            titleAlign="left",
            titleBaseline="bottom",
            titleY=-6,
            titleX=-LABEL_LIMIT_PX,
        ),
    )


def bar_chart(
    table: dict[str, list[Any]],
    value_title: str,
    label_title: str,
    series: dict[str, str] | None = None,
) -> alt.Chart:
    """A horizontal bar chart of ``table`` (``label`` plus value columns).

    Args:
        table: ``{"label": [...], column: [...]}``.
        value_title: the value axis title (UI language).
        label_title: the category axis title (UI language).
        series: stacked series, column name to display name; ``None``: the one value
            column other than ``label``.
    """
    labels = table["label"]
    columns = series or {next(k for k in table if k != "label"): value_title}
    records = [
        {"label": label, "series": name, "value": table[column][i]}
        for column, name in columns.items()
        for i, label in enumerate(labels)
    ]
    colour: Any  # a field encoding or a fixed value; Altair types them apart
    if series is None:
        colour = alt.value(TIER_COLOURS["local"])
    else:
        colour = alt.Color(
            "series:N",
            title=None,
            scale=alt.Scale(domain=list(series.values()), range=[TIER_COLOURS[k] for k in series]),
            legend=alt.Legend(orient="top", direction="horizontal"),
        )
    chart: alt.Chart = (
        alt.Chart(alt.InlineData(values=records))
        .mark_bar()
        .encode(
            # Step counts are whole numbers: no 0.5 ticks.
            x=alt.X("sum(value):Q", title=value_title, axis=alt.Axis(tickMinStep=1))
            if series
            else alt.X("sum(value):Q", title=value_title),
            y=_axis_title_above(label_title),
            color=colour,
            tooltip=[
                alt.Tooltip("label:N", title=label_title),
                alt.Tooltip("series:N", title=" "),
                alt.Tooltip("value:Q", title=value_title),
            ],
        )
        # A fixed band per bar: the chart grows with the bars, and a legend adds to it.
        .properties(height=alt.Step(BAR_PX))
    )
    return chart


def render_charts(services: Services, ident: Identity) -> None:
    """Steps by tier, cost and time per run from this user's trace records."""
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
    run_ms = {r.run_id: r.latency_ms for r in services.traces.list_runs(user_id=ident.user_id)}
    tables = chart_tables([dict(r) for r in rows], titles, by, run_ms)
    label_title = t("charts.by_conversation" if by == "conversation" else "charts.by_day")
    tiers: dict[str, str] = {tier: t(f"charts.tier_{tier}") for tier in TIERS}
    st.subheader(t("charts.steps"))
    steps = bar_chart(tables["steps"], t("charts.y_steps"), label_title, series=tiers)
    st.altair_chart(steps, width="stretch")
    st.subheader(t("charts.cost"))
    cost = bar_chart(tables["cost"], t("charts.y_cost"), label_title)
    st.altair_chart(cost, width="stretch")
    if not any(tables["cost"]["cost"]):  # an empty chart would look broken without a word
        st.caption(t("charts.no_cost"))
    st.subheader(t("charts.latency"))
    latency = bar_chart(tables["latency"], t("charts.y_latency"), label_title)
    st.altair_chart(latency, width="stretch")
