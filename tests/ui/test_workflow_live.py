"""Live step status: the runner's streamed events drive the Workflows page's step board."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.ui.conftest import MakeServices
from tests.ui.test_product_pages import GREETING_FLOW
from ui.workflow_live import StepBoard
from ui.workflows_page import runner


def test_each_step_is_reported_running_while_the_run_is_still_going(
    make_services: MakeServices, tmp_path: Path
) -> None:
    folder = tmp_path / "flows"
    folder.mkdir()
    (folder / "greet_check.yaml").write_text(GREETING_FLOW, encoding="utf-8")
    services, _ = make_services(workflows_dir=folder)
    flows = runner(services)
    board = StepBoard(["ok", "hello"])
    seen: list[tuple[dict[str, str], str]] = []

    def progress(event: dict[str, Any]) -> None:
        if board.update(event):
            # Where the stored run stands at the moment the board changed.
            (row,) = flows.runs.list(workflow="greet_check", limit=1)
            seen.append((dict(board.states), row.status))

    first = flows.run("greet_check", {"name": "민지"}, progress=progress)
    assert first.status == "paused"
    assert ({"ok": "running", "hello": "waiting"}, "running") in seen
    assert board.states == {"ok": "paused", "hello": "waiting"}

    seen.clear()
    done = flows.resume(first.run_id, "approve", progress=progress)
    assert done.status == "done" and done.outputs["greeting"] == "안녕하세요, 민지님"
    assert ({"ok": "done", "hello": "running"}, "running") in seen
    assert board.states == {"ok": "done", "hello": "done"}


def test_a_failed_step_and_map_items_keep_their_own_state() -> None:
    board = StepBoard(["each", "after"])
    assert board.update({"id": "1", "name": "each", "input": {}, "triggers": []})
    assert board.update({"id": "1", "name": "each", "error": None, "interrupts": [], "result": {}})
    assert board.states["each"] == "done"
    assert board.update({"id": "2", "name": "each__item", "input": {}, "triggers": []})
    assert not board.update(
        {"id": "2", "name": "each__item", "error": None, "interrupts": [], "result": {}}
    ), "one item finishing leaves the map step running"
    board.update({"id": "3", "name": "each__join", "error": None, "interrupts": [], "result": {}})
    assert board.states["each"] == "done"
    assert not board.update({"id": "4", "name": "__finish__", "input": {}, "triggers": []})
    board.update({"id": "5", "name": "after", "error": "boom", "interrupts": [], "result": None})
    assert board.states == {"each": "done", "after": "failed"}
