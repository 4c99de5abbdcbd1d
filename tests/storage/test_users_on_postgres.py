"""Accounts, sessions and the login brake follow ``storage_url``: two replicas, one login."""

from __future__ import annotations

from pathlib import Path

import psycopg

from core.settings import Settings, load_settings
from ui.web_session import session_services


def test_a_login_made_on_one_replica_is_live_on_the_other(tmp_path: Path, pg_url: str) -> None:
    def replica(name: str) -> Settings:
        # Each replica has its own data dir: only the database is shared.
        return load_settings(data_dir=tmp_path / name, storage_url=pg_url)

    first = session_services(replica("one"))
    second = session_services(replica("two"))
    first.users.add_user("alice", "long enough pw", "admin")
    token = first.users.new_session(username="alice", address="10.0.0.7")
    session = second.users.session(token)
    assert session is not None and session.user_id == "acct-alice" and session.role == "admin"
    for _ in range(first.throttle.limits.per_user):
        first.throttle.record_failure("bob", "10.0.0.8")
    assert second.throttle.wait_s("bob", "10.0.0.9") > 0  # guessing moves on: still braked
    second.users.end_session(token)
    assert first.users.session(token) is None
    with psycopg.connect(pg_url) as conn:
        stores = {r[0] for r in conn.execute("SELECT store FROM schema_versions")}
        (accounts,) = conn.execute("SELECT COUNT(*) FROM users").fetchone()  # type: ignore[misc]
    assert {"users", "login_throttle"} <= stores and accounts == 1
    assert not list(tmp_path.rglob("*.sqlite*"))  # nothing went to a users.sqlite file
