"""The charts page: tables from trace rows, and axes that stay readable in Korean."""

from __future__ import annotations

from typing import Any

from tests.ui.conftest import MakeServices, ask, new_session
from ui.charts import LABEL_LIMIT_PX, bar_chart, chart_tables


def _row(run: str, thread: str, tier: str, cost: float = 0.0) -> dict[str, Any]:
    return {
        "run_id": run,
        "thread_id": thread,
        "tier": tier,
        "cost": cost,
        "latency_ms": 0.01,
        "created_at": 1_764_460_800.0,
    }


def test_tables_count_steps_by_tier_and_time_whole_runs() -> None:
    rows = [_row("r1", "t1", "deterministic"), _row("r1", "t1", "local", 0.001)]
    rows += [_row("r2", "t1", "cloud", 0.002), _row("r3", "t2", "local")]
    tables = chart_tables(rows, {"t1": "환불 문의"}, "conversation", {"r1": 100.0, "r2": 300.0})
    assert tables["steps"] == {
        "label": ["t2", "환불 문의"],
        "deterministic": [0, 1],
        "local": [1, 1],
        "cloud": [0, 1],
    }
    assert tables["cost"]["cost"][1] == 0.003
    # The time of a question is its run's, not the sum of its (sub-millisecond) steps.
    assert tables["latency"] == {"label": ["t2", "환불 문의"], "ms": [0.0, 200.0]}


def test_axis_titles_are_horizontal_and_labels_long() -> None:
    table: dict[str, list[Any]] = {
        "label": ["3만 5천원의 15%는 얼마야? 그리고 부가세는?"],
        "ms": [12.0],
    }
    spec = bar_chart(table, "질문 하나에 걸린 평균 시간 (ms)", "대화별").to_dict()
    axis = spec["encoding"]["y"]["axis"]
    assert axis["titleAngle"] == 0 and axis["labelLimit"] == LABEL_LIMIT_PX
    assert spec["encoding"]["y"]["title"] == "대화별"
    assert spec["encoding"]["x"]["title"] == "질문 하나에 걸린 평균 시간 (ms)"


def test_charts_page_draws_after_a_few_turns(make_services: MakeServices) -> None:
    make_services()
    at = ask(new_session(), "3만 5천원의 15%는 얼마야?")
    at = ask(at, "3만 5천원의 20%는 얼마야?")
    at.sidebar.radio(key="sy_view").set_value("charts")
    at = at.run()
    assert not at.exception
    charts = at.get("vega_lite_chart")
    assert len(charts) == 3, "steps, cost and time"
    assert any("No step has cost anything yet" in c.value for c in at.caption), "says why"
