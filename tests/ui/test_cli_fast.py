"""The CLI's code-only path (``graphs.fast_turn``): what it imports, and that it answers,
traces and audits a question exactly as the full graph does.

Imports are checked in fresh interpreters (this test process has imported everything):
the CLI writes ``sorted(sys.modules)`` at exit when ``SWITCHYARD_CLI_DUMP_MODULES`` is set.
"""

from __future__ import annotations

import json
import subprocess
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from pydantic import SecretStr

from core.settings import Settings, load_settings
from graphs.fast_turn import answer_in_code, carry_code_turn, open_code_services
from graphs.runner import Assistant
from graphs.services import Services, build_services
from tests.cli_env import REPO, cli_env, run_cli
from ui.bootstrap import SHARED_MARKER
from ui.cli.common import MODULES_DUMP_ENV

# Top-level packages a calculator answer, the help text or the trace list never need.
HEAVY = frozenset(
    {
        "langgraph",
        "langchain_core",
        "numpy",
        "scipy",
        "bm25s",
        "llama_cpp",
        "xllamacpp",
        "streamlit",
        "mcp",
        "torch",
        "onnx",
        "onnxruntime",
        "httpx",  # only when a request is sent (core.egress_http, a provider probe)
        "phonenumbers",  # only for text with an international phone number candidate
    }
)
# What only the full command line needs: ``ask QUESTION --json`` answered in code
# runs before the Typer app is built (``ui.cli.fast_ask``) and prints no table.
ASK_ONLY_SKIPS = frozenset({"typer", "click", "rich"})
# Deterministic questions of each kind: calculator, unit, currency at a stated rate, FAQ.
QUESTIONS = (
    "3+4",
    "(12*7)/3",
    "5 km in miles",
    "100 USD to KRW at 1300",
    "What are your opening hours?",
    "진료시간 알려주세요",
)


def _cli(
    data_dir: Path, dump: Path, *args: str
) -> tuple[subprocess.CompletedProcess[str], set[str]]:
    done = run_cli(cli_env(data_dir, extra={MODULES_DUMP_ENV: str(dump)}), *args)
    assert done.returncode == 0, done.stderr
    roots = {name.split(".")[0] for name in json.loads(dump.read_text(encoding="utf-8"))}
    return done, roots


def test_ask_help_and_trace_list_import_no_heavy_module(tmp_path: Path) -> None:
    data = tmp_path / "data"
    # Past its first start: the first ask of a fresh data dir indexes the samples
    # (tests/ui/test_first_ask_samples.py), which loads the RAG stack once.
    data.mkdir()
    (data / SHARED_MARKER).write_text("samples shared\n")
    asked, roots = _cli(data, tmp_path / "ask.json", "ask", "3+4", "--json")
    assert sorted(roots & (HEAVY | ASK_ONLY_SKIPS)) == []
    result = json.loads(asked.stdout)
    assert result["answer"] == "7"
    _, roots = _cli(data, tmp_path / "help.json", "--help")
    assert sorted(roots & HEAVY) == []
    listed, roots = _cli(data, tmp_path / "list.json", "trace", "list", "--json")
    assert sorted(roots & HEAVY) == []
    # The code-answered run is in the trace store the list reads.
    assert [run["run_id"] for run in json.loads(listed.stdout)] == [result["run_id"]]


def test_a_question_code_cannot_answer_still_runs_the_graph(tmp_path: Path) -> None:
    # The control for the test above: the dump sees the graph when the graph runs.
    data = tmp_path / "data"
    _, roots = _cli(data, tmp_path / "ask.json", "ask", "3+4", "--thread", "t1", "--json")
    assert "langgraph" in roots
    assert "typer" in roots  # the full command line parsed it


def test_doctor_builds_only_what_it_checks_and_reports_the_stores_as_services_leave_them(
    tmp_path: Path,
) -> None:
    done, roots = _cli(tmp_path / "data", tmp_path / "doctor.json", "doctor", "--json")
    # The tiers, the model servers and storage need no graph, LangChain or MCP SDK.
    assert sorted(roots & {"langgraph", "langchain_core", "mcp"}) == []
    # The index's schema is all the storage report needs of the RAG stack (parsers, Kiwi).
    modules = json.loads((tmp_path / "doctor.json").read_text(encoding="utf-8"))
    assert [m for m in modules if m == "tools.rag" or m.startswith("tools.rag.")] == []
    report = json.loads(done.stdout)
    assert [row["tier"] for row in report["tiers"]] == ["deterministic", "local", "cloud"]
    # On a fresh data dir, the stores every command opens on start are already migrated,
    # as they were when doctor built every service.
    versions = {s["store"]: (s["version"], s["latest"]) for s in report["storage"]["stores"]}
    for store in ("traces", "audit", "answer_cache", "documents"):
        assert versions[store][0] == versions[store][1] > 0, versions


@pytest.fixture(scope="module")
def settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    data = tmp_path_factory.mktemp("fast-turn")
    return load_settings(
        data_dir=data, mcp={"config_path": str(data / "no-mcp.json")}, otel={"enabled": False}
    )


