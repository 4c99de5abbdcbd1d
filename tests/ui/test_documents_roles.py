"""The documents page obeys the role: a viewer reads and searches, never adds or deletes."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from core.errors import ToolInputError
from tests.ui.conftest import MakeServices, new_session
from ui.documents import _ingest, can_change_documents
from ui.session import Identity

NOTE = b"# Cafeteria\n\nThe staff cafeteria serves bibimbap every Wednesday from noon.\n"


class _Upload:
    name = "cafeteria.md"

    def getvalue(self) -> bytes:
        return NOTE


def _documents(at: AppTest) -> AppTest:
    return at.sidebar.radio(key="sy_view").set_value("documents").run()


def test_viewer_sees_no_upload_and_no_delete(
    make_services: MakeServices, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SWITCHYARD_UI_WORKSPACE", "shared")  # a team's shared documents
    services, _ = make_services(roles={"default": "viewer"})
    assert services.docs is not None
    services.docs.ingest_texts([("cafeteria.md", NOTE.decode())], "shared")
    at = _documents(new_session())
    assert not at.exception
    assert not at.get("file_uploader"), "a viewer must not get the uploader"
    assert any("viewer" in i.value for i in at.info)
    assert any("cafeteria.md" in m.value for m in at.markdown), "the viewer still reads the list"
    assert not [b for b in at.button if b.key and b.key.startswith("doc-del-")]


def test_user_still_gets_the_uploader(make_services: MakeServices) -> None:
    make_services()
    at = _documents(new_session())
    assert not at.exception
    assert at.get("file_uploader")


@pytest.mark.parametrize(("role", "allowed"), [("viewer", False), ("user", True), ("admin", True)])
def test_role_rule(role: str, allowed: bool) -> None:
    assert can_change_documents(role) is allowed  # type: ignore[arg-type]


def test_ingest_refuses_a_viewer_even_without_the_form(
    make_services: MakeServices, tmp_path: Path
) -> None:
    services, _ = make_services(roles={"default": "viewer"})
    ident = Identity(user_id="u-viewer", workspace="ws-viewer", via="session")
    with pytest.raises(ToolInputError, match="viewer"):
        _ingest(services, ident, [_Upload()])
    assert services.docs is not None and not services.docs.list_documents("ws-viewer")


@pytest.mark.parametrize(("role", "offered"), [("user", False), ("admin", True)])
def test_only_an_admin_removes_the_shared_samples_when_accounts_are_on(
    make_services: MakeServices, monkeypatch: pytest.MonkeyPatch, role: str, offered: bool
) -> None:
    # The samples are every workspace's: for a logged-in account (not a browser session
    # of this machine without login) removing them is an admin's decision.
    import ui.app

    account = Identity(user_id=f"u-{role}", workspace=f"ws-{role}", via="session", role=role)  # type: ignore[arg-type]
    monkeypatch.setattr(ui.app, "identity", lambda services: account)
    make_services(rag={"dense": False, "ingest_samples_on_start": True})
    at = _documents(new_session())
    assert not at.exception
    assert any("sample documents are shared" in i.value for i in at.info)
    assert any(b.key == "sy_samples_remove" for b in at.button) is offered
