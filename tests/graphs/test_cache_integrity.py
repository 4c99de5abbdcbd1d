"""Cache integrity: only sound answers are cached, and any change to their inputs misses."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from core.models.fake import ScriptedChatModel
from core.settings import load_settings
from graphs.cache_keys import dependency_version
from graphs.runner import Assistant
from graphs.services import build_services
from tests.graphs.conftest import REPO, BuildAssistant
from tests.ui.test_cli import run_cli
from tools.rag import DocumentStore

EASY = {"router": {"difficulty_threshold": 1.0}}
QUESTION = "Write one friendly sentence welcoming a new colleague."
CACHE_HIT = "cache: exact match"


def _from_cache(steps: list[dict[str, object]]) -> bool:
    return any(CACHE_HIT in str(r) for s in steps for r in s["reasons"])  # type: ignore[attr-defined]


def test_a_changed_faq_file_invalidates_cached_answers(tmp_path: Path) -> None:
    faq = tmp_path / "faq.yaml"
    shutil.copy(REPO / "data" / "faq.yaml", faq)
    local = ScriptedChatModel(replies=["Welcome!", "Welcome again!"], model_name="test:local")
    settings = load_settings(
        data_dir=tmp_path / "data",
        faq_path=faq,
        tiers={"local": "test:local", "cloud": "test:cloud"},
        **EASY,
    )
    assistant = Assistant(build_services(settings, fakes={"local": local}))
    assert assistant.ask(QUESTION).answer == "Welcome!"
    again = assistant.ask(QUESTION).to_json()
    assert again["answer"] == "Welcome!" and _from_cache(again["steps"])
    faq.write_text(faq.read_text(encoding="utf-8") + "\n# edited\n", encoding="utf-8")
    fresh = assistant.ask(QUESTION).to_json()
    assert fresh["answer"] == "Welcome again!" and not _from_cache(fresh["steps"])
    local.assert_complete()


def test_an_approval_of_mcp_tools_invalidates_cached_answers(
    build_assistant: BuildAssistant,
) -> None:
    assistant, fakes = build_assistant(local=["Welcome!", "Welcome again!"], **EASY)
    assistant.ask(QUESTION)
    pins = Path(assistant.services.settings.data_dir) / "mcp_pins.json"
    pins.write_text(json.dumps({"servers": {"git": {"git_reset": "abc"}}}))
    fresh = assistant.ask(QUESTION).to_json()
    assert fresh["answer"] == "Welcome again!" and not _from_cache(fresh["steps"])
    fakes["local"].assert_complete()


def test_degraded_and_tool_naming_answers_are_never_cached(
    build_assistant: BuildAssistant,
) -> None:
    loop = "The red box is on the left. " * 5
    assistant, fakes = build_assistant(
        local=[loop, loop],
        cloud_id="openai:gpt-4o-mini",
        **EASY,
    )
    question = "Which box is red, the left or the right one?"
    assert assistant.ask(question).steps[0].degraded
    assert not _from_cache(assistant.ask(question).to_json()["steps"])
    # No MCP server is configured, so ``git.reset`` in prose is not a tool request
    # here; the explicit form with JSON arguments always is, and is answered by code.
    explicit = assistant.ask('git.reset {"hard": true}').to_json()
    assert explicit["steps"][0]["tier"] == "deterministic"
    assert len(assistant.services.cache) == 0  # type: ignore[arg-type]
    fakes["local"].assert_complete()


def test_cli_cache_clear(tmp_path: Path) -> None:
    from core.answer_cache import AnswerCache

    cache = AnswerCache(tmp_path / "answer_cache.sqlite")
    cache.store("default", "local", "Question one?", "Answer one.")
    cache.close()
    done = run_cli("cache", "clear", "--json", data_dir=tmp_path)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["removed"] == 1
    assert len(AnswerCache(tmp_path / "answer_cache.sqlite")) == 0


def test_the_version_follows_documents_and_tier_configuration(
    build_assistant: BuildAssistant, tmp_path: Path
) -> None:
    store = DocumentStore(tmp_path / "rag", dense=False)
    assistant, _ = build_assistant(docs=store)
    engine = assistant.services.engine
    assert engine is not None
    empty = dependency_version(engine, "default")
    assert dependency_version(engine, "default") == empty  # stable while nothing changes
    store.ingest_texts([("policy.md", "Leave requests go to the team lead.")])
    with_doc = dependency_version(engine, "default")
    assert with_doc != empty
    assert dependency_version(engine, "other") == empty  # another workspace's documents
    other_tiers, _ = build_assistant(docs=store, local_id="test:other-local")
    assert other_tiers.services.engine is not None
    assert dependency_version(other_tiers.services.engine, "default") != with_doc
