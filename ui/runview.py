"""Traced debugging: a run's step timeline, its path through the graph, totals, and replay."""

from __future__ import annotations

import datetime as dt
from typing import Any

import streamlit as st

from core.errors import SwitchyardError
from core.trace_store import RunRecord
from core.types import ModelTier, StepRecord
from graphs.replay import replay
from graphs.services import Services
from ui.badges import step_row
from ui.graph_view import clean_labels, highlight_path
from ui.reasons import alternative_in, reason_plain, step_reasons_in
from ui.session import Identity, lang, t
from ui.words import NODE_NAMES_KO, masked_in, node_name, step_words


def _label(run: RunRecord) -> str:
    when = dt.datetime.fromtimestamp(run.created_at).strftime("%m-%d %H:%M:%S")
    question = masked_in(run.question, lang())
    question = question if len(question) <= 60 else question[:59] + "…"
    return f"{when} · {question} · {run.run_id[:8]}"


def _drawing(services: Services) -> str:
    drawing = services.extras.get("mermaid")
    if drawing is None:
        drawing = services.graph.get_graph().draw_mermaid()
        services.extras["mermaid"] = drawing
    names = NODE_NAMES_KO if lang() == "ko" else {"__start__": "start", "__end__": "end"}
    return clean_labels(str(drawing), names)


def _row(index: int, step: StepRecord) -> dict[str, object]:
    """A timeline row with headers and tier names in the UI language."""
    row = step_row(index, step)
    row["node"] = node_name(step.node, lang())
    row["reason"] = reason_plain(step.reasons[0], lang()) if step.reasons else ""
    tier = t(f"runs.tier_{step.tier}") + (f" ({t('runs.degraded')})" if step.degraded else "")
    row["tier"] = tier
    row["privacy"] = t(f"runs.privacy_{step.privacy}")
    return {t(f"runs.col_{key}") if key != "#" else key: value for key, value in row.items()}


def show_totals(run: RunRecord) -> None:
    """Cost and latency against the all-cloud estimate."""
    st.subheader(t("runs.totals"))
    cols = st.columns(5)
    cols[0].metric(t("runs.cost"), f"${run.cost:.5f}")
    cols[1].metric(t("runs.cloud_estimate"), f"${run.cloud_estimate:.5f}")
    saved = run.cloud_estimate - run.cost
    share = f"{saved / run.cloud_estimate:.0%}" if run.cloud_estimate > 0 else "—"
    cols[2].metric(t("runs.saved"), f"${saved:.5f}", share)
    cols[3].metric(t("runs.latency"), f"{run.latency_ms:.0f} ms")
    cols[4].metric(t("runs.tokens"), f"{run.tokens_in}/{run.tokens_out}")


def show_step_detail(index: int, step: StepRecord) -> None:
    """One step of the timeline, expanded: route score, reasons, masked input and output."""
    language = lang()
    with st.expander(f"{index}. {node_name(step.node, language)} · {step_words(step, language)}"):
        score = "—" if step.score is None else f"{step.score:.3f}"
        st.markdown(f"**{t('runs.score')}:** {score}")
        st.markdown(f"**{t('runs.reasons')}:**")
        for reason in step_reasons_in(step, language):
            st.markdown(f"- {reason}")
        if step.alternatives:
            st.markdown(f"**{t('runs.alternatives')}:**")
            for alt in step.alternatives:
                st.markdown(f"- {t(f'runs.tier_{alt.tier}')}: {alternative_in(alt, language)}")
        if step.tool:
            server = f" `{step.server}`" if step.server else ""
            st.markdown(f"**{t('runs.col_tool')}:** `{step.tool}` ({step.tool_calls}){server}")
        st.caption(t("runs.input"))
        st.code(step.input_text or "—", language=None, wrap_lines=True)
        st.caption(t("runs.output"))
        st.code(step.output_text or "—", language=None, wrap_lines=True)
        if step.error:
            st.error(step.error)


