"""The compiled support_triage graph, drawn: a change to the compiler shows up in review."""

from __future__ import annotations

from pathlib import Path

from core.workflow.loader import load_file
from graphs.workflow.compile import compile_workflow
from tests.workflow.conftest import BuildHarness

REPO = Path(__file__).resolve().parents[2]
SNAPSHOT = Path(__file__).with_name("support_triage.mermaid")


def test_support_triage_mermaid_matches_the_snapshot(harness: BuildHarness) -> None:
    h = harness()
    assert h.services.engine is not None
    loaded = load_file(REPO / "workflows" / "support_triage.yaml")
    drawing = compile_workflow(loaded, h.services.engine, None).get_graph().draw_mermaid()
    # Regenerate by deleting the snapshot file and running this test once.
    if not SNAPSHOT.exists():
        SNAPSHOT.write_text(drawing, encoding="utf-8")
    assert drawing == SNAPSHOT.read_text(encoding="utf-8")
    for edge in ("kind -.-> faq;", "approve -.-> _finish;", "send -.-> _finish;"):
        assert edge in drawing
