"""The assistant graph's drawing is a reviewed snapshot: a change to the wiring shows up here."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.graphs.conftest import BuildAssistant

SNAPSHOT = Path(__file__).with_name("assistant.mermaid")
REPO = Path(__file__).resolve().parents[2]


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


def test_langgraph_json_lists_every_registered_graph_in_the_studio_module() -> None:
    from core.workflow.loader import load_folder
    from graphs.registry import registered
    from graphs.workflow.registry import file_graph_names

    config = json.loads((REPO / "langgraph.json").read_text())
    assert config["graphs"]["assistant"] == "./graphs/studio.py:assistant"
    names = [entry.name for entry in registered() if entry.name not in file_graph_names()]
    assert names[0] == "assistant"
    # The shipped workflow files are graphs of the studio module too.
    names += list(load_folder(REPO / "workflows").workflows)
    assert {name: f"./graphs/studio.py:{name}" for name in names} == config["graphs"]


def test_langgraph_server_finds_each_graph_as_a_module_attribute(tmp_path: Path) -> None:
    # Load graphs/studio.py from its file path, the way the LangGraph server loads a
    # ``langgraph.json`` entry, in a fresh interpreter with a scratch data directory.
    probe = """
import importlib.util, json, sys
from langgraph.pregel import Pregel
config = json.load(open("langgraph.json"))
found = {}
for name, ref in config["graphs"].items():
    path, attr = ref.split(":")
    spec = importlib.util.spec_from_file_location("studio_probe", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    graph = getattr(module, attr)
    found[name] = [isinstance(graph, Pregel), graph.checkpointer is None, graph.name]
print(json.dumps(found))
"""
    env = {
        **os.environ,
        "PYTHONPATH": str(REPO),
        "SWITCHYARD_DATA_DIR": str(tmp_path / "data"),
        "SWITCHYARD_MCP__CONFIG_PATH": str(tmp_path / "no_mcp_servers.json"),
    }
    done = subprocess.run(
        [sys.executable, "-c", probe], cwd=REPO, env=env, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr[-2000:]
    found = json.loads(done.stdout.strip().splitlines()[-1])
    assert found["assistant"] == [True, True, "switchyard-assistant"]
    assert found["support_triage"] == [True, True, "workflow-support_triage"]


def test_importing_the_assistant_module_has_no_side_effects(tmp_path: Path) -> None:
    probe = "import graphs.assistant, graphs.registry; print('ok')"
    env = {**os.environ, "PYTHONPATH": str(REPO), "SWITCHYARD_DATA_DIR": str(tmp_path / "d")}
    done = subprocess.run(
        [sys.executable, "-c", probe], cwd=REPO, env=env, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert not (tmp_path / "d").exists()


def test_studio_can_describe_the_graph_schemas(build_assistant: BuildAssistant) -> None:
    # LangGraph Studio renders forms from these; typed steps must stay JSON-describable.
    assistant, _ = build_assistant()
    graph = assistant.services.graph
    inputs, outputs = graph.get_input_jsonschema(), graph.get_output_jsonschema()
    assert {"question", "current", "work", "outputs"} <= set(inputs["properties"])
    assert "records" in outputs["properties"]
    context = graph.get_context_jsonschema()
    assert context is not None
    assert {"user_id", "role", "workspace", "replay_outputs"} <= set(context["properties"])
    assert "engine" not in context["properties"]
