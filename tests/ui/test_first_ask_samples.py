"""The first ``ask`` of a fresh data dir indexes the sample documents whichever track
answers it: a turn plain code answers (no graph, no document store of its own) indexes
them the same way the graph's first turn does, and later starts pay nothing for it.
"""

from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace

from core.settings import Settings, load_settings
from graphs.services import open_documents
from tests.cli_env import REPO, cli_env, run_cli
from tests.workflow.test_cli import GREETING
from ui.bootstrap import SHARED_MARKER, ensure_sample_documents, ensure_samples_before_code_answers
from ui.cli.common import MODULES_DUMP_ENV
from ui.samples import REMOVED_MARKER, sample_sources

SAMPLES = REPO / "data" / "samples"


def _settings(data_dir: Path, **rag: object) -> Settings:
    # Sparse search only: the dense encoder is not what these tests are about.
    return load_settings(data_dir=data_dir, samples_dir=SAMPLES, rag={"dense": False, **rag})


def _names(settings: Settings) -> list[str]:
    return sorted(Path(source).name for source in sample_sources(open_documents(settings)))


def test_code_path_indexes_the_samples_as_the_graph_path_does(tmp_path: Path) -> None:
    by_code = _settings(tmp_path / "code")
    assert ensure_samples_before_code_answers(by_code) is True
    by_graph = _settings(tmp_path / "graph")
    ensure_sample_documents(SimpleNamespace(docs=open_documents(by_graph), settings=by_graph))
    assert _names(by_code) == _names(by_graph) != []
    # Both leave the marker, so neither opens a store again.
    assert (by_code.data_dir / SHARED_MARKER).exists()
    assert ensure_samples_before_code_answers(by_code) is False


def test_removed_or_unwanted_samples_are_not_indexed_by_the_code_path(tmp_path: Path) -> None:
    removed = _settings(tmp_path / "removed")
    removed.data_dir.mkdir(parents=True)
    (removed.data_dir / REMOVED_MARKER).write_text("removed\n")
    assert ensure_samples_before_code_answers(removed) is False
    unwanted = _settings(tmp_path / "off", ingest_samples_on_start=False)
    assert ensure_samples_before_code_answers(unwanted) is False
    for settings in (removed, unwanted):
        assert not (settings.data_dir / "rag").exists(), "no document store was opened"


def test_the_first_code_answered_ask_indexes_the_samples_and_the_next_imports_no_rag(
    tmp_path: Path,
) -> None:
    data = tmp_path / "data"
    first = run_cli(cli_env(data), "ask", "3+4", "--json")
    assert first.returncode == 0, first.stderr
    answered = json.loads(first.stdout)
    assert answered["answer"] == "7"
    assert [step["tier"] for step in answered["steps"]] == ["deterministic"]
    settings = _settings(data)
    assert "clinic_guide.md" in _names(settings)
    # Past its first start, a code answer loads neither the graph nor the RAG stack.
    dump = tmp_path / "modules.json"
    again = run_cli(cli_env(data, extra={MODULES_DUMP_ENV: str(dump)}), "ask", "3+4", "--json")
    assert again.returncode == 0, again.stderr
    modules = json.loads(dump.read_text(encoding="utf-8"))
    assert [m for m in modules if m.split(".")[0] in {"langgraph", "numpy"}] == []
    # The index's table list (tools.rag_schema, outside the package for this reason) is
    # light: the own-documents check before a sample FAQ answer reads the index with it.
    assert [m for m in modules if m == "tools.rag" or m.startswith("tools.rag.")] == []


def test_the_first_workflow_run_indexes_the_samples(tmp_path: Path) -> None:
    workflows = tmp_path / "workflows"
    workflows.mkdir()
    (workflows / "greeting.yaml").write_text(GREETING, encoding="utf-8")
    data = tmp_path / "data"
    env = cli_env(data, extra={"SWITCHYARD_WORKFLOWS_DIR": str(workflows)})
    done = run_cli(env, "workflow", "run", "greeting", "--input", "who=Kim", "--json")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["outputs"] == {"text": "hi x1"}
    assert "clinic_guide.md" in _names(_settings(data))
