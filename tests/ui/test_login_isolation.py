"""With ``[auth]`` on, each account sees only its own conversations, documents and runs.

The real app runs under AppTest; the session cookie a browser would send is
handed in by ``new_session(cookie)`` and made by the real account store, as
the HTTP layer would after a login.
"""

from __future__ import annotations

import pytest
from argon2 import PasswordHasher

from core.users import UserStore
from graphs.services import Services
from tests.ui.conftest import MakeServices, ask, new_session, texts
from tests.ui.harness import EASY
from ui.history import load_turns
from ui.session import conversations, user_store

QUESTION = "Write one friendly sentence welcoming a new colleague."
WELCOME = "Welcome to the team, we are glad you are here!"


def _accounts(services: Services) -> UserStore:
    # Cheap hashing parameters, the same store the app reads (data dir of these services).
    store = UserStore(
        user_store(services).path, hasher=PasswordHasher(time_cost=1, memory_cost=1024)
    )
    store.add_user("alice", "alice's long password")
    store.add_user("bob", "bob's long password", "viewer")
    return store


def _logged_in(store: UserStore, name: str) -> str:
    return store.new_session(username=name)


def test_without_a_logged_in_session_the_app_shows_only_the_login_link(
    make_services: MakeServices,
) -> None:
    services, _ = make_services(auth={"enabled": True})
    store = _accounts(services)
    for cookie in (None, store.new_session(), "planted-by-an-attacker-000000000000"):
        at = new_session(cookie)
        assert not at.exception
        assert not at.chat_input, f"the app opened for cookie {cookie!r}"
        assert any('href="/sy/login"' in m.value for m in at.markdown)
        assert "sy_identity" not in at.session_state


def test_a_user_cannot_open_another_users_conversation_by_id(make_services: MakeServices) -> None:
    services, fakes = make_services(local=[WELCOME], auth={"enabled": True}, **EASY)
    store = _accounts(services)
    alice = ask(new_session(_logged_in(store, "alice")), QUESTION)
    assert WELCOME in texts(alice) and "alice" in texts(alice)
    alice_thread = str(alice.session_state["sy_thread"])
    a_id = alice.session_state["sy_identity"]
    assert a_id.user_id == "acct-alice" and a_id.via == "login"

    bob = new_session(_logged_in(store, "bob"))
    b_id = bob.session_state["sy_identity"]
    assert b_id.user_id == "acct-bob" and b_id.role == "viewer"
    # Bob's tab is pointed at Alice's thread id (a stale or forged value): he gets his own.
    bob.session_state["sy_thread"] = alice_thread
    bob = bob.run()
    assert bob.session_state["sy_thread"] != alice_thread
    assert QUESTION not in texts(bob) and WELCOME not in texts(bob)
    titles = [b.label for b in bob.sidebar.button if b.key and b.key.startswith("conv-open-")]
    assert not any("colleague" in title for title in titles)

    # Every id-taking function refuses the other user's thread.
    index = conversations(services)
    assert index.get(alice_thread, b_id.user_id) is None
    assert not index.rename(alice_thread, b_id.user_id, "mine now")
    assert not index.delete(alice_thread, b_id.user_id, traces=services.traces)
    assert load_turns(services, alice_thread, user_id=b_id.user_id) == []
    assert [t["answer"] for t in load_turns(services, alice_thread, user_id=a_id.user_id)] == [
        WELCOME
    ]
    assert services.traces.list_runs(user_id=b_id.user_id) == []
    assert len(services.traces.list_runs(user_id=a_id.user_id)) == 1
    fakes["local"].assert_complete()


def test_logging_out_elsewhere_closes_this_tab(make_services: MakeServices) -> None:
    services, _ = make_services(auth={"enabled": True})
    store = _accounts(services)
    token = _logged_in(store, "alice")
    at = new_session(token)
    assert at.chat_input
    store.end_session(token)  # what /sy/logout does, e.g. from another tab
    at = at.run()
    assert not at.chat_input and "sy_thread" not in at.session_state


def test_a_viewer_account_cannot_add_documents(make_services: MakeServices) -> None:
    services, _ = make_services(auth={"enabled": True})
    store = _accounts(services)
    bob = new_session(_logged_in(store, "bob"))
    bob = bob.sidebar.radio(key="sy_view").set_value("documents").run()
    assert not bob.file_uploader, "a viewer gets no upload form"


def test_deleting_a_conversation_forgets_its_cached_answers(make_services: MakeServices) -> None:
    services, _ = make_services(local=[WELCOME], **EASY)
    assert services.cache is not None
    cookie = user_store(services).new_session()
    at = ask(new_session(cookie), QUESTION)
    thread = str(at.session_state["sy_thread"])
    assert len(services.cache) == 1, "a public model answer is cached"
    at = at.sidebar.button(key=f"conv-delete-{thread}").click().run()
    assert not at.exception
    assert len(services.cache) == 0, "its cache entry went with the conversation"


def test_the_shared_password_form_is_throttled_too(
    make_services: MakeServices, monkeypatch: pytest.MonkeyPatch
) -> None:
    make_services(auth={"max_failures_per_user": 3})
    monkeypatch.setenv("SWITCHYARD_UI_HOST", "0.0.0.0")
    monkeypatch.setenv("SWITCHYARD_UI_PASSWORD", "correct horse")
    at = new_session()
    for _ in range(3):
        at.text_input(key="sy_password").set_value("wrong guess")
        at = at.form_submit_button[0].click().run()
        assert any("Wrong password" in e.value for e in at.error)
    at.text_input(key="sy_password").set_value("correct horse")
    at = at.form_submit_button[0].click().run()
    assert not at.chat_input and any("Too many login attempts" in e.value for e in at.error)
    # The count is on disk: a new tab (or a restarted server) is refused as well.
    again = new_session()
    again.text_input(key="sy_password").set_value("correct horse")
    again = again.form_submit_button[0].click().run()
    assert not again.chat_input


def test_a_cookie_the_server_did_not_issue_identifies_nobody(make_services: MakeServices) -> None:
    make_services()
    planted = "planted-by-an-attacker-000000000000"
    victim, attacker = new_session(planted), new_session(planted)
    ids = [s.session_state["sy_identity"] for s in (victim, attacker)]
    # Without a server-made session each tab is on its own: sharing the value shares nothing.
    assert ids[0].via == ids[1].via == "tab"
    assert ids[0].user_id != ids[1].user_id
    assert planted not in ids[0].user_id
