"""The Workflows page: the list, each graph, a run form from its inputs, approvals, history.

Runs go through ``graphs.workflow.runner.WorkflowRunner`` and its run store, exactly as
``switchyard workflow run/resume/runs`` do; this page only draws them.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import streamlit as st

from core.errors import ConfigError, SwitchyardError
from core.types import StepRecord
from graphs.engine import Engine
from graphs.services import Services
from graphs.state import Context
from ui.graph_view import clean_labels
from ui.session import Identity, lang, t
from ui.words import step_words
from ui.workflow_live import StepBoard

_RUNNER_KEY = "workflow_runner"
_RESULT_KEY = "sy_wf_result"


def _engine(services: Services) -> Engine:
    if services.engine is None:  # render_workflows checks first; hand-built services only
        raise ConfigError("these services have no engine, so no workflow can run")
    return services.engine


def runner(services: Services) -> Any:
    """The process's workflow runner (one per services, built on first use)."""
    from graphs.workflow.runner import WorkflowRunner

    built = services.extras.get(_RUNNER_KEY)
    if built is None:
        built = WorkflowRunner(_engine(services), services.checkpointer)
        services.extras[_RUNNER_KEY] = built
    return built


def workflow_files(services: Services) -> dict[str, Any]:
    """Every valid workflow file by name (read fresh, so a new file shows up at once)."""
    from core.workflow.loader import load_folder
    from graphs.workflow.registry import known_names

    settings = services.settings
    tools = services.engine.tools if services.engine is not None else None
    return dict(load_folder(settings.workflows_dir, known_names(settings, tools)).workflows)


def _drawing(services: Services, loaded: Any) -> str:
    from graphs.workflow.compile import compile_workflow

    key = f"wf_mermaid:{loaded.name}:{loaded.content_hash}"
    drawing = services.extras.get(key)
    if drawing is None:
        graph = compile_workflow(loaded, _engine(services), None)
        drawing = graph.get_graph().draw_mermaid()
        services.extras[key] = drawing
    return clean_labels(str(drawing), {"__start__": t("wf.start"), "__end__": t("wf.end")})


def _input_widget(name: str, spec: Any, key: str) -> Any:
    label = f"`{name}` — {spec.description}" if spec.description else f"`{name}`"
    if spec.type == "boolean":
        return st.checkbox(label, value=bool(spec.default), key=key)
    if spec.type in ("number", "integer"):
        value = spec.default if spec.default is not None else 0
        step = 1 if spec.type == "integer" else 0.1
        return st.number_input(label, value=value, step=step, key=key)
    if spec.type in ("array", "object"):
        default = json.dumps(spec.default, ensure_ascii=False) if spec.default is not None else ""
        raw = st.text_area(label, value=default, key=key, help=t("wf.json_help"))
        return json.loads(raw) if raw.strip() else None
    return st.text_area(label, value=spec.default or "", key=key, height=80)


def _context(ident: Identity) -> Context:
    return Context(user_id=ident.user_id, workspace=ident.workspace)


def _run_form(services: Services, ident: Identity, loaded: Any) -> None:
    with st.form(f"wf-form-{loaded.name}"):
        values: dict[str, Any] = {}
        try:
            for name, spec in loaded.workflow.inputs.items():
                values[name] = _input_widget(name, spec, f"wf-in-{loaded.name}-{name}")
        except json.JSONDecodeError as exc:
            st.error(t("wf.bad_json", error=exc.msg))
            values = {}
        submitted = st.form_submit_button(t("wf.run"), type="primary")
    if not submitted:
        return
    inputs = {k: v for k, v in values.items() if v not in (None, "")}
    board = StepBoard(step.id for step in loaded.workflow.steps)

    def word(state: str) -> str:
        return t(f"wf.status_{state}")

    try:
        with st.status(t("wf.running"), expanded=True) as status:
            live = st.empty()
            live.markdown("\n".join(f"- {line}" for line in board.lines(word)))

            def progress(event: dict[str, Any]) -> None:
                # Called between the run's steps, in this script's thread: the
                # placeholder's new text reaches the browser before the next step.
                if board.update(event):
                    live.markdown("\n".join(f"- {line}" for line in board.lines(word)))

            result = runner(services).run(
                loaded.name, inputs, context=_context(ident), progress=progress
            )
            # Kept open: the final state of every step stays on the page, not folded away.
            status.update(label=t(f"wf.status_{result.status}"), state="complete", expanded=True)
    except SwitchyardError as exc:
        st.error(t("chat.error", error=exc))
        return
    st.session_state[_RESULT_KEY] = result.run_id


