"""Documents, settings and charts panels, conversations, and the login gate under AppTest."""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from tests.ui.conftest import MakeServices, ask, new_session, texts
from tests.ui.harness import EASY

NOTE = b"# Cafeteria\n\nThe staff cafeteria serves bibimbap every Wednesday from noon.\n"


def _view(at: AppTest, view: str) -> AppTest:
    return at.sidebar.radio(key="sy_view").set_value(view).run()


def _upload(at: AppTest, *files: tuple[str, bytes, str]) -> AppTest:
    at = _view(at, "documents")
    at.file_uploader(key="sy_upload").set_value(list(files))
    return at.form_submit_button[0].click().run()


def test_upload_list_search_delete(make_services: MakeServices) -> None:
    make_services()
    at = _upload(
        new_session(),
        ("cafeteria.md", NOTE, "text/markdown"),
        ("empty.txt", b"   ", "text/plain"),
    )
    assert not at.exception
    results = at.dataframe[0].value
    assert dict(zip(results["file"], results["status"], strict=True)) == {
        "cafeteria.md": "added",
        "empty.txt": "rejected",
    }
    assert at.get("progress"), "a progress bar is shown while indexing"
    assert any("cafeteria.md" in m.value for m in at.markdown)
    at.text_input(key="sy_doc_query").set_value("bibimbap").run()
    hit = next(e for e in at.expander if "cafeteria.md" in e.label)
    assert "Wednesday" in hit.markdown[0].value
    delete = next(b for b in at.button if b.key and b.key.startswith("doc-del-"))
    at = delete.click().run()
    assert not any("cafeteria.md" in m.value for m in at.markdown if "chunks" in m.value)


def test_settings_panel_shows_tiers_models_spend_and_mcp(make_services: MakeServices) -> None:
    make_services()
    at = _view(new_session(), "settings")
    assert not at.exception
    page = texts(at)
    assert "**deterministic**" in page and "**local**" in page and "**cloud**" in page
    assert "`test:local`" in page and "`test:cloud`" in page
    assert "of $2.00 budget" in at.get("progress")[0].proto.text
    assert "No MCP servers configured." in page
    assert "LangSmith export (masked): off" in page


def test_charts_by_conversation_and_day(make_services: MakeServices) -> None:
    make_services(local=["Welcome aboard!"], **EASY)
    at = ask(new_session(), "3만 5천원의 15%는 얼마야?")
    at = ask(at, "Write one friendly sentence welcoming a new colleague.")
    at = _view(at, "charts")
    assert not at.exception
    charts = at.get("vega_lite_chart")
    assert len(charts) == 3
    at = at.radio(key="sy_chart_scope").set_value("day").run()
    assert not at.exception and len(at.get("vega_lite_chart")) == 3


def test_conversations_new_rename_delete(make_services: MakeServices) -> None:
    services, _ = make_services(local=["Hi!"], **EASY)
    at = ask(new_session(), "Write one friendly sentence welcoming a new colleague.")
    first = at.session_state["sy_thread"]
    at = at.sidebar.button(key="conv-new").click().run()
    assert at.session_state["sy_thread"] != first
    at = at.sidebar.button(key=f"conv-open-{first}").click().run()
    assert at.session_state["sy_thread"] == first
    at.sidebar.text_input(key=f"rename-{first}").set_value("Welcome note")
    at = at.sidebar.button(key=f"conv-rename-{first}").click().run()
    assert any(b.label == "▶ Welcome note" for b in at.sidebar.button)
    assert services.traces.list_runs(thread_id=first)
    at = at.sidebar.button(key=f"conv-delete-{first}").click().run()
    assert not any("Welcome note" in b.label for b in at.sidebar.button)
    assert services.traces.list_runs(thread_id=first) == []
    config = {"configurable": {"thread_id": first}}
    assert services.checkpointer is not None
    assert services.checkpointer.get_tuple(config) is None  # type: ignore[arg-type]


def test_public_bind_without_password_refuses(
    make_services: MakeServices, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_services()
    monkeypatch.setenv("SWITCHYARD_UI_HOST", "0.0.0.0")
    at = new_session()
    assert at.error and "SWITCHYARD_UI_PASSWORD" in at.error[0].value
    assert not at.chat_input


def test_password_gate(make_services: MakeServices, monkeypatch: pytest.MonkeyPatch) -> None:
    make_services()
    monkeypatch.setenv("SWITCHYARD_UI_HOST", "0.0.0.0")
    monkeypatch.setenv("SWITCHYARD_UI_PASSWORD", "correct horse")
    at = new_session()
    assert not at.chat_input
    at.text_input(key="sy_password").set_value("wrong")
    at = at.form_submit_button[0].click().run()
    assert at.error and not at.chat_input
    at.text_input(key="sy_password").set_value("correct horse")
    at = at.form_submit_button[0].click().run()
    assert at.chat_input, "the right password opens the app"
