"""The assistant graph's drawing is a reviewed snapshot: a change to the wiring shows up here."""

from __future__ import annotations

import os
from pathlib import Path

from tests.graphs.conftest import BuildAssistant

SNAPSHOT = Path(__file__).with_name("assistant.mermaid")


def test_mermaid_drawing_matches_snapshot(build_assistant: BuildAssistant) -> None:
    assistant, _ = build_assistant()
    drawing = assistant.services.graph.get_graph().draw_mermaid()
    if os.environ.get("UPDATE_SNAPSHOTS") == "1":
        SNAPSHOT.write_text(drawing)
    assert drawing == SNAPSHOT.read_text(), "graph changed: review, then UPDATE_SNAPSHOTS=1"
    for node in (
        "guard_input",
        "answer_from_faq",
        "plan",
        "route_step",
        "execute_step",
        "call_tools",
        "synthesize",
        "verify",
        "record",
    ):
        assert node in drawing


def test_langgraph_json_points_at_module_graph() -> None:
    import json

    config = json.loads((Path(__file__).parents[2] / "langgraph.json").read_text())
    assert config["graphs"]["assistant"] == "./graphs/assistant.py:graph"