def _step_rows(steps: list[dict[str, Any]]) -> list[dict[str, Any]]:
    language = lang()
    rows = []
    for raw in steps:
        step = StepRecord.model_validate(
            {k: v for k, v in raw.items() if k in StepRecord.model_fields}
        )
        rows.append(
            {
                t("wf.col_step"): raw.get("step_id") or step.node,
                t("wf.col_route"): step_words(step, language),
                t("num.tokens"): f"{step.tokens_in} / {step.tokens_out}",
                t("num.cost"): f"${step.cost:.5f}",
                t("num.time"): f"{step.latency_ms:,.0f} ms",
            }
        )
    return rows


def _resume(services: Services, ident: Identity, run_id: str, action: str, value: Any) -> None:
    try:
        runner(services).resume(run_id, action, value, context=_context(ident))
    except SwitchyardError as exc:
        st.session_state["sy_wf_error"] = str(exc)


def _approval(services: Services, ident: Identity, run_id: str, pending: dict[str, Any]) -> None:
    st.warning(str(pending.get("question") or pending), icon="✋")
    shown = pending.get("value")
    edited = st.text_area(
        t("wf.edit_value"),
        value=shown if isinstance(shown, str) else json.dumps(shown, ensure_ascii=False),
        key=f"wf-edit-{run_id}",
    )
    left, mid, right = st.columns(3)
    left.button(
        t("wf.approve"),
        key=f"wf-approve-{run_id}",
        type="primary",
        on_click=_resume,
        args=(services, ident, run_id, "approve", None),
    )
    mid.button(
        t("wf.reject"),
        key=f"wf-reject-{run_id}",
        on_click=_resume,
        args=(services, ident, run_id, "reject", None),
    )
    right.button(
        t("wf.edit"),
        key=f"wf-edit-go-{run_id}",
        on_click=_resume,
        args=(services, ident, run_id, "edit", edited),
    )


def show_run(services: Services, ident: Identity, run_id: str) -> None:
    """One run: status, outputs, per-step route/tokens/cost/time, and its approval."""
    result = runner(services).result(run_id)
    st.markdown(f"**{t(f'wf.status_{result.status}')}** · `{run_id[:8]}` · v{result.version}")
    error = st.session_state.pop("sy_wf_error", None) or result.error
    if error:
        st.error(t("chat.error", error=error))
    for key, value in result.outputs.items():
        st.markdown(f"**`{key}`:** {value}")  # the output's name is the workflow's identifier
    if result.steps:
        st.dataframe(_step_rows(result.steps), hide_index=True)
    if result.status == "paused" and result.pending is not None:
        _approval(services, ident, run_id, result.pending)


def _history(services: Services, ident: Identity, name: str, shown: str | None = None) -> None:
    rows = runner(services).runs.list(workflow=name, limit=20)
    st.subheader(t("wf.history"))
    if not rows:
        st.caption(t("wf.no_runs"))
        return
    labels = {
        r.run_id: f"{dt.datetime.fromtimestamp(r.created_at):%m-%d %H:%M:%S} · "
        f"{t(f'wf.status_{r.status}')} · {r.run_id[:8]}"
        for r in rows
    }
    picked = st.selectbox(
        t("wf.pick_run"), list(labels), format_func=labels.__getitem__, key=f"wf-hist-{name}"
    )
    # The run already drawn above as the latest one is not drawn twice (its approval
    # widgets would repeat their keys, and Streamlit refuses duplicate keys).
    if picked and picked != shown:
        show_run(services, ident, str(picked))


def render_workflows(services: Services, ident: Identity) -> None:
    """The Workflows page."""
    st.header(t("nav.workflows"))
    if services.engine is None:
        st.info(t("wf.off"))
        return
    files = workflow_files(services)
    if not files:
        st.info(t("wf.none"))
        return
    names = sorted(files)
    if st.session_state.get("sy_wf_pick") not in names:
        st.session_state["sy_wf_pick"] = names[0]
    descriptions = {n: f"{n} — {files[n].workflow.description}" for n in names}
    name = str(
        st.selectbox(t("wf.pick"), names, format_func=descriptions.__getitem__, key="sy_wf_pick")
    )
    loaded = files[name]
    st.caption(t("wf.version", version=loaded.version, file=loaded.file))
    with st.expander(t("wf.graph")):
        st.mermaid_chart(_drawing(services, loaded))
    st.subheader(t("wf.run_header"))
    _run_form(services, ident, loaded)
    latest = st.session_state.get(_RESULT_KEY)
    shown: str | None = None
    if latest and runner(services).runs.get(latest) is not None:
        row = runner(services).runs.get(latest)
        if row is not None and row.workflow == name:
            st.subheader(t("wf.latest"))
            show_run(services, ident, str(latest))
            shown = str(latest)
    _history(services, ident, name, shown)
