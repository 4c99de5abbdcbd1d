"""Two browser sessions never see each other's conversations, runs or documents."""

from __future__ import annotations

import pytest

from tests.ui.conftest import MakeServices, ask, new_session
from tests.ui.harness import EASY

SECRET_DOC = b"# Project Kestrel\n\nKestrel launches on the ninth of March.\n"


def test_two_sessions_are_isolated(make_services: MakeServices) -> None:
    services, _ = make_services(local=["Welcome, Alice's colleague!"], **EASY)
    alice, bob = new_session(), new_session()
    a_id, b_id = (s.session_state["sy_identity"] for s in (alice, bob))
    assert a_id.user_id != b_id.user_id
    assert a_id.workspace == f"ws-{a_id.user_id}" != b_id.workspace

    alice = ask(alice, "Write one friendly sentence welcoming a new colleague.")
    alice = alice.sidebar.radio(key="sy_view").set_value("documents").run()
    alice.file_uploader(key="sy_upload").set_value(("kestrel.md", SECRET_DOC, "text/markdown"))
    alice = alice.form_submit_button[0].click().run()
    assert any("kestrel.md" in m.value for m in alice.markdown)

    bob = bob.run()
    titles = [b.label for b in bob.sidebar.button if b.key and b.key.startswith("conv-open-")]
    assert not any("colleague" in title for title in titles)
    bob = bob.sidebar.radio(key="sy_view").set_value("documents").run()
    assert not any("kestrel" in m.value.lower() for m in bob.markdown)
    bob.text_input(key="sy_doc_query").set_value("Kestrel launches").run()
    assert not any("kestrel" in e.label.lower() for e in bob.expander)
    bob = bob.sidebar.radio(key="sy_view").set_value("runs").run()
    assert any("No runs yet." in i.value for i in bob.info)

    # The stores agree: each user's data is filed under their own id and workspace.
    assert services.traces.list_runs(user_id=b_id.user_id) == []
    assert len(services.traces.list_runs(user_id=a_id.user_id)) == 1
    assert services.docs is not None
    assert services.docs.list_documents(b_id.workspace) == []


def test_shared_workspace_when_configured(
    make_services: MakeServices, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_services()
    monkeypatch.setenv("SWITCHYARD_UI_WORKSPACE", "team")
    one, two = new_session(), new_session()
    assert one.session_state["sy_identity"].workspace == "team"
    assert two.session_state["sy_identity"].workspace == "team"
    assert one.session_state["sy_identity"].user_id != two.session_state["sy_identity"].user_id