@pytest.fixture(scope="module")
def full(settings: Settings) -> Iterator[Services]:
    # No document store: a deterministic step never reads one, and the graph's cache
    # lookup then versions answers by "no documents".
    yield build_services(settings, mcp=False, docs=None)


def _without_ids(result: dict[str, Any]) -> dict[str, Any]:
    steps = [{k: v for k, v in s.items() if k != "latency_ms"} for s in result["steps"]]
    return {**result, "thread_id": "", "run_id": "", "steps": steps}


def _trace(services: Services, run_id: str) -> dict[str, Any]:
    run = services.traces.get_run(run_id)
    assert run is not None
    data = run.model_dump(exclude={"run_id", "thread_id", "created_at", "latency_ms"})
    data["steps"] = [{k: v for k, v in s.items() if k != "latency_ms"} for s in data["steps"]]
    return data


def _audit(services: Services, thread_id: str) -> list[tuple[str, str, str | None, str]]:
    assert services.audit is not None
    events = services.audit.tail(100, thread_id=thread_id)
    return [(e.kind, e.decision, e.tier, e.detail) for e in events]


@pytest.mark.parametrize("question", QUESTIONS)
def test_code_path_answers_traces_and_audits_as_the_graph(
    settings: Settings, full: Services, question: str
) -> None:
    by_graph = Assistant(full).ask(question).to_json()
    answered = answer_in_code(open_code_services(settings), question)
    assert answered is not None
    by_code = answered.to_json()
    assert by_code["steps"] and by_code["steps"][0]["tier"] == "deterministic"
    assert _without_ids(by_code) == _without_ids(by_graph)
    assert _trace(full, by_code["run_id"]) == _trace(full, by_graph["run_id"])
    assert _audit(full, by_code["thread_id"]) == _audit(full, by_graph["thread_id"])


@pytest.mark.parametrize(
    "question",
    [
        "Write a two-line poem about spring rain",  # needs a model
        "3+4 그리고 5 km in miles",  # several steps
        "",  # refused by the input check
    ],
)
def test_code_path_leaves_other_questions_to_the_graph_and_writes_nothing(
    settings: Settings, full: Services, question: str
) -> None:
    before = len(full.traces.list_runs(limit=1000))
    assert answer_in_code(open_code_services(settings), question) is None
    assert len(full.traces.list_runs(limit=1000)) == before


def test_a_cached_answer_sends_the_question_to_the_graph(
    settings: Settings, full: Services
) -> None:
    assert full.cache is not None
    question = "2*21"
    assert answer_in_code(open_code_services(settings), question) is not None
    # A model answered it once (say, before a handler existed): the graph serves that.
    full.cache.store("default", "local", question, "42 (remembered)", [], version="v1:old")
    assert answer_in_code(open_code_services(settings), question) is None


def test_langsmith_export_sends_the_question_to_the_graph(settings: Settings) -> None:
    # The masked LangSmith tracer is a LangChain callback bound to the graph.
    exporting = settings.model_copy(
        update={"langsmith_tracing": True, "langsmith_api_key": SecretStr("lsv2-test")}
    )
    assert answer_in_code(open_code_services(settings), "6*7") is not None
    assert answer_in_code(open_code_services(exporting), "6*7") is None


def test_continuing_a_code_answered_thread_keeps_its_turn(
    settings: Settings, full: Services
) -> None:
    answered = answer_in_code(open_code_services(settings), "3+4")
    assert answered is not None
    thread = answered.thread_id
    assert carry_code_turn(full, thread)
    assert not carry_code_turn(full, thread)  # the graph knows the thread now
    later = Assistant(full).ask("5 km in miles", thread_id=thread)
    assert later.answer == "5 km = 3.1069 mi"
    history = full.graph.get_state({"configurable": {"thread_id": thread}}).values["messages"]
    said = [(m.type, str(m.content)) for m in history]
    assert said == [
        ("human", "3+4"),
        ("ai", "7"),
        ("human", "5 km in miles"),
        ("ai", "5 km = 3.1069 mi"),
    ]


def test_code_services_apply_the_saved_tiers_and_the_users_router_as_the_graph(
    tmp_path: Path,
) -> None:
    from core.difficulty import difficulty
    from core.difficulty_user import user_model_path
    from core.model_settings import TierChoice, save_choice

    settings = load_settings(
        data_dir=tmp_path,
        mcp={"config_path": str(tmp_path / "no-mcp.json")},
        otel={"enabled": False},
    )
    # A tier chosen on the settings page, and a router the user refitted from their traces.
    save_choice(tmp_path, "local", TierChoice(model="ollama:exaone3.5:2.4b"))
    fitted = json.loads((REPO / "core" / "difficulty_model.json").read_text(encoding="utf-8"))
    fitted["intercept"] += 3.0
    user_model_path(tmp_path).write_text(json.dumps(fitted), encoding="utf-8")
    code = open_code_services(settings)
    graph = build_services(settings, mcp=False, docs=None)
    assert code.settings.tiers.local.model == "ollama:exaone3.5:2.4b"
    assert code.settings.tiers == graph.settings.tiers
    text = "Summarise the meeting notes."
    assert difficulty(text, code.router._model) == difficulty(text, graph.router._model)
    assert difficulty(text, code.router._model) != difficulty(text)
