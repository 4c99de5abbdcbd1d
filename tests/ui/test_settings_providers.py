"""Settings on a fresh data dir: each provider kind's "test connection", and the model
lists read from the servers (an Ollama stand-in backed by the embedded SmolLM2)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from core.model_settings import settings_file
from core.models.embedded import EmbeddedLlama
from tests.core.models.ollama_server import PULLED, Ollama, serve_ollama
from tests.ui.conftest import MakeServices, new_session, texts

pytestmark = pytest.mark.slow

OTHER_PULLED = "qwen2.5:3b"  # listed by /api/tags only: the picker offers it, nothing runs it


@pytest.fixture(scope="module")
def ollama() -> Iterator[Ollama]:
    with serve_ollama(EmbeddedLlama.shared()) as running:
        running.pulled.append(OTHER_PULLED)
        yield running


def _settings(at: AppTest) -> AppTest:
    at.sidebar.radio(key="sy_view").set_value("settings")
    return at.run()


def _test(at: AppTest, tier: str) -> tuple[list[str], list[str]]:
    at = at.button(key=f"sy_test_{tier}").click().run()
    assert not at.exception
    return [s.value for s in at.success], [e.value for e in at.error]


def test_ollama_list_test_and_pick_on_a_fresh_data_dir(
    make_services: MakeServices, ollama: Ollama, tmp_path: Path
) -> None:
    services, _ = make_services()
    assert not settings_file(tmp_path / "data").exists(), "a fresh data dir"
    at = _settings(new_session())
    at.selectbox(key="sy_set_local_provider").set_value("ollama").run()
    at.text_input(key="sy_set_local_ollama_url").set_value(ollama.base_url)
    at = at.run()
    pulled = at.selectbox(key="sy_set_local_ollama_model")
    assert pulled.options == sorted([PULLED, OTHER_PULLED]), "the server's /api/tags"
    pulled.set_value(PULLED)
    ok, failed = _test(at, "local")
    assert failed == [] and any(s.startswith("Connected · answered in") for s in ok), texts(at)
    assert ollama.chats, "the one-token request reached the server"
    at = at.button(key="sy_save_local").click().run()
    assert services.models.model_for_tier("local") == f"ollama:{PULLED}"
    # The chat's model picker on the local tier lists the same server's models.
    thread = at.session_state["sy_thread"]
    at = at.sidebar.selectbox(key=f"sy_force_{thread}").set_value("local").run()
    picker = at.sidebar.selectbox(key=f"sy_fmodel_local_{thread}")
    assert picker.options == [f"The configured model ({PULLED})", OTHER_PULLED]


def test_every_provider_kind_shows_latency_or_the_exact_error(
    make_services: MakeServices, tmp_path: Path
) -> None:
    make_services()
    at = _settings(new_session())
    # Embedded: the real SmolLM2 in this process answers one token.
    at.selectbox(key="sy_set_local_provider").set_value("llamacpp").run()
    ok, failed = _test(at, "local")
    assert failed == [] and any(s.startswith("Connected · answered in") for s in ok), texts(at)
    # A GGUF path that does not exist: refused before any load, naming the file.
    missing = tmp_path / "no-such-model.gguf"
    at.selectbox(key="sy_set_local_provider").set_value("gguf").run()
    at.text_input(key="sy_set_local_gguf").set_value(str(missing))
    ok, failed = _test(at.run(), "local")
    assert failed and str(missing) in failed[0] and "switchyard models pull" in failed[0]
    # Ollama with nothing listening: no pulled list, and the connection error verbatim.
    at.selectbox(key="sy_set_local_provider").set_value("ollama").run()
    at.text_input(key="sy_set_local_ollama_url").set_value("http://127.0.0.1:9")
    at = at.run()
    assert "Could not read the server's models" in texts(at)
    at.text_input(key="sy_set_local_ollama_name").set_value("exaone3.5:2.4b")
    ok, failed = _test(at.run(), "local")
    assert failed and failed[0].startswith("Connection failed: ") and "Connect" in failed[0]
    # OpenAI without a key: the exact reason, before any request leaves.
    at.selectbox(key="sy_set_cloud_provider").set_value("openai").run()
    at.text_input(key="sy_set_cloud_model_name").set_value("gpt-4o-mini")
    ok, failed = _test(at.run(), "cloud")
    assert failed and failed[0].startswith("Connection failed: "), texts(at)
    assert "OPENAI_API_KEY is not set" in failed[0]