def show_replay(services: Services, ident: Identity, run: RunRecord) -> None:
    """Pin one step to another tier and compare the two answers side by side."""
    st.subheader(t("replay.header"))
    if not run.steps:
        return
    left, mid, right = st.columns([1, 1, 1])
    step_number = left.selectbox(
        t("replay.step"),
        options=list(range(1, len(run.steps) + 1)),
        format_func=lambda n: (
            f"{n}. {node_name(run.steps[n - 1].node, lang())} "
            f"({t(f'runs.tier_{run.steps[n - 1].tier}')})"
        ),
        key=f"replay-step-{run.run_id}",
    )
    tier: ModelTier = mid.radio(
        t("replay.tier"),
        options=["local", "cloud"],
        format_func=lambda tier_: t(f"runs.tier_{tier_}"),
        horizontal=True,
        key=f"replay-tier-{run.run_id}",
    )
    results: dict[str, Any] = st.session_state.setdefault("sy_replays", {})
    if right.button(t("replay.go"), key=f"replay-go-{run.run_id}", type="primary"):
        try:
            with st.spinner("…"):
                results[run.run_id] = replay(
                    services,
                    run.run_id,
                    step_number=int(step_number),
                    tier=tier,
                    user_id=ident.user_id,
                )
        except SwitchyardError as exc:
            st.error(str(exc))
    outcome = results.get(run.run_id)
    if outcome:
        _compare(outcome)


def _compare(outcome: dict[str, Any]) -> None:
    pinned = outcome["pinned"]
    if outcome.get("warning"):
        # Above both columns: the asked tier did not (or could not) answer.
        st.warning(outcome["warning"], icon="⚠️")
    columns = st.columns(2)
    ran_on = outcome.get("ran_on_tier") or pinned["tier"]
    sides = (
        (t("replay.original"), outcome["original"]),
        (t("replay.replay", tier=ran_on, step=pinned["step"]), outcome["replay"]),
    )
    for col, (title, side) in zip(columns, sides, strict=True):
        if side is None:
            continue
        with col:
            st.markdown(f"#### {title}")
            st.markdown(side["answer"])
            st.metric(t("runs.cost"), f"${side['cost']:.5f}")
            st.metric(t("runs.latency"), f"{side['latency_ms']:.0f} ms")
            st.caption(f"{t('replay.tiers')}: {' → '.join(side['tiers'])}")


def render_runs(services: Services, ident: Identity) -> None:
    """The run list of this user and the selected run in detail."""
    st.header(t("runs.header"))
    runs = services.traces.list_runs(user_id=ident.user_id, limit=100)
    if not runs:
        st.info(t("runs.none"))
        return
    ids = [r.run_id for r in runs]
    wanted = st.session_state.get("sy_run")
    by_id = {r.run_id: r for r in runs}
    if wanted and wanted not in by_id:
        extra = services.traces.get_run(wanted)
        if extra is not None and extra.user_id == ident.user_id:
            by_id[wanted] = extra
            ids.insert(0, wanted)
    state = st.session_state
    if state.get("sy_run_pick") not in ids:
        state["sy_run_pick"] = wanted if wanted in ids else ids[0]
    chosen = st.selectbox(
        t("runs.pick"),
        options=ids,
        format_func=lambda rid: _label(by_id[rid]),
        key="sy_run_pick",
    )
    state["sy_run"] = chosen
    run = by_id[chosen]
    if run.user_id != ident.user_id:  # defence in depth: list_runs is already filtered
        return
    if run.parent_run_id:
        st.caption(t("runs.replay_of", run=run.parent_run_id[:8]))
    st.markdown(f"**{t('runs.question')}:** {masked_in(run.question, lang())}")
    st.markdown(f"**{t('runs.answer')}:** {masked_in(run.answer, lang())}")
    show_totals(run)
    st.subheader(t("runs.timeline"))
    if run.steps:
        st.dataframe([_row(i, s) for i, s in enumerate(run.steps, start=1)], hide_index=True)
    for i, step in enumerate(run.steps, start=1):
        show_step_detail(i, step)
    st.subheader(t("runs.graph"))
    st.caption(f"{t('runs.path')}: {' → '.join(node_name(n, lang()) for n in run.path)}")
    st.mermaid_chart(highlight_path(_drawing(services), run.path))
    show_replay(services, ident, run)
