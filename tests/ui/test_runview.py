"""The run view under AppTest: timeline, highlighted graph, totals, and replay on another tier."""

from __future__ import annotations

from pathlib import Path

from streamlit.testing.v1 import AppTest

from tests.ui.conftest import MakeServices, ask, new_session, texts
from tests.ui.harness import EASY
from ui.graph_view import highlight_path

PRICED = {"models": {"test:cloud": {"price_in_per_1k": 0.01, "price_out_per_1k": 0.03}}}
QUESTION = "Write one friendly sentence welcoming a new colleague."


def _open_run(at: AppTest) -> AppTest:
    key = next(b.key for b in at.button if b.key and b.key.startswith("trace-"))
    return at.button(key=key).click().run()


def test_run_view_shows_timeline_graph_and_totals(make_services: MakeServices) -> None:
    make_services(local=["Welcome aboard!"], **EASY, **PRICED)
    at = _open_run(ask(new_session(), QUESTION))
    assert not at.exception
    assert at.session_state["sy_view"] == "runs"
    page = texts(at)
    # Timeline: one expander per step with route score, reasons, masked input and output.
    step = next(e for e in at.expander if e.label.startswith("1. execute_step"))
    detail = " ".join(m.value for m in step.markdown) + " ".join(c.value for c in step.code)
    assert "Route score" in detail and "prefer local" in detail and QUESTION in detail
    assert at.dataframe[0].value["tier"].tolist() == ["local"]
    # Graph with the path highlighted.
    mermaid = next(m.value for m in at.markdown if "mermaid" in m.value)
    assert "classDef visited" in mermaid and "execute_step" in mermaid.split("class ")[-1]
    assert "guard_input → answer_from_faq → plan" in page
    # Totals against the all-cloud estimate.
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Cost"] == "$0.00000"
    assert metrics["All steps on cloud"] != "$0.00000"


def test_replay_on_cloud_compares_side_by_side(make_services: MakeServices) -> None:
    _, fakes = make_services(
        local=["Welcome aboard!"], cloud=["A warm cloud welcome!"], **EASY, **PRICED
    )
    at = _open_run(ask(new_session(), QUESTION))
    run_id = at.session_state["sy_run"]
    at.radio(key=f"replay-tier-{run_id}").set_value("cloud")
    at = at.button(key=f"replay-go-{run_id}").click().run()
    assert not at.exception and not at.error, [e.value for e in at.error]
    page = texts(at)
    assert "Welcome aboard!" in page and "A warm cloud welcome!" in page
    assert any("Replay (cloud on step 1)" in m.value for m in at.markdown)
    tiers = [c.value for c in at.caption if c.value.startswith("Tiers per step")]
    assert tiers == ["Tiers per step: local", "Tiers per step: cloud"]
    fakes["cloud"].assert_complete()


def test_runs_list_only_this_users_runs(make_services: MakeServices) -> None:
    make_services(local=["One.", "Two."], **EASY)
    first = ask(new_session(), QUESTION)
    second = ask(new_session(), "Write one friendly sentence welcoming a new intern.")
    second.sidebar.radio(key="sy_view").set_value("runs").run()
    options = second.selectbox(key="sy_run_pick").options
    assert len(options) == 1 and "intern" in options[0]
    first.sidebar.radio(key="sy_view").set_value("runs").run()
    assert "intern" not in " ".join(first.selectbox(key="sy_run_pick").options)


def test_highlight_path_marks_nodes_and_edges() -> None:
    drawing = (Path(__file__).parents[1] / "graphs" / "assistant.mermaid").read_text()
    path = ["guard_input", "answer_from_faq", "record"]
    out = highlight_path(drawing, path)
    assert out.startswith(drawing.rstrip())
    assert "\tclass guard_input,answer_from_faq,record visited" in out
    # __start__→guard_input, guard_input→answer_from_faq, answer_from_faq→record, record→__end__
    link = next(line for line in out.splitlines() if line.strip().startswith("linkStyle"))
    assert link.split()[1] == "0,2,7,13"
    assert highlight_path(drawing, []) == drawing
