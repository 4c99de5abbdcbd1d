"""Accounts, sessions and the login brake (core/users.py, core/login_throttle.py) on real SQLite."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from argon2 import PasswordHasher

from core.login_throttle import LoginThrottle, ThrottleLimits
from core.users import UserError, UserStore, token_digest


@pytest.fixture
def store(tmp_path: Path) -> UserStore:
    # Cheap Argon2id parameters keep the suite fast; the format and the checks are the same.
    return UserStore(
        tmp_path / "users.sqlite", hasher=PasswordHasher(time_cost=1, memory_cost=1024)
    )


def test_passwords_are_stored_as_argon2id_hashes_only(store: UserStore) -> None:
    store.add_user("alice", "correct horse battery", "admin")
    with sqlite3.connect(store.path) as db:
        stored = db.execute("SELECT password_hash FROM users").fetchone()[0]
    assert stored.startswith("$argon2id$") and "correct horse" not in stored
    user = store.verify_password("alice", "correct horse battery")
    assert user is not None and user.role == "admin" and user.user_id == "acct-alice"
    assert store.verify_password("alice", "correct horse batterY") is None
    assert store.verify_password("nobody", "correct horse battery") is None


def test_bad_names_roles_and_short_passwords_are_refused(store: UserStore) -> None:
    with pytest.raises(UserError, match="invalid user name"):
        store.add_user("Alice Smith", "long enough pw")
    with pytest.raises(UserError, match="unknown role"):
        store.add_user("alice", "long enough pw", "root")
    with pytest.raises(UserError, match="too short"):
        store.add_user("alice", "short")
    store.add_user("alice", "long enough pw")
    with pytest.raises(UserError, match="already exists"):
        store.add_user("alice", "another long pw")


def test_the_table_holds_token_digests_not_tokens(store: UserStore) -> None:
    token = store.new_session()
    with sqlite3.connect(store.path) as db:
        stored = [row[0] for row in db.execute("SELECT token_hash FROM sessions")]
    assert stored == [token_digest(token)] and token not in stored


def test_made_up_or_ended_tokens_are_no_session(store: UserStore) -> None:
    store.add_user("alice", "long enough pw")
    token = store.new_session(username="alice")
    session = store.session(token)
    assert session is not None and session.logged_in and session.user_id == "acct-alice"
    assert store.session("attacker-chosen-id") is None
    assert store.session("") is None
    store.end_session(token)
    assert store.session(token) is None


def test_anonymous_ids_are_random_and_unrelated_to_the_token(store: UserStore) -> None:
    first, second = store.new_session(), store.new_session()
    one, two = store.session(first), store.session(second)
    assert one is not None and two is not None
    assert one.user_id != two.user_id and one.user_id.startswith("anon-")
    assert first not in one.user_id and not one.logged_in


def test_anonymous_sessions_slide_while_logins_keep_their_end(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    clock = [1_000_000.0]
    monkeypatch.setattr("core.users.time.time", lambda: clock[0])
    store = UserStore(
        tmp_path / "users.sqlite",
        session_ttl_s=600,
        hasher=PasswordHasher(time_cost=1, memory_cost=1024),
    )
    store.add_user("alice", "long enough pw")
    anonymous, logged_in = store.new_session(), store.new_session(username="alice")
    clock[0] += 500  # used shortly before the end
    assert store.session(anonymous) is not None and store.session(logged_in) is not None
    clock[0] += 300  # past the first end: only the anonymous one was extended by its use
    assert store.session(anonymous) is not None
    assert store.session(logged_in) is None


def test_expired_sessions_are_gone(tmp_path: Path) -> None:
    store = UserStore(tmp_path / "users.sqlite", session_ttl_s=-1.0)
    assert store.session(store.new_session()) is None


def test_password_change_and_removal_end_open_sessions(store: UserStore) -> None:
    store.add_user("alice", "long enough pw")
    before = store.new_session(username="alice")
    store.set_password("alice", "a new long password")
    assert store.session(before) is None
    assert store.verify_password("alice", "long enough pw") is None
    after = store.new_session(username="alice")
    store.remove_user("alice")
    assert store.session(after) is None


def test_role_change_shows_in_the_live_session(store: UserStore) -> None:
    store.add_user("bob", "long enough pw", "user")
    token = store.new_session(username="bob")
    store.set_role("bob", "viewer")
    session = store.session(token)
    assert session is not None and session.role == "viewer"


def test_activity_names_who_logged_in_from_where(store: UserStore) -> None:
    store.add_user("alice", "long enough pw")
    store.add_user("bob", "long enough pw")
    store.new_session(username="alice", address="10.0.0.7")
    rows = {row["name"]: row for row in store.activity()}
    assert rows["alice"]["open_sessions"] == 1 and rows["alice"]["addresses"] == ["10.0.0.7"]
    assert rows["alice"]["last_login_at"] is not None
    assert rows["bob"]["open_sessions"] == 0 and rows["bob"]["last_login_at"] is None


def test_throttle_per_user_and_per_address_survives_a_restart(tmp_path: Path) -> None:
    path = tmp_path / "users.sqlite"
    limits = ThrottleLimits(per_user=3, per_address=5, window_s=600)
    brake = LoginThrottle(path, limits)
    now = 1_000_000.0
    for i in range(3):
        assert brake.wait_s("alice", "10.0.0.1", now=now + i) == 0
        brake.record_failure("alice", "10.0.0.1", now=now + i)
    # A new process (restart) reads the same counts.
    restarted = LoginThrottle(path, limits)
    assert restarted.wait_s("alice", "10.0.0.9", now=now + 10) == pytest.approx(590)
    assert restarted.wait_s("bob", "10.0.0.9", now=now + 10) == 0
    # Spraying many names from one address trips the address limit.
    for name in ("bob", "carol"):
        restarted.record_failure(name, "10.0.0.1", now=now + 20)
    assert restarted.wait_s("dave", "10.0.0.1", now=now + 30) > 0
    # Once the failures leave the window, trying is allowed again.
    assert restarted.wait_s("alice", "10.0.0.9", now=now + 601) == 0


def test_success_clears_the_name_but_not_the_address(tmp_path: Path) -> None:
    brake = LoginThrottle(tmp_path / "users.sqlite", ThrottleLimits(per_user=2, per_address=2))
    brake.record_failure("alice", "10.0.0.1")
    brake.record_failure("alice", "10.0.0.1")
    brake.record_success("alice")
    assert brake.wait_s("alice", "10.0.0.2") == 0
    assert brake.wait_s("someone", "10.0.0.1") > 0
