"""``doctor``: each tier's provider, endpoint and egress class; models that fit, with licences."""

from __future__ import annotations

import json
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from core.models.fake import ScriptedChatModel
from core.models.recommend import SUGGESTIONS, fitting_models
from core.models.registry import ModelRegistry
from core.settings import load_settings
from tests.cli_env import cli_env, run_cli
from tests.recording_server import recording_server
from tests.ui.conftest import MakeServices, new_session
from ui.cli.common import console
from ui.cli.doctor import doctor_report, print_doctor


def _report(tmp_path: Path, **tiers: Any) -> dict[str, Any]:
    settings = load_settings(data_dir=tmp_path, tiers=tiers)
    fakes = {"local": ScriptedChatModel(replies=[], model_name="test:local")}
    registry = ModelRegistry(settings, fakes=dict(fakes))
    return doctor_report(SimpleNamespace(models=registry, settings=settings, extras={}))


def test_each_tier_shows_provider_endpoint_and_egress(tmp_path: Path) -> None:
    report = _report(
        tmp_path,
        # Port 9 on loopback: nothing listens, so the check fails fast and says why.
        local={"model": "openai-compat:qwen", "base_url": "http://127.0.0.1:9/v1"},
        cloud={"model": "openai:gpt-4o-mini", "base_url": "http://127.0.0.1:9/v1"},
    )
    rows = {row["tier"]: row for row in report["tiers"]}
    local, cloud = rows["local"], rows["cloud"]
    assert (local["provider"], local["endpoint"]) == ("openai-compat", "http://127.0.0.1:9/v1")
    assert local["egress"] == "local" and "loopback" in local["egress_reason"]
    assert local["available"] is False and "not reachable" in local["reason"]
    # A cloud endpoint on loopback is still external: the class belongs to the tier.
    assert (cloud["provider"], cloud["egress"]) == ("openai", "external")
    assert cloud["endpoint"] == "http://127.0.0.1:9/v1"


def test_in_process_tier_says_so(tmp_path: Path) -> None:
    rows = {row["tier"]: row for row in _report(tmp_path, local="test:local", cloud="")["tiers"]}
    assert rows["local"]["endpoint"] == "in-process" and rows["local"]["egress"] == "local"
    assert rows["cloud"]["available"] is False and rows["cloud"]["model"] is None


def test_recommendations_fit_the_memory_and_state_licences() -> None:
    assert fitting_models(0.5) == []
    small = fitting_models(2.0)
    assert small and all(m.ram_gb <= 2.0 * 0.8 for m in small)
    everything = fitting_models(64.0)
    assert len(everything) == len(SUGGESTIONS)
    assert [m.file_gb for m in everything] == sorted((m.file_gb for m in everything), reverse=True)
    names = {m.name for m in SUGGESTIONS}
    assert {"Kanana-1.5-2.1B-instruct", "EXAONE-3.5-2.4B-Instruct", "EXAONE-4.0-1.2B"} <= names
    for model in SUGGESTIONS:
        assert model.commercial_use == ("NC" not in model.licence)
        assert model.name.startswith("EXAONE") == (not model.commercial_use)
        assert "ko" in model.languages and model.pull_command.endswith(".gguf")
    # Qwen2.5-3B is under Qwen's research licence; only Apache-2.0 Qwen sizes are offered.
    assert all(m.licence == "Apache-2.0" for m in SUGGESTIONS if m.name.startswith("Qwen"))
    assert not any("Qwen2.5-3B" in m.name for m in SUGGESTIONS)


def test_printed_doctor_names_licences_languages_and_pull_lines(tmp_path: Path) -> None:
    report = _report(tmp_path, local="test:local", cloud="")
    report["recommended_models"] = [
        {
            "name": m.name,
            "ram_gb": m.ram_gb,
            "licence": m.licence,
            "commercial_use": m.commercial_use,
            "writes": m.writes,
            "languages": list(m.languages),
            "pull": m.pull_command,
            "note": m.note,
        }
        for m in SUGGESTIONS
    ]
    with console.capture() as captured:
        print_doctor(report)
    text = captured.get()
    assert "egress" in text and "in-process" in text
    assert "NON-commercial" in text and "writes Korean, English" in text
    assert "switchyard models pull QuantFactory/EXAONE-3.5-2.4B-Instruct-GGUF" in text


def test_doctor_reports_the_tiers_saved_on_the_settings_page(
    make_services: MakeServices, tmp_path: Path
) -> None:
    """Settings saved as the page saves them are what `switchyard doctor` (a new process) shows."""
    make_services()
    secret = "sk-test-doctor-abcdefghijkl"
    with recording_server() as recorder:
        at = new_session()
        at = at.sidebar.radio(key="sy_view").set_value("settings").run()
        at.selectbox(key="sy_set_local_provider").set_value("openai-compat").run()
        at.text_input(key="sy_set_local_base_url").set_value(f"{recorder.base_url}/v1")
        at.text_input(key="sy_set_local_model_name").set_value("recorded")
        at.text_input(key="sy_set_local_api_key").set_value(secret)
        at = at.button(key="sy_save_local").click().run()
        assert not at.exception
        env = cli_env(tmp_path / "data")
        env.pop("SWITCHYARD_UI_KEY_LOCAL", None)  # the key must come from the 0600 file
        done = run_cli(env, "doctor", "--json")
    assert done.returncode == 0, done.stderr
    local = {row["tier"]: row for row in json.loads(done.stdout)["tiers"]}["local"]
    assert local["model"] == "openai-compat:recorded"
    assert (local["provider"], local["endpoint"]) == ("openai-compat", f"{recorder.base_url}/v1")
    assert local["available"] is True, local["reason"]
    assert secret not in done.stdout + done.stderr
